import { z } from 'zod';
import { MEASURE_KEYS, type MeasureKey } from '../ledger/measures';
import { recordType, RECORD_TYPE_CODES } from '../ledger/registry';
import { PAIRING_KINDS } from '../pairings.contracts';

/** A filter on a declared field of the record types (attribute) or on a measure column. */
export const ruleFilter = z.object({
  field: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,39}$/),
  op: z.enum(['eq', 'ne', 'in', 'gte', 'lte', 'gt', 'lt']),
  value: z.union([
    z.string().max(100),
    z.number(),
    z.boolean(),
    z.array(z.union([z.string().max(100), z.number()])).max(50),
  ]),
});
export type RuleFilter = z.infer<typeof ruleFilter>;

const types = z.array(z.enum(RECORD_TYPE_CODES)).min(1).max(20);
const filters = z.array(ruleFilter).max(10).default([]);

export const baseRule = z.discriminatedUnion('agg', [
  z.object({ agg: z.literal('sum'), measure: z.enum(MEASURE_KEYS as [MeasureKey, ...MeasureKey[]]), types, filters }),
  z.object({ agg: z.literal('count'), types, filters }),
  z.object({ agg: z.literal('distinct_persons'), types, filters, poorOnly: z.boolean().default(false) }),
  z.object({ agg: z.literal('pairings'), kinds: z.array(z.enum(PAIRING_KINDS)).default([]) }),
  z.object({ agg: z.literal('agreements') }),
]);
export type BaseRule = z.infer<typeof baseRule>;

export const indicatorRule = z.union([
  baseRule,
  z.object({ agg: z.literal('ratio'), numerator: baseRule, denominator: baseRule }),
]);
export type IndicatorRule = z.infer<typeof indicatorRule>;

export const TARGET_KINDS = ['min', 'total', 'stretch', 'ratio_min', 'qualitative', 'none'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/** A target overall, per county (the same for each), or with explicit county figures. Money targets are in fen. */
export const indicatorTarget = z.object({
  kind: z.enum(TARGET_KINDS),
  overall: z.number().nullable().default(null),
  perCounty: z.number().nullable().default(null),
  counties: z.record(z.string().regex(/^\d{6}$/), z.number()).default({}),
});
export type IndicatorTarget = z.infer<typeof indicatorTarget>;

export const pacing = z.union([
  z.object({ kind: z.literal('linear') }),
  z.object({ kind: z.literal('monthly'), cumulative: z.array(z.number().min(0).max(1)).length(12) }),
]);
export type Pacing = z.infer<typeof pacing>;

export const INDICATOR_CATEGORIES = {
  org: { zh: '组织领导', en: 'Organisation and leadership' },
  talent: { zh: '人才支援', en: 'Talent support' },
  funds: { zh: '资金支持', en: 'Funding' },
  industry: { zh: '产业合作', en: 'Industry cooperation' },
  labour: { zh: '劳务协作', en: 'Labour cooperation' },
  social: { zh: '携手奔小康与社会动员', en: 'Pairing and social mobilisation' },
  consumption: { zh: '消费帮扶', en: 'Consumption assistance' },
  health_edu: { zh: '医教帮扶', en: 'Health and education' },
  publicity: { zh: '宣传', en: 'Publicity' },
} as const;
export type IndicatorCategory = keyof typeof INDICATOR_CATEGORIES;

const MEASURE_FIELDS = new Set<string>(MEASURE_KEYS);

/** Every filter must name a field declared by each record type of the rule (or a measure): nothing else reaches SQL. */
export function checkRuleFields(rule: IndicatorRule): string[] {
  if (rule.agg === 'ratio') return [...checkRuleFields(rule.numerator), ...checkRuleFields(rule.denominator)];
  if (rule.agg === 'pairings' || rule.agg === 'agreements') return [];
  const problems: string[] = [];
  for (const f of rule.filters) {
    if (MEASURE_FIELDS.has(f.field)) continue;
    for (const t of rule.types)
      if (!recordType(t)?.fields.some((d) => d.key === f.field)) problems.push(`${t} has no field ${f.field}`);
  }
  return problems;
}
