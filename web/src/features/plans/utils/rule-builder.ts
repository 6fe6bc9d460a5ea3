import {
  MEASURES,
  measuresOfType,
  opsForKind,
  type BaseRule,
  type DeclProblem,
  type FieldDecl,
  type FilterFieldKind,
  type IndicatorRule,
  type Lang,
  type MeasureKey,
  type PairingKind,
  type RecordTypeDecl,
  type RuleFilter,
} from '@xiezuo/domain';

export type BaseAgg = BaseRule['agg'];
export type AggChoice = IndicatorRule['agg'];
export type FilterValue = string | number | boolean | null;

/** One filter row as the builder edits it: `values` holds the list of an `in`, `value` the single value otherwise. */
export type FilterState = {
  field: string | null;
  op: RuleFilter['op'];
  value: FilterValue;
  values: (string | number)[];
};

/** One rule as the builder edits it: every aggregate's inputs kept, so switching back and forth loses nothing. */
export type BaseState = {
  agg: BaseAgg;
  types: string[];
  measure: MeasureKey | null;
  filters: FilterState[];
  poorOnly: boolean;
  kinds: PairingKind[];
};

/** The whole rule: a plain rule in `main`, or a ratio of `numerator` to `denominator`. */
export type RuleState = { agg: AggChoice; main: BaseState; numerator: BaseState; denominator: BaseState };

export const emptyFilter = (): FilterState => ({ field: null, op: 'eq', value: null, values: [] });
export const emptyBase = (agg: BaseAgg = 'count'): BaseState => ({
  agg,
  types: [],
  measure: null,
  filters: [],
  poorOnly: false,
  kinds: [],
});
export const emptyRule = (): RuleState => ({
  agg: 'count',
  main: emptyBase('count'),
  numerator: emptyBase('count'),
  denominator: emptyBase('count'),
});

function filterState(f: RuleFilter): FilterState {
  return Array.isArray(f.value)
    ? { field: f.field, op: f.op, value: null, values: [...f.value] }
    : { field: f.field, op: f.op, value: f.value, values: [] };
}

function baseState(rule: BaseRule): BaseState {
  const s = emptyBase(rule.agg);
  if (rule.agg === 'pairings') return { ...s, kinds: [...rule.kinds] };
  if (rule.agg === 'agreements') return s;
  return {
    ...s,
    types: [...rule.types],
    filters: rule.filters.map(filterState),
    measure: rule.agg === 'sum' ? rule.measure : null,
    poorOnly: rule.agg === 'distinct_persons' ? rule.poorOnly : false,
  };
}

/** The builder's state for a stored rule. */
export function stateFromRule(rule: IndicatorRule): RuleState {
  if (rule.agg === 'ratio')
    return {
      agg: 'ratio',
      main: emptyBase('count'),
      numerator: baseState(rule.numerator),
      denominator: baseState(rule.denominator),
    };
  return { ...emptyRule(), agg: rule.agg, main: baseState(rule) };
}

/** A builder problem: where (the same paths as the domain's rule checks) and why, in both languages. */
export type BuilderProblem = DeclProblem;

const P = {
  types: { zh: '请选择台账类型', en: 'choose record types' },
  measure: { zh: '请选择要求和的计量', en: 'choose the measure to sum' },
  field: { zh: '请选择筛选字段', en: 'choose a field' },
  value: { zh: '请填写筛选值', en: 'give a value' },
} as const;

function filterOf(f: FilterState, path: string, problems: BuilderProblem[]): RuleFilter | null {
  if (!f.field) return (problems.push({ path: `${path}.field`, ...P.field }), null);
  if (f.op === 'in')
    return f.values.length
      ? { field: f.field, op: 'in', value: f.values }
      : (problems.push({ path: `${path}.value`, ...P.value }), null);
  if (f.value === null || f.value === '') return (problems.push({ path: `${path}.value`, ...P.value }), null);
  return { field: f.field, op: f.op, value: f.value };
}

function baseOf(s: BaseState, path: string, problems: BuilderProblem[]): BaseRule | null {
  if (s.agg === 'pairings') return { agg: 'pairings', kinds: s.kinds };
  if (s.agg === 'agreements') return { agg: 'agreements' };
  const before = problems.length;
  if (!s.types.length) problems.push({ path: `${path}.types`, ...P.types });
  if (s.agg === 'sum' && !s.measure) problems.push({ path: `${path}.measure`, ...P.measure });
  const filters = s.filters.map((f, i) => filterOf(f, `${path}.filters.${i}`, problems));
  if (problems.length > before) return null;
  const ok = filters as RuleFilter[];
  if (s.agg === 'sum') return { agg: 'sum', measure: s.measure!, types: s.types, filters: ok };
  if (s.agg === 'distinct_persons')
    return { agg: 'distinct_persons', types: s.types, filters: ok, poorOnly: s.poorOnly };
  return { agg: 'count', types: s.types, filters: ok };
}

/** The rule the builder describes, or what is still missing (type, measure, field, value) by path. */
export function ruleFromState(s: RuleState): { rule: IndicatorRule | null; problems: BuilderProblem[] } {
  const problems: BuilderProblem[] = [];
  if (s.agg === 'ratio') {
    const numerator = baseOf(s.numerator, 'rule.numerator', problems);
    const denominator = baseOf(s.denominator, 'rule.denominator', problems);
    return { rule: numerator && denominator ? { agg: 'ratio', numerator, denominator } : null, problems };
  }
  const main = baseOf({ ...s.main, agg: s.agg }, 'rule', problems);
  return { rule: main, problems };
}

/** Switches the aggregate; a plain rule keeps its types and filters, and the first ratio starts from it. */
export function withAgg(s: RuleState, agg: AggChoice): RuleState {
  if (agg === 'ratio')
    return { ...s, agg, numerator: s.numerator.types.length || s.agg === 'ratio' ? s.numerator : { ...s.main } };
  return { ...s, agg, main: { ...s.main, agg } };
}

export type FieldOption = { value: string; label: string; kind: FilterFieldKind; decl?: FieldDecl };

/** The measures any chosen type carries (what a sum may add up), in the declared order. */
export function measureOptions(types: readonly string[], decls: readonly RecordTypeDecl[]): MeasureKey[] {
  const chosen = decls.filter((d) => types.includes(d.code));
  const set = new Set(chosen.flatMap(measuresOfType));
  return (Object.keys(MEASURES) as MeasureKey[]).filter((k) => set.has(k));
}

/**
 * What a filter may compare: the fields every chosen type declares (the engine needs each type to have it), then the
 * measures the types carry. Regions and units are left out: their values are codes nobody types from memory.
 */
export function fieldOptions(types: readonly string[], decls: readonly RecordTypeDecl[], lang: Lang): FieldOption[] {
  const chosen = decls.filter((d) => types.includes(d.code));
  if (!chosen.length) return [];
  const shared = chosen[0]!.fields.filter(
    (f) => f.kind !== 'region' && f.kind !== 'unit' && chosen.every((d) => d.fields.some((x) => x.key === f.key)),
  );
  const fields: FieldOption[] = shared.map((f) => ({ value: f.key, label: f.label[lang], kind: f.kind, decl: f }));
  const taken = new Set(fields.map((f) => f.value));
  const measures = measureOptions(types, decls).filter((m) => !taken.has(m));
  return [
    ...fields,
    ...measures.map((m): FieldOption => ({
      value: m,
      label: `${MEASURES[m][lang]}${lang === 'zh' ? '（计量）' : ' (measure)'}`,
      kind: 'measure',
    })),
  ];
}

/** The input a filter's value needs. */
export type ValueControl =
  | { control: 'select'; options: { value: string; label: string }[] }
  | { control: 'switch' }
  | { control: 'number' }
  | { control: 'date' }
  | { control: 'text' };

export function valueControl(field: FieldOption | undefined, lang: Lang): ValueControl {
  if (!field) return { control: 'text' };
  if (field.decl?.kind === 'enum')
    return { control: 'select', options: field.decl.options.map((o) => ({ value: o.value, label: o.label[lang] })) };
  switch (field.kind) {
    case 'boolean':
      return { control: 'switch' };
    case 'number':
    case 'money':
    case 'measure':
      return { control: 'number' };
    case 'date':
      return { control: 'date' };
    default:
      return { control: 'text' };
  }
}

/** The comparisons the chosen field allows (all of them before a field is chosen). */
export function opOptions(field: FieldOption | undefined): RuleFilter['op'][] {
  return opsForKind(field?.kind ?? 'number');
}

/** Changes a filter's field: the comparison and value reset to what the new field takes. */
export function withField(f: FilterState, field: FieldOption | undefined): FilterState {
  if (!field) return emptyFilter();
  const ops = opOptions(field);
  const op = ops.includes(f.op) ? f.op : ops[0]!;
  return { field: field.value, op, value: field.kind === 'boolean' ? true : null, values: [] };
}

/** Changes the comparison; a single value becomes the first of a list and back. */
export function withOp(f: FilterState, op: RuleFilter['op']): FilterState {
  if (op === 'in' && f.op !== 'in')
    return { ...f, op, values: f.value === null || typeof f.value === 'boolean' ? [] : [f.value], value: null };
  if (op !== 'in' && f.op === 'in') return { ...f, op, value: f.values[0] ?? null, values: [] };
  return { ...f, op };
}

/** Changes the record types: a measure no chosen type carries and filters on fields they no longer share are dropped. */
export function withTypes(s: BaseState, types: string[], decls: readonly RecordTypeDecl[]): BaseState {
  const measures = measureOptions(types, decls);
  const fields = new Set(fieldOptions(types, decls, 'zh').map((f) => f.value));
  return {
    ...s,
    types,
    measure: s.measure && measures.includes(s.measure) ? s.measure : null,
    filters: s.filters.filter((f) => f.field === null || fields.has(f.field)),
  };
}
