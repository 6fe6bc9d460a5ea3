import { z } from 'zod';
import { NEED_KINDS, NEED_STATUSES } from './workflow';

const isoDate = z.iso.date();
/**
 * What the public page receives. Nothing here names or joins to a person: a surname initial and an age band for a
 * beneficiary, a village by name, donors only by their opted-in honour name, money and dates.
 */
export const publicNeedsQuery = z.object({
  county: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
  kind: z.enum(NEED_KINDS).optional(),
  status: z.enum(['published', 'claimed', 'funded', 'delivered']).optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
  tenant: z.string().trim().max(40).optional(),
});
export const publicSummaryQuery = z.object({ tenant: z.string().trim().max(40).optional() });
export type PublicNeedsQuery = z.infer<typeof publicNeedsQuery>;

export const publicNeedDto = z.object({
  id: z.uuid(),
  countyCode: z.string(),
  countyName: z.string(),
  placeName: z.string().nullable(),
  kind: z.enum(NEED_KINDS),
  title: z.string(),
  description: z.string(),
  amountFen: z.number().int(),
  claimedFen: z.number().int(),
  receivedFen: z.number().int(),
  status: z.enum(NEED_STATUSES),
  publishedOn: isoDate.nullable(),
  deadline: isoDate,
  deliveredOn: isoDate.nullable(),
  thanks: z.string().nullable(),
  beneficiary: z.object({ initial: z.string(), ageBand: z.string() }).nullable(),
});
export type PublicNeedDto = z.infer<typeof publicNeedDto>;
export const publicNeedsDto = z.object({ items: z.array(publicNeedDto), total: z.number().int() });
export type PublicNeedsDto = z.infer<typeof publicNeedsDto>;

const money = z.number().int();
export const publicTotals = z.object({
  needs: z.number().int(),
  askedFen: money,
  claimedFen: money,
  receivedFen: money,
  passedOnFen: money,
  delivered: z.number().int(),
});
export const publicSummaryDto = z.object({
  asOf: isoDate,
  totals: publicTotals,
  byCounty: z.array(publicTotals.extend({ countyCode: z.string(), countyName: z.string() })),
  byKind: z.array(publicTotals.extend({ kind: z.enum(NEED_KINDS) })),
  honour: z.array(z.object({ name: z.string(), kind: z.enum(['enterprise', 'individual']), amountFen: money })),
  entries: z.array(
    z.object({
      kind: z.enum(['receipt', 'transfer']),
      code: z.string(),
      number: z.string(),
      amountFen: money,
      date: isoDate,
      digest: z.string(),
    }),
  ),
});
export type PublicSummaryDto = z.infer<typeof publicSummaryDto>;

export const verifyParams = z.object({ code: z.string().regex(/^[A-Za-z0-9]{6,20}$/) });
export const publicVerifyDto = z.object({
  kind: z.enum(['receipt', 'transfer']),
  number: z.string(),
  amountFen: money,
  date: isoDate,
  digest: z.string(),
  /** what the digest is computed over, so anyone can recompute it */
  digestInput: z.string(),
  donor: z.string().nullable(),
  counties: z.array(z.string()),
  needs: z.array(
    z.object({ id: z.uuid(), title: z.string(), kind: z.enum(NEED_KINDS), status: z.enum(NEED_STATUSES) }),
  ),
  steps: z.array(z.object({ step: z.string(), date: isoDate })),
});
export type PublicVerifyDto = z.infer<typeof publicVerifyDto>;
