import { z } from 'zod';
import { NEED_KINDS } from './workflow';
import { DONOR_KINDS } from './custody.contracts';

const money = z.number().int();
const flow = z.object({
  raisedFen: money,
  claimedFen: money,
  receivedFen: money,
  passedOnFen: money,
  deliveredFen: money,
});
/** The office's platform dashboard: the money path by county, kind and donor type, and how long delivery takes. */
export const charityDashboardDto = z.object({
  asOf: z.iso.date(),
  totals: flow,
  byCounty: z.array(flow.extend({ countyCode: z.string(), countyName: z.string() })),
  byKind: z.array(flow.extend({ kind: z.enum(NEED_KINDS) })),
  byDonorKind: z.array(z.object({ kind: z.enum(DONOR_KINDS), donors: z.number().int(), receivedFen: money })),
  /** days from publication to delivery over delivered needs (null when none) */
  daysToDelivery: z.object({ median: z.number().nullable(), p90: z.number().nullable(), count: z.number().int() }),
  counts: z.record(z.string(), z.number().int()),
});
export type CharityDashboardDto = z.infer<typeof charityDashboardDto>;
