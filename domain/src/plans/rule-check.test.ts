import { describe, expect, it } from 'vitest';
import { recordType } from '../ledger/registry';
import { seedCatalog } from './catalog-2018';
import {
  declProblems,
  measuresOfType,
  measuresOfTypes,
  pacingProblems,
  ruleProblems,
  targetProblems,
} from './rule-check';
import type { IndicatorRule, IndicatorTarget } from './rules';

const target = (t: Partial<IndicatorTarget> & { kind: IndicatorTarget['kind'] }): IndicatorTarget => ({
  overall: null,
  perCounty: null,
  counties: {},
  ...t,
});
const paths = (ps: { path: string }[]) => ps.map((p) => p.path);

describe('measures a record type carries', () => {
  it('reads fixed measures, measure fields, roster counts and term months', () => {
    expect(measuresOfType(recordType('secondment')!)).toEqual(
      expect.arrayContaining(['persons', 'poorPersons', 'months']),
    );
    expect(measuresOfType(recordType('employment')!)).toEqual(expect.arrayContaining(['persons', 'poorPersons']));
    expect(measuresOfType(recordType('fund_payment')!)).toContain('amountFen');
    expect(measuresOfType(recordType('fund_payment')!)).not.toContain('persons');
    expect(measuresOfTypes(['fund_payment', 'employment'])).toEqual(expect.arrayContaining(['amountFen', 'persons']));
  });
});

describe('declaration checks', () => {
  it('finds nothing wrong with any indicator of the 2018 and 2019 catalogs', () => {
    for (const year of [2018, 2019])
      for (const d of seedCatalog(year))
        expect(declProblems(d, ['621022', '621021', '623027']), `${year} ${d.code}`).toEqual([]);
  });

  it('names unknown types, undeclared fields, bad comparisons and values, and measures the types do not carry', () => {
    const rule: IndicatorRule = {
      agg: 'sum',
      measure: 'amountFen',
      types: ['employment'],
      filters: [
        { field: 'nope', op: 'eq', value: 'x' },
        { field: 'destination', op: 'gte', value: 'tianjin' },
        { field: 'destination', op: 'eq', value: 'mars' },
        { field: 'destination', op: 'in', value: [] },
        { field: 'persons', op: 'gte', value: 'many' },
      ],
    };
    expect(paths(ruleProblems(rule))).toEqual([
      'rule.filters.0.field',
      'rule.filters.1.op',
      'rule.filters.2.value',
      'rule.filters.3.value',
      'rule.filters.4.value',
      'rule.measure',
    ]);
    expect(ruleProblems(rule)[0]!.zh).toContain('没有字段“nope”');
    expect(ruleProblems({ agg: 'count', types: ['no_such_type'], filters: [] })[0]).toMatchObject({
      path: 'rule.types',
      en: 'unknown record type “no_such_type”',
    });
    expect(
      paths(ruleProblems({ agg: 'distinct_persons', types: ['fund_payment'], filters: [], poorOnly: false })),
    ).toEqual(['rule.types']);
    expect(
      paths(
        ruleProblems({
          agg: 'ratio',
          numerator: {
            agg: 'count',
            types: ['employment'],
            filters: [{ field: 'destination', op: 'eq', value: true }],
          },
          denominator: { agg: 'agreements' },
        }),
      ),
    ).toEqual(['rule.numerator.filters.0.value']);
  });

  it('wants a value for a target, ratios between 0 and 100 on ratio rules only, and counties the district assists', () => {
    const count: IndicatorRule = { agg: 'count', types: ['job_fair'], filters: [] };
    const ratio: IndicatorRule = { agg: 'ratio', numerator: count, denominator: count };
    expect(targetProblems(target({ kind: 'min' }), count)).toMatchObject([{ path: 'target.overall' }]);
    expect(targetProblems(target({ kind: 'min', perCounty: 3 }), count)).toEqual([]);
    expect(targetProblems(target({ kind: 'min', counties: { '621022': 2 } }), count, ['621022'])).toEqual([]);
    expect(paths(targetProblems(target({ kind: 'min', counties: { '110101': 2 } }), count, ['621022']))).toEqual([
      'target.counties.110101',
    ]);
    expect(paths(targetProblems(target({ kind: 'total', overall: -1 }), count))).toEqual(['target.overall']);
    expect(paths(targetProblems(target({ kind: 'ratio_min', overall: 130 }), ratio))).toEqual(['target.overall']);
    expect(paths(targetProblems(target({ kind: 'ratio_min', overall: 30 }), count))).toEqual(['target.kind']);
    expect(paths(targetProblems(target({ kind: 'min', overall: 30 }), ratio))).toEqual(['target.kind']);
    expect(targetProblems(target({ kind: 'qualitative', perCounty: 1 }), count)).toEqual([]);
    expect(targetProblems(target({ kind: 'none' }), ratio)).toEqual([]);
  });

  it('wants twelve non-decreasing monthly milestones', () => {
    const rising = Array.from({ length: 12 }, (_, i) => (i + 1) / 12);
    expect(pacingProblems({ kind: 'monthly', cumulative: rising })).toEqual([]);
    expect(pacingProblems({ kind: 'monthly', cumulative: [...rising.slice(0, 11), 0.5] })).toHaveLength(1);
    expect(pacingProblems({ kind: 'linear' })).toEqual([]);
  });
});
