import { z } from 'zod';
import { fen } from './projects.contracts';

/**
 * Money both ways: the east records each payment (拨付) with the projects it covers, the county records each receipt
 * (到账) with its own voucher; they are matched (amount within a tolerance, date within a window, voucher).
 */

const countyCode = z.string().regex(/^\d{6}$/);
const isoDate = z.iso.date();
const text = (max: number) => z.string().trim().max(max);
const positiveFen = fen.min(1);

export const PAYMENT_STATUSES = ['recorded', 'confirmed', 'cancelled'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];
/** Matched with a receipt; waiting within the days allowed; or past them (unreceived). */
export const MATCH_STATES = ['matched', 'waiting', 'unreceived'] as const;
export type MatchState = (typeof MATCH_STATES)[number];

export const paymentInput = z.object({
  countyCode,
  paidOn: isoDate,
  /** The paying east unit; the funds group's lead unit (区财政局) when not given. */
  eastUnitId: z.uuid().optional(),
  batch: text(60).nullable().default(null),
  voucher: text(60).min(1),
  note: text(1000).nullable().default(null),
  lines: z
    .array(z.object({ projectId: z.uuid(), amountFen: positiveFen }))
    .min(1)
    .max(200),
});
export type PaymentInput = z.infer<typeof paymentInput>;

export const paymentActionBody = z.object({
  action: z.enum(['confirm', 'cancel']),
  reason: text(1000).optional(),
  override: z.boolean().default(false),
  version: z.number().int().optional(),
});
export type PaymentActionBody = z.infer<typeof paymentActionBody>;

export const paymentListQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  county: countyCode.optional(),
  status: z.enum(PAYMENT_STATUSES).optional(),
  match: z.enum(MATCH_STATES).optional(),
  project: z.uuid().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type PaymentListQuery = z.infer<typeof paymentListQuery>;

const lineDto = z.object({
  id: z.string(),
  projectId: z.string(),
  projectCode: z.string(),
  projectName: z.string(),
  amountFen: z.number(),
  recordId: z.string().nullable(),
});

export const paymentDto = z.object({
  id: z.string(),
  year: z.number().int(),
  countyCode: z.string(),
  countyName: z.string(),
  eastUnit: z.object({ id: z.string(), name: z.string() }),
  paidOn: z.string(),
  batch: z.string().nullable(),
  voucher: z.string(),
  amountFen: z.number(),
  status: z.enum(PAYMENT_STATUSES),
  match: z.enum(MATCH_STATES).nullable(),
  receipt: z.object({ id: z.string(), voucher: z.string().nullable(), receivedOn: z.string() }).nullable(),
  daysWaiting: z.number().int().nullable(),
  note: z.string().nullable(),
  lines: z.array(lineDto),
  createdBy: z.string().nullable(),
  confirmedBy: z.string().nullable(),
  version: z.number().int(),
  abilities: z.object({ confirm: z.boolean(), cancel: z.boolean(), raiseFinding: z.boolean() }),
});
export type PaymentDto = z.infer<typeof paymentDto>;

export const receiptInput = z.object({
  countyCode,
  receivedOn: isoDate,
  amountFen: positiveFen,
  voucher: text(60).min(1),
  payer: text(200).nullable().default(null),
  /** The project the county books it to, when it says. */
  projectId: z.uuid().nullable().default(null),
  note: text(1000).nullable().default(null),
});
export type ReceiptInput = z.infer<typeof receiptInput>;

export const receiptListQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  county: countyCode.optional(),
  matched: z.enum(['yes', 'no']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type ReceiptListQuery = z.infer<typeof receiptListQuery>;

export const fundReceiptDto = z.object({
  id: z.string(),
  countyCode: z.string(),
  countyName: z.string(),
  receivedOn: z.string(),
  amountFen: z.number(),
  voucher: z.string(),
  payer: z.string().nullable(),
  project: z.object({ id: z.string(), code: z.string(), name: z.string() }).nullable(),
  payment: z.object({ id: z.string(), voucher: z.string(), paidOn: z.string(), amountFen: z.number() }).nullable(),
  /** A payment with the same voucher but another amount (or out of the window): money to be explained. */
  mismatch: z.object({ paymentId: z.string(), voucher: z.string(), amountFen: z.number() }).nullable(),
  note: z.string().nullable(),
  createdBy: z.string().nullable(),
});
export type FundReceiptDto = z.infer<typeof fundReceiptDto>;

/** The funds settings: matching tolerance and window, and the days a payment may wait for its receipt. */
export const fundSettings = z.object({
  matchToleranceFen: fen.max(100_000_00),
  matchWindowDays: z.number().int().min(0).max(180),
  unreceivedDays: z.number().int().min(1).max(365),
});
export type FundSettings = z.infer<typeof fundSettings>;
export const DEFAULT_FUND_SETTINGS: FundSettings = { matchToleranceFen: 0, matchWindowDays: 15, unreceivedDays: 30 };
export const fundSettingsDto = fundSettings.extend({
  updatedAt: z.string().nullable(),
  abilities: z.object({ edit: z.boolean() }),
});

/** A county's or the district's money at a glance: planned, approved, allocated (paid), received, spent, unmatched. */
export const fundsOverviewRow = z.object({
  countyCode: z.string().nullable(),
  countyName: z.string(),
  projects: z.number().int(),
  plannedFen: z.number(),
  approvedFen: z.number(),
  paidFen: z.number(),
  receivedFen: z.number(),
  spentFen: z.number(),
  unmatchedPaymentsFen: z.number(),
  unmatchedPayments: z.number().int(),
  unmatchedReceiptsFen: z.number(),
  unmatchedReceipts: z.number().int(),
  openFindings: z.number().int(),
});
export type FundsOverviewRow = z.infer<typeof fundsOverviewRow>;
export const fundsOverviewDto = z.object({
  year: z.number().int(),
  asOf: z.string(),
  district: fundsOverviewRow,
  counties: z.array(fundsOverviewRow),
  stages: z.array(z.object({ stage: z.string(), projects: z.number().int(), plannedFen: z.number() })),
});
export type FundsOverviewDto = z.infer<typeof fundsOverviewDto>;
