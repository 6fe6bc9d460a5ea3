import { describe, expect, it } from 'vitest';
import { seedCatalog, WAN, type PlanIndicatorDto } from '@xiezuo/domain';
import { defaultYear, nextFreeYear, pacingText, sectionsOf, targetText } from './plan-view';

const items: PlanIndicatorDto[] = seedCatalog(2019).map((d, i) => ({
  ...d,
  id: String(i),
  year: 2019,
  version: 1,
  sort: i,
  isActive: true,
}));
const byCode = (code: string) => items.find((i) => i.code === code)!;
const name = (c: string) => ({ '621022': '环县' })[c] ?? c;

describe('the plan as a person reads it', () => {
  it('groups indicators by category in the declared order', () => {
    const sections = sectionsOf(items);
    expect(sections[0]!.category).toBe('talent');
    expect(sections.flatMap((s) => s.items)).toHaveLength(items.length);
  });

  it('writes targets with their kind and unit', () => {
    expect(targetText(byCode('talent.cadres_sent'), 'zh', name)).toBe('≥ 3 人/县');
    expect(targetText(byCode('industry.investment_amount'), 'zh', name)).toBe('力争 3,000.00 万元');
    expect(targetText(byCode('industry.investment_amount'), 'en', name)).toBe('stretch 3,000.00 ×10k yuan');
    expect(targetText(byCode('talent.professionals_long_term_share'), 'zh', name)).toBe('≥ 30.0%');
    expect(targetText(byCode('industry.key_industry'), 'zh', name)).toBe('定性：每县 1 项');
    expect(
      targetText(
        {
          ...byCode('social.donations'),
          target: { kind: 'total', overall: null, perCounty: null, counties: { '621022': 2 * WAN } },
        },
        'zh',
        name,
      ),
    ).toBe('环县 2.00 万元');
    expect(
      targetText(
        { ...byCode('social.donations'), target: { kind: 'none', overall: null, perCounty: null, counties: {} } },
        'en',
        name,
      ),
    ).toBe('Monitoring (no target)');
  });

  it('writes pacing', () => {
    expect(pacingText(undefined, 'zh')).toBe('按时间均匀');
    expect(
      pacingText({ kind: 'monthly', cumulative: [0, 0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1] }, 'en'),
    ).toBe('Monthly (quarter ends 10% / 40% / 70% / 100%)');
  });

  it('opens on the asked year, else the latest published; copies go to the first free year', () => {
    const plans = [
      { year: 2018, status: 'published' as const, publishedAt: null, version: 1, indicatorCount: 1, activeCount: 1 },
      { year: 2019, status: 'published' as const, publishedAt: null, version: 1, indicatorCount: 1, activeCount: 1 },
      { year: 2020, status: 'draft' as const, publishedAt: null, version: 1, indicatorCount: 1, activeCount: 1 },
    ];
    expect(defaultYear(plans, null)).toBe(2019);
    expect(defaultYear(plans, 2020)).toBe(2020);
    expect(defaultYear(plans, 2031)).toBe(2019);
    expect(defaultYear([], null)).toBeNull();
    expect(nextFreeYear(plans, 2018)).toBe(2021);
    expect(nextFreeYear(plans, 2020)).toBe(2021);
  });
});
