import { describe, expect, it } from 'vitest';
import { RECORD_TYPES, seedCatalog, type IndicatorRule } from '@xiezuo/domain';
import {
  emptyRule,
  fieldOptions,
  measureOptions,
  opOptions,
  ruleFromState,
  stateFromRule,
  valueControl,
  withAgg,
  withField,
  withOp,
  withTypes,
  type RuleState,
} from './rule-builder';

const catalog = [...seedCatalog(2018), ...seedCatalog(2019)];
const field = (types: string[], key: string) => fieldOptions(types, RECORD_TYPES, 'zh').find((f) => f.value === key);

describe('builder state ↔ rule', () => {
  it('reads every catalog rule into the builder and writes back the same rule', () => {
    for (const d of catalog) {
      const back = ruleFromState(stateFromRule(d.rule));
      expect(back.problems, d.code).toEqual([]);
      expect(back.rule, d.code).toEqual(d.rule);
    }
  });

  it('offers, for every catalog filter, its field among the options of its types', () => {
    const bases = catalog.flatMap((d) => (d.rule.agg === 'ratio' ? [d.rule.numerator, d.rule.denominator] : [d.rule]));
    for (const b of bases)
      if ('filters' in b)
        for (const f of b.filters) expect(field(b.types, f.field), `${b.types} ${f.field}`).toBeDefined();
  });

  it('says what is missing, under the same paths as the server’s checks', () => {
    const s: RuleState = {
      ...emptyRule(),
      agg: 'sum',
      main: { ...emptyRule().main, filters: [{ field: null, op: 'eq', value: null, values: [] }] },
    };
    expect(ruleFromState(s).problems.map((p) => p.path)).toEqual([
      'rule.types',
      'rule.measure',
      'rule.filters.0.field',
    ]);
    const ratio = withAgg({ ...emptyRule(), main: { ...emptyRule().main, types: ['job_fair'] } }, 'ratio');
    expect(ratio.numerator.types).toEqual(['job_fair']);
    expect(ruleFromState(ratio).problems.map((p) => p.path)).toEqual(['rule.denominator.types']);
    const inWithout = {
      ...emptyRule(),
      main: {
        ...emptyRule().main,
        types: ['employment'],
        filters: [{ field: 'destination', op: 'in' as const, value: null, values: [] }],
      },
    };
    expect(ruleFromState(inWithout).problems[0]).toMatchObject({ path: 'rule.filters.0.value', zh: '请填写筛选值' });
  });

  it('builds pairing and agreement rules without types', () => {
    expect(ruleFromState(withAgg(emptyRule(), 'agreements')).rule).toEqual({ agg: 'agreements' });
    const pairings = withAgg(emptyRule(), 'pairings');
    expect(ruleFromState({ ...pairings, main: { ...pairings.main, kinds: ['school_school'] } }).rule).toEqual({
      agg: 'pairings',
      kinds: ['school_school'],
    } satisfies IndicatorRule);
  });
});

describe('choices the builder offers', () => {
  it('offers only the measures the chosen types carry, and drops what no longer fits when the types change', () => {
    expect(measureOptions(['fund_payment'], RECORD_TYPES)).toContain('amountFen');
    expect(measureOptions(['fund_payment'], RECORD_TYPES)).not.toContain('persons');
    const s = {
      ...emptyRule().main,
      agg: 'sum' as const,
      types: ['employment'],
      measure: 'persons' as const,
      filters: [{ field: 'destination', op: 'eq' as const, value: 'tianjin', values: [] }],
    };
    const changed = withTypes(s, ['fund_payment'], RECORD_TYPES);
    expect(changed.measure).toBeNull();
    expect(changed.filters).toEqual([]);
  });

  it('offers fields every chosen type declares, then carried measures; enum fields get their options, booleans a switch', () => {
    const fields = fieldOptions(['fund_payment'], RECORD_TYPES, 'zh');
    expect(fields.find((f) => f.value === 'purpose')?.kind).toBe('enum');
    expect(fields.some((f) => f.kind === 'region' || f.kind === 'unit')).toBe(false);
    expect(fields.filter((f) => f.value === 'amountFen')).toHaveLength(1);
    expect(fieldOptions(['employment'], RECORD_TYPES, 'zh').at(-1)).toMatchObject({ kind: 'measure' });
    expect(valueControl(field(['employment'], 'destination'), 'en')).toMatchObject({
      control: 'select',
      options: expect.arrayContaining([{ value: 'tianjin', label: 'Tianjin' }]),
    });
    expect(valueControl(field(['consumption_purchase'], 'certified'), 'zh')).toEqual({ control: 'switch' });
    expect(valueControl(field(['secondment'], 'months'), 'zh')).toEqual({ control: 'number' });
    expect(opOptions(field(['consumption_purchase'], 'certified'))).toEqual(['eq', 'ne']);
  });

  it('resets a filter for a new field and carries values between one and a list', () => {
    expect(
      withField(
        { field: 'destination', op: 'in', value: null, values: ['tianjin'] },
        field(['consumption_purchase'], 'certified'),
      ),
    ).toEqual({ field: 'certified', op: 'eq', value: true, values: [] });
    expect(withOp({ field: 'destination', op: 'eq', value: 'tianjin', values: [] }, 'in')).toMatchObject({
      op: 'in',
      values: ['tianjin'],
      value: null,
    });
    expect(withOp({ field: 'destination', op: 'in', value: null, values: ['a', 'b'] }, 'ne')).toMatchObject({
      op: 'ne',
      value: 'a',
      values: [],
    });
  });
});
