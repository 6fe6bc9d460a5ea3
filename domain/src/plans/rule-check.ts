import type { FieldDecl, RecordTypeDecl } from '../ledger/declarations';
import { MEASURE_KEYS, MEASURES, type MeasureKey } from '../ledger/measures';
import { recordType } from '../ledger/registry';
import type { BaseRule, IndicatorRule, IndicatorTarget, Pacing, RuleFilter } from './rules';

/** One problem with a declaration: where it is (a dotted path into the declaration) and why, in both languages. */
export type DeclProblem = { path: string; zh: string; en: string };

const TEXT = {
  unknownType: { zh: '未知的台账类型“{v}”', en: 'unknown record type “{v}”' },
  noField: { zh: '台账类型“{type}”没有字段“{v}”', en: 'record type “{type}” has no field “{v}”' },
  noMeasure: { zh: '所选台账类型都不带“{v}”这一计量', en: 'none of the chosen record types carries the measure “{v}”' },
  noRoster: {
    zh: '台账类型“{type}”没有人员名单，无法按人去重',
    en: 'record type “{type}” has no people on it; distinct persons cannot be counted',
  },
  opNotAllowed: { zh: '“{v}”字段不能用这个比较方式', en: 'this comparison does not apply to the field “{v}”' },
  inNeedsList: { zh: '“属于”须给出至少一个值', en: '“is one of” needs at least one value' },
  listNeedsIn: { zh: '多个值只能用“属于”', en: 'several values need “is one of”' },
  badOption: { zh: '“{v}”不是该字段的可选值', en: '“{v}” is not an option of this field' },
  needNumber: { zh: '须为数字', en: 'must be a number' },
  needBoolean: { zh: '须为“是”或“否”', en: 'must be yes or no' },
  needText: { zh: '须为文字', en: 'must be text' },
  targetMissing: { zh: '请填写总体目标、每县目标或各县目标', en: 'give an overall, a per-county or county targets' },
  targetNegative: { zh: '目标不能为负数', en: 'a target cannot be negative' },
  ratioRange: { zh: '比例目标应在 0 到 100 之间', en: 'a ratio target lies between 0 and 100' },
  ratioNeedsRatio: { zh: '比例目标须配合“两项之比”的规则', en: 'a ratio target needs a ratio rule' },
  ratioTargetKind: {
    zh: '“两项之比”的规则应使用比例目标或不设目标',
    en: 'a ratio rule needs a ratio target (or none)',
  },
  unknownCounty: { zh: '“{v}”不是本区对口的受援县', en: '“{v}” is not a county this district assists' },
  milestones: {
    zh: '月度节点须为 12 个 0–100% 之间、逐月不减的累计比例',
    en: 'monthly milestones are 12 cumulative shares from 0 to 100 %, never decreasing',
  },
} as const;
export type DeclProblemKind = keyof typeof TEXT;

/** A problem with its message filled in. */
export function declProblem(
  path: string,
  kind: DeclProblemKind,
  vars: Record<string, string | number> = {},
): DeclProblem {
  const fill = (s: string) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
  return { path, zh: fill(TEXT[kind].zh), en: fill(TEXT[kind].en) };
}

/** The measures a record of this type can carry: fixed ones, measure fields, roster counts (and their poor count), term months. */
export function measuresOfType(t: RecordTypeDecl): MeasureKey[] {
  const set = new Set<MeasureKey>(Object.keys(t.fixed ?? {}) as MeasureKey[]);
  for (const f of t.fields) if ((f.kind === 'number' || f.kind === 'money') && f.measure) set.add(f.measure);
  if (t.roster.mode === 'many') for (const k of t.roster.countsAs) set.add(k);
  if (t.roster.mode !== 'none') set.add('poorPersons');
  // a term with a start and an end derives its length in whole months (record-schema deriveMeasures)
  if (t.fields.some((f) => f.key === 'termStart') && t.fields.some((f) => f.key === 'termEnd')) set.add('months');
  return MEASURE_KEYS.filter((k) => set.has(k));
}

/** The measures any of these record types carries, in the declared order. */
export function measuresOfTypes(codes: readonly string[]): MeasureKey[] {
  const set = new Set(codes.flatMap((c) => (recordType(c) ? measuresOfType(recordType(c)!) : [])));
  return MEASURE_KEYS.filter((k) => set.has(k));
}

/** What a filter compares: a measure column, or an attribute of the kind the first declaring type gives it. */
export type FilterFieldKind = 'measure' | FieldDecl['kind'];

/** The declaration of a filtered attribute in the first type that declares it (the engine compares it as that kind). */
export function filterFieldDecl(types: readonly string[], field: string): FieldDecl | undefined {
  for (const t of types) {
    const f = recordType(t)?.fields.find((d) => d.key === field);
    if (f) return f;
  }
  return undefined;
}

/** The comparisons that make sense for a kind of field. */
export function opsForKind(kind: FilterFieldKind): RuleFilter['op'][] {
  switch (kind) {
    case 'measure':
    case 'number':
    case 'money':
      return ['eq', 'ne', 'gte', 'lte', 'gt', 'lt', 'in'];
    case 'date':
      return ['eq', 'ne', 'gte', 'lte', 'gt', 'lt'];
    case 'boolean':
      return ['eq', 'ne'];
    case 'enum':
    case 'text':
    case 'unit':
    case 'region':
      return ['eq', 'ne', 'in'];
    default: {
      const never: never = kind;
      return never;
    }
  }
}

function valueProblems(kind: FilterFieldKind, decl: FieldDecl | undefined, f: RuleFilter, path: string): DeclProblem[] {
  const values = Array.isArray(f.value) ? f.value : [f.value];
  if (f.op === 'in' && (!Array.isArray(f.value) || f.value.length === 0)) return [declProblem(path, 'inNeedsList')];
  if (f.op !== 'in' && Array.isArray(f.value)) return [declProblem(path, 'listNeedsIn')];
  if (kind === 'measure' || kind === 'number' || kind === 'money')
    return values.every((v) => typeof v === 'number' && Number.isFinite(v)) ? [] : [declProblem(path, 'needNumber')];
  if (kind === 'boolean') return typeof f.value === 'boolean' ? [] : [declProblem(path, 'needBoolean')];
  if (!values.every((v) => typeof v === 'string')) return [declProblem(path, 'needText')];
  if (decl?.kind === 'enum')
    return values
      .filter((v) => !decl.options.some((o) => o.value === v))
      .map((v) => declProblem(path, 'badOption', { v: String(v) }));
  return [];
}

function filterProblems(types: readonly string[], f: RuleFilter, path: string): DeclProblem[] {
  const isMeasure = f.field in MEASURES;
  if (!isMeasure) {
    const missing = types.filter((t) => recordType(t) && !recordType(t)!.fields.some((d) => d.key === f.field));
    if (missing.length) return missing.map((type) => declProblem(`${path}.field`, 'noField', { type, v: f.field }));
  }
  const decl = isMeasure ? undefined : filterFieldDecl(types, f.field);
  const kind: FilterFieldKind = isMeasure ? 'measure' : (decl?.kind ?? 'text');
  if (!opsForKind(kind).includes(f.op))
    return [declProblem(`${path}.op`, 'opNotAllowed', { v: decl?.label.zh ?? f.field })];
  return valueProblems(kind, decl, f, `${path}.value`);
}

function baseRuleProblems(rule: BaseRule, path: string): DeclProblem[] {
  if (rule.agg === 'pairings' || rule.agg === 'agreements') return [];
  const unknown = rule.types
    .filter((t) => !recordType(t))
    .map((t) => declProblem(`${path}.types`, 'unknownType', { v: t }));
  if (unknown.length) return unknown;
  const problems = rule.filters.flatMap((f, i) => filterProblems(rule.types, f, `${path}.filters.${i}`));
  if (rule.agg === 'sum' && !measuresOfTypes(rule.types).includes(rule.measure))
    problems.push(declProblem(`${path}.measure`, 'noMeasure', { v: MEASURES[rule.measure]?.zh ?? rule.measure }));
  if (rule.agg === 'distinct_persons')
    for (const t of rule.types)
      if (recordType(t)!.roster.mode === 'none')
        problems.push(declProblem(`${path}.types`, 'noRoster', { type: recordType(t)!.label.zh }));
  return problems;
}

/**
 * Everything wrong with a rule that its schema cannot see: unknown record types, fields the types do not declare,
 * comparisons and values that do not fit the field, measures the types do not carry, person counts without people.
 */
export function ruleProblems(rule: IndicatorRule, path = 'rule'): DeclProblem[] {
  if (rule.agg === 'ratio')
    return [
      ...baseRuleProblems(rule.numerator, `${path}.numerator`),
      ...baseRuleProblems(rule.denominator, `${path}.denominator`),
    ];
  return baseRuleProblems(rule, path);
}

/** Problems with a target for this rule: missing or negative values, ratios out of range, counties not assisted. */
export function targetProblems(
  target: IndicatorTarget,
  rule: IndicatorRule,
  counties: readonly string[] | null = null,
): DeclProblem[] {
  const problems: DeclProblem[] = [];
  const isRatio = rule.agg === 'ratio';
  const countyValues = Object.entries(target.counties);
  if (counties)
    for (const [code] of countyValues)
      if (!counties.includes(code)) problems.push(declProblem(`target.counties.${code}`, 'unknownCounty', { v: code }));
  const numbers: [string, number | null][] = [
    ['target.overall', target.overall],
    ['target.perCounty', target.perCounty],
    ...countyValues.map(([c, v]): [string, number] => [`target.counties.${c}`, v]),
  ];
  for (const [p, v] of numbers)
    if (v !== null && (!Number.isFinite(v) || v < 0)) problems.push(declProblem(p, 'targetNegative'));
  if (target.kind === 'none') return problems;
  if (target.kind === 'ratio_min') {
    if (!isRatio) problems.push(declProblem('target.kind', 'ratioNeedsRatio'));
    if (target.overall === null && target.perCounty === null && countyValues.length === 0)
      problems.push(declProblem('target.overall', 'targetMissing'));
    for (const [p, v] of numbers) if (v !== null && v > 100) problems.push(declProblem(p, 'ratioRange'));
    return problems;
  }
  if (isRatio) problems.push(declProblem('target.kind', 'ratioTargetKind'));
  if (
    target.kind !== 'qualitative' &&
    target.overall === null &&
    target.perCounty === null &&
    countyValues.length === 0
  )
    problems.push(declProblem('target.overall', 'targetMissing'));
  return problems;
}

/** Monthly milestones are twelve cumulative shares that never go down. */
export function pacingProblems(pacing: Pacing | undefined): DeclProblem[] {
  if (!pacing || pacing.kind === 'linear') return [];
  const c = pacing.cumulative;
  const ok = c.length === 12 && c.every((v, i) => v >= 0 && v <= 1 && (i === 0 || v >= c[i - 1]!));
  return ok ? [] : [declProblem('pacing.cumulative', 'milestones')];
}

/** Every problem of a declaration's rule, target and pacing; `counties` are the tenant's assisted counties when known. */
export function declProblems(
  d: { rule: IndicatorRule; target: IndicatorTarget; pacing?: Pacing },
  counties: readonly string[] | null = null,
): DeclProblem[] {
  return [...ruleProblems(d.rule), ...targetProblems(d.target, d.rule, counties), ...pacingProblems(d.pacing)];
}
