import { z } from 'zod';
import { recordSummaryDto } from '../ledger/records.contracts';
import { progressQuery } from '../plans/plans.contracts';

/** Which number of an indicator a drill-down opens: its value, or a ratio's numerator or denominator. */
export const DRILL_PARTS = ['value', 'numerator', 'denominator'] as const;
export type DrillPart = (typeof DRILL_PARTS)[number];
/** Confirmed records, or claimed ones (submitted, not yet confirmed). */
export const DRILL_WHICH = ['confirmed', 'claimed'] as const;
export type DrillWhich = (typeof DRILL_WHICH)[number];

export const drilldownQuery = progressQuery.extend({
  part: z.enum(DRILL_PARTS).default('value'),
  which: z.enum(DRILL_WHICH).default('confirmed'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type DrilldownQuery = z.infer<typeof drilldownQuery>;

/** A person behind a number, masked, with how many of the records they appear on. */
export const drillPersonDto = z.object({
  personId: z.string(),
  name: z.string(),
  idMasked: z.string(),
  records: z.number().int(),
  isDuplicate: z.boolean(),
});
export type DrillPersonDto = z.infer<typeof drillPersonDto>;

/** The records (and distinct persons) behind one number of an indicator. */
export const drilldownDto = z.object({
  code: z.string(),
  part: z.enum(DRILL_PARTS),
  which: z.enum(DRILL_WHICH),
  total: z.number().int(),
  records: z.array(recordSummaryDto),
  persons: z.array(drillPersonDto),
});
export type DrilldownDto = z.infer<typeof drilldownDto>;
