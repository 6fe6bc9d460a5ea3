import { describe, expect, it } from 'vitest';
import { seedCatalog } from './catalog-2018';
import { describeFilter, describeRule } from './rule-text';

const decl = (code: string) => seedCatalog(2019).find((d) => d.code === code)!;

describe('a rule in words', () => {
  it('reads a person rule with its condition, in Chinese and English', () => {
    expect(describeRule(decl('labour.employed_in_tianjin').rule, 'zh')).toBe(
      '计：转移就业记录中不重复的建档立卡贫困人口人数，条件：就业去向为“来津”。',
    );
    expect(describeRule(decl('labour.employed_in_tianjin').rule, 'en')).toBe(
      'The number of distinct registered poor persons on Employment placement records where destination is “Tianjin”.',
    );
  });

  it('reads sums, lists and comparisons', () => {
    const zh = describeRule(decl('funds.livelihood_grassroots_share').rule, 'zh');
    expect(zh).toMatch(/^（.*记录的金额之和，条件：.*）占（.*）的百分比。$/);
    expect(zh).toContain('、');
    expect(describeFilter(['secondment'], { field: 'months', op: 'gte', value: 12 }, 'zh')).toBe('月数 ≥ 12');
    expect(describeFilter(['consumption_purchase'], { field: 'certified', op: 'eq', value: true }, 'en')).toMatch(
      / is “yes”$/,
    );
  });

  it('reads pairings and agreements', () => {
    expect(describeRule({ agg: 'pairings', kinds: ['school_school'] }, 'zh')).toBe('计：结对数（学校结对）。');
    expect(describeRule({ agg: 'agreements' }, 'en')).toBe('The number of assistance agreements.');
  });

  it('describes every catalog rule without falling back to raw codes for fields', () => {
    for (const d of [...seedCatalog(2018), ...seedCatalog(2019)])
      for (const lang of ['zh', 'en'] as const) expect(describeRule(d.rule, lang), d.code).not.toMatch(/[a-z]+_[a-z]+/);
  });
});
