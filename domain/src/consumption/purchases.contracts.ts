import { z } from 'zod';
import { paging } from '../page';
import { isoDate } from './catalogue.contracts';

/** Who bought: a member unit, an enterprise, a trade union (工会 welfare), or individuals in aggregate via a channel. */
export const BUYER_KINDS = ['unit', 'enterprise', 'union', 'individuals'] as const;
export type BuyerKind = (typeof BUYER_KINDS)[number];

/** How it was bought. `platform` purchases name their online platform (58同镇, 农享, …). */
export const PURCHASE_CHANNELS = ['unit', 'sales_centre', 'counter', 'ecommerce_station', 'platform'] as const;
export type PurchaseChannel = (typeof PURCHASE_CHANNELS)[number];

export const PURCHASE_STATUSES = ['submitted', 'confirmed'] as const;
export type PurchaseStatus = (typeof PURCHASE_STATUSES)[number];

/** Why a purchase does not count towards the target. */
export const NOT_COUNTED_REASONS = ['no_certificate', 'not_yet_valid', 'expired'] as const;
export type NotCountedReason = (typeof NOT_COUNTED_REASONS)[number];

export const purchaseBody = z
  .object({
    buyerKind: z.enum(BUYER_KINDS),
    /** Required for a unit buyer; a unit reporter may only name their own unit. */
    buyerUnitId: z.uuid().nullable().default(null),
    buyerName: z.string().trim().max(200).nullable().default(null),
    productId: z.uuid(),
    quantity: z.number().positive().max(1e9),
    amountFen: z.number().int().positive().max(1e13),
    purchasedOn: isoDate,
    channel: z.enum(PURCHASE_CHANNELS),
    platform: z.string().trim().min(1).max(50).nullable().default(null),
    orderNo: z.string().trim().min(1).max(100).nullable().default(null),
    note: z.string().trim().max(500).nullable().default(null),
  })
  .refine((p) => (p.buyerKind === 'unit') === (p.buyerUnitId !== null), {
    message: 'a unit buyer names its unit, and only a unit buyer does',
    path: ['buyerUnitId'],
  })
  .refine((p) => p.buyerKind === 'unit' || (p.buyerName ?? '') !== '', { message: 'buyer name', path: ['buyerName'] })
  .refine((p) => (p.channel === 'platform') === (p.platform !== null), {
    message: 'an online-platform purchase names its platform, and only such a purchase does',
    path: ['platform'],
  });
export type PurchaseBody = z.infer<typeof purchaseBody>;

export const purchaseDto = z.object({
  id: z.string(),
  buyerKind: z.enum(BUYER_KINDS),
  buyerUnitId: z.string().nullable(),
  buyerName: z.string(),
  productId: z.string(),
  productName: z.string(),
  category: z.string(),
  supplierId: z.string(),
  supplierName: z.string(),
  countyCode: z.string(),
  quantity: z.number(),
  amountFen: z.number().int(),
  purchasedOn: z.string(),
  channel: z.enum(PURCHASE_CHANNELS),
  platform: z.string().nullable(),
  orderNo: z.string().nullable(),
  status: z.enum(PURCHASE_STATUSES),
  isCounted: z.boolean(),
  notCountedReason: z.enum(NOT_COUNTED_REASONS).nullable(),
  recordId: z.string().nullable(),
  abilities: z.object({ confirm: z.boolean() }),
  version: z.number().int(),
});
export type PurchaseDto = z.infer<typeof purchaseDto>;

export const purchaseListQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  status: z.enum(PURCHASE_STATUSES).optional(),
  counted: z
    .enum(['true', 'false'])
    .transform((s) => s === 'true')
    .optional(),
  ...paging(50, 500),
});

export const purchaseConfirmBody = z.object({ version: z.number().int() });

export const pledgeQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

export const pledgeBody = z.object({
  year: z.number().int().min(2000).max(2100),
  unitId: z.uuid(),
  pledgeFen: z.number().int().min(0).max(1e13),
});
export type PledgeBody = z.infer<typeof pledgeBody>;

export const pledgeDto = z.object({
  unitId: z.string(),
  unitName: z.string(),
  pledgeFen: z.number().int(),
  boughtFen: z.number().int(),
  acceptedAt: z.string().nullable(),
  abilities: z.object({ set: z.boolean(), accept: z.boolean() }),
});
export type PledgeDto = z.infer<typeof pledgeDto>;

export const pledgeBoardDto = z.object({
  year: z.number().int(),
  items: z.array(pledgeDto),
  total: z.number().int(),
  /** Sums over the units shown, and the district target's gap (target − pledged, not below 0). */
  pledgedFen: z.number().int(),
  boughtFen: z.number().int(),
  targetFen: z.number().int().nullable(),
  gapFen: z.number().int().nullable(),
});
export type PledgeBoardDto = z.infer<typeof pledgeBoardDto>;

const slice = z.object({ key: z.string(), fen: z.number().int() });
/**
 * The consumption dashboard of a year in the caller's scope: counted amounts by month (YYYY-MM), channel, county (its
 * name), category; the top products keyed by id.
 */
export const consumptionDashboardDto = z.object({
  year: z.number().int(),
  countedFen: z.number().int(),
  notCountedFen: z.number().int(),
  awaitingFen: z.number().int(),
  byMonth: z.array(slice),
  byChannel: z.array(slice),
  byCounty: z.array(slice),
  byCategory: z.array(slice),
  topProducts: z.array(
    z.object({ key: z.string(), fen: z.number().int(), name: z.string(), supplierName: z.string() }),
  ),
});
export type ConsumptionDashboardDto = z.infer<typeof consumptionDashboardDto>;
