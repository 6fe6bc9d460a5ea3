import { describe, expect, it } from 'vitest';
import type { IndicatorDto } from '@xiezuo/domain';
import { item } from './fixtures.test-data';
import {
  barPercent,
  defaultIndicator,
  groupByCategory,
  hasClaimed,
  markerPercent,
  moneyRatioCodes,
  partFormat,
  statusCounts,
  unitIndicators,
} from './progress-view';

const fiscal = (purpose?: string) => ({
  agg: 'sum' as const,
  measure: 'amountFen' as const,
  types: ['fund_payment'],
  filters: purpose ? [{ field: 'purpose', op: 'eq' as const, value: purpose }] : [],
});
const persons = { agg: 'sum' as const, measure: 'persons' as const, types: ['secondment'], filters: [] };
const decl = (code: string, rule: IndicatorDto['rule']): IndicatorDto => ({
  code,
  rule,
  id: code,
  year: 2019,
  version: 1,
  sort: 0,
  name: { zh: code, en: code },
  category: 'funds',
  unit: { zh: '%', en: '%' },
  format: 'percent',
  group: 'funds',
  responsibleUnits: [],
  target: { kind: 'ratio_min', overall: 50, perCounty: null, counties: {} },
});

describe('progress view helpers', () => {
  it('groups indicators by category in the declared order, keeping plan order inside', () => {
    const sections = groupByCategory([
      item({ code: 'labour.a', category: 'labour' }),
      item({ code: 'talent.a' }),
      item({ code: 'labour.b', category: 'labour' }),
    ]);
    expect(sections.map((s) => [s.category, s.items.map((i) => i.code)])).toEqual([
      ['talent', ['talent.a']],
      ['labour', ['labour.a', 'labour.b']],
    ]);
  });

  it('counts statuses', () => {
    expect(statusCounts(item().counties)).toEqual({ achieved: 2, on_track: 0, behind: 0, at_risk: 1, no_target: 0 });
  });

  it('places the bar and the expected marker as shares of the target, clipped to the bar', () => {
    expect(barPercent({ completion: 66.7 })).toBe(66.7);
    expect(barPercent({ completion: 125.7 })).toBe(100);
    expect(barPercent({ completion: null })).toBe(0);
    expect(markerPercent({ expected: 2.24, target: 3 })).toBe(74.7);
    expect(markerPercent({ expected: null, target: null })).toBeNull();
    expect(markerPercent({ expected: 30, target: 30 })).toBe(100);
  });

  it('shows claimed figures only when pending records would change the number', () => {
    expect(hasClaimed({ value: 2, claimed: 1 }, 'count')).toBe(true);
    expect(hasClaimed({ value: 2, claimed: 0 }, 'count')).toBe(false);
    expect(hasClaimed({ value: 37.7, claimed: 37.7 }, 'percent')).toBe(false);
    expect(hasClaimed({ value: 37.7, claimed: 40 }, 'percent')).toBe(true);
  });

  it('finds the money rules among ratios by what their parts sum', () => {
    const plan = [
      decl('industry.funds_to_industry_share', { agg: 'ratio', numerator: fiscal('industry'), denominator: fiscal() }),
      decl('talent.long_term_share', { agg: 'ratio', numerator: persons, denominator: persons }),
      decl('funds.fiscal_paid', fiscal()),
    ];
    expect(moneyRatioCodes(plan)).toEqual(['industry.funds_to_industry_share']);
    expect(partFormat(fiscal())).toBe('money');
    expect(partFormat(persons)).toBe('count');
    expect(partFormat(undefined)).toBe('count');
  });

  it('charts the first indicator at risk by default, else the first behind, else the first', () => {
    expect(
      defaultIndicator([
        item({ code: 'a.a', status: 'on_track' }),
        item({ code: 'b.b', status: 'behind' }),
        item({ code: 'c.c', status: 'at_risk' }),
      ]),
    ).toBe('c.c');
    expect(defaultIndicator([item({ code: 'a.a', status: 'on_track' }), item({ code: 'b.b', status: 'behind' })])).toBe(
      'b.b',
    );
    expect(defaultIndicator([])).toBeNull();
  });

  it('shows a unit the indicators it answers for and those its records count toward', () => {
    const items = [
      item({ code: 'a.mine', value: 0, claimed: 0 }),
      item({ code: 'b.counted', value: 3, claimed: 0 }),
      item({ code: 'c.pending', value: 0, claimed: 2 }),
      item({ code: 'd.other', value: 0, claimed: 0 }),
    ];
    const plan = [
      { code: 'a.mine', responsibleUnits: ['renshe'] },
      { code: 'd.other', responsibleUnits: ['zuzhibu'] },
    ];
    expect(unitIndicators(items, plan, 'renshe').map((i) => i.code)).toEqual(['a.mine', 'b.counted', 'c.pending']);
  });
});
