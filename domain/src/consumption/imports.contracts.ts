import { z } from 'zod';
import { NOT_COUNTED_REASONS } from './purchases.contracts';

/**
 * The fields an online platform's order export is read into; each is found by the header the platform writes.
 * `supplier` and `buyer` are optional: a product name shared by two suppliers needs the supplier column.
 */
export const ORDER_EXPORT_FIELDS = [
  'orderNo',
  'product',
  'supplier',
  'quantity',
  'amount',
  'purchasedOn',
  'buyer',
] as const;
export type OrderExportField = (typeof ORDER_EXPORT_FIELDS)[number];
export const REQUIRED_ORDER_FIELDS = ['orderNo', 'product', 'quantity', 'amount', 'purchasedOn'] as const;

const header = z.string().trim().min(1).max(100);
/** A platform's column mapping: for each field, the header text of its column in the export. */
export const platformMapping = z.object({
  orderNo: header,
  product: header,
  supplier: header.nullable().default(null),
  quantity: header,
  amount: header,
  purchasedOn: header,
  buyer: header.nullable().default(null),
});
export type PlatformMapping = z.infer<typeof platformMapping>;

export const platformName = z.string().trim().min(1).max(50);

export const platformMappingDto = z.object({
  platform: z.string(),
  mapping: platformMapping,
  version: z.number().int(),
  updatedAt: z.string(),
});
export type PlatformMappingDto = z.infer<typeof platformMappingDto>;

export const platformMappingBody = z.object({ mapping: platformMapping, version: z.number().int().optional() });

/** What an order export's import answers: every line in, and the lines that do not count, with why. */
export const orderImportResultDto = z.object({
  platform: z.string(),
  total: z.number().int(),
  accepted: z.number().int(),
  countedFen: z.number().int(),
  notCountedFen: z.number().int(),
  notCounted: z.array(
    z.object({
      row: z.number().int(),
      orderNo: z.string(),
      productName: z.string(),
      amountFen: z.number().int(),
      reason: z.enum(NOT_COUNTED_REASONS),
    }),
  ),
});
export type OrderImportResultDto = z.infer<typeof orderImportResultDto>;

/** What an import of the province's certified product list (扶贫产品认定目录) did. */
export const certifiedListResultDto = z.object({
  total: z.number().int(),
  certificatesCreated: z.number().int(),
  certificatesUpdated: z.number().int(),
  productsCreated: z.number().int(),
  productsCertified: z.number().int(),
  /** Purchases awaiting confirmation whose counting changed now that their product is certified on their date. */
  purchasesRecounted: z.number().int(),
});
export type CertifiedListResultDto = z.infer<typeof certifiedListResultDto>;
