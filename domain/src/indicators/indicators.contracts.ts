import { z } from 'zod';
import { INDICATOR_CATEGORIES, indicatorRule, indicatorTarget, pacing } from './rules';
import { INDICATOR_STATUSES } from './progress';

const label = z.object({ zh: z.string(), en: z.string() });
const category = z.enum(Object.keys(INDICATOR_CATEGORIES) as [keyof typeof INDICATOR_CATEGORIES, ...(keyof typeof INDICATOR_CATEGORIES)[]]);

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

export const indicatorDto = indicatorInput.extend({ id: z.string(), year: z.number().int(), version: z.number().int(), sort: z.number().int() });
export type IndicatorDto = z.infer<typeof indicatorDto>;

export const planDto = z.object({ year: z.number().int(), status: z.enum(['draft', 'published']), publishedAt: z.string().nullable(), version: z.number().int(), indicators: z.array(indicatorDto) });

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
  county: z.string().regex(/^\d{6}$/).optional(),
  group: z.string().max(40).optional(),
  unit: z.uuid().optional(),
});

export const progressDto = z.object({ year: z.number().int(), asOf: z.string(), expectedShare: z.number(), items: z.array(indicatorProgressDto) });
export type ProgressDto = z.infer<typeof progressDto>;
