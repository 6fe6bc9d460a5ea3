import { z } from 'zod';
import { INDICATOR_CATEGORIES, indicatorRule, indicatorTarget, pacing } from './rules';
import { INDICATOR_STATUSES } from '../progress/progress';

const label = z.object({ zh: z.string(), en: z.string() });
const category = z.enum(
  Object.keys(INDICATOR_CATEGORIES) as [keyof typeof INDICATOR_CATEGORIES, ...(keyof typeof INDICATOR_CATEGORIES)[]],
);

export const indicatorInput = z.object({
  code: z.string().regex(/^[a-z_]+\.[a-z0-9_]+$/),
  name: label,
  category,
  unit: label,
  format: z.enum(['count', 'money', 'percent', 'area']),
  group: z.string().min(1).max(40),
  responsibleUnits: z.array(z.string()).max(50).default([]),
  rule: indicatorRule,
  target: indicatorTarget,
  pacing: pacing.optional(),
  evidenceRequired: z.boolean().optional(),
});

export const indicatorDto = indicatorInput.extend({
  id: z.string(),
  year: z.number().int(),
  version: z.number().int(),
  sort: z.number().int(),
});
export type IndicatorDto = z.infer<typeof indicatorDto>;

export const PLAN_STATUSES = ['draft', 'published'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** An indicator as the plan page lists it: deactivated ones stay (never deleted) so reported values remain explainable. */
export const planIndicatorDto = indicatorDto.extend({ isActive: z.boolean() });
export type PlanIndicatorDto = z.infer<typeof planIndicatorDto>;

/** What the caller may do with a plan (the UI renders its buttons from these). */
export const planAbilities = z.object({
  edit: z.boolean(),
  publish: z.boolean(),
  copy: z.boolean(),
  import: z.boolean(),
});

export const planDto = z.object({
  year: z.number().int(),
  status: z.enum(PLAN_STATUSES),
  publishedAt: z.string().nullable(),
  version: z.number().int(),
  indicators: z.array(planIndicatorDto),
  abilities: planAbilities,
});
export type PlanDto = z.infer<typeof planDto>;

/** `GET /api/plans`: the tenant's plan years. */
export const planSummaryDto = z.object({
  year: z.number().int(),
  status: z.enum(PLAN_STATUSES),
  publishedAt: z.string().nullable(),
  version: z.number().int(),
  indicatorCount: z.number().int(),
  activeCount: z.number().int(),
});
export const planListDto = z.object({ items: z.array(planSummaryDto), abilities: z.object({ manage: z.boolean() }) });
export type PlanListDto = z.infer<typeof planListDto>;

/** The first plan year of the 2016 East–West cooperation arrangement. */
export const FIRST_PLAN_YEAR = 2016;

/** Years a plan, a group or a pairing may be given: from FIRST_PLAN_YEAR to next year, newest first. */
export function selectableYears(now: Date): number[] {
  const last = now.getFullYear() + 1;
  return Array.from({ length: last - FIRST_PLAN_YEAR + 1 }, (_v, i) => last - i);
}

/** `GET /api/plan-years`: the one source of year lists — the years that have a plan, and the selectable years. */
export const planYearsDto = z.object({
  years: z.array(z.number().int()),
  selectable: z.array(z.number().int()),
});
export type PlanYearsDto = z.infer<typeof planYearsDto>;

const reason = z.string().trim().max(500).optional();
/** A change to an indicator: the declaration, the version read, and (in a published plan) why. */
export const indicatorChangeBody = indicatorInput.extend({ version: z.number().int(), reason });
export const indicatorCreateBody = indicatorInput.extend({ reason });
export const indicatorActiveBody = z.object({ version: z.number().int(), isActive: z.boolean(), reason });
export const planCopyBody = z.object({ toYear: z.number().int().min(2000).max(2100) });
export const planPublishBody = z.object({ version: z.number().int() });

/** `POST /api/plans/:year/import`: all rows in or none; what changed. */
export const planImportResultDto = z.object({
  year: z.number().int(),
  total: z.number().int(),
  created: z.array(z.string()),
  updated: z.array(z.string()),
  unchanged: z.array(z.string()),
  planCreated: z.boolean(),
});
export type PlanImportResultDto = z.infer<typeof planImportResultDto>;

const cell = z.object({
  target: z.number().nullable(),
  value: z.number(),
  claimed: z.number(),
  completion: z.number().nullable(),
  expected: z.number().nullable(),
  status: z.enum(INDICATOR_STATUSES),
  numerator: z.number().optional(),
  denominator: z.number().optional(),
});
export type ProgressCell = z.infer<typeof cell>;

export const indicatorProgressDto = cell.extend({
  code: z.string(),
  name: label,
  category,
  unit: label,
  format: z.enum(['count', 'money', 'percent', 'area']),
  group: z.string(),
  targetKind: indicatorTarget.shape.kind,
  counties: z.array(cell.extend({ countyCode: z.string(), countyName: z.string() })),
});
export type IndicatorProgressDto = z.infer<typeof indicatorProgressDto>;

export const progressQuery = z.object({
  asOf: z.iso.date().optional(),
  county: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
  group: z.string().max(40).optional(),
  unit: z.uuid().optional(),
});

export const progressDto = z.object({
  year: z.number().int(),
  asOf: z.string(),
  expectedShare: z.number(),
  items: z.array(indicatorProgressDto),
});
export type ProgressDto = z.infer<typeof progressDto>;
