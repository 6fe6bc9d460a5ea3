import { describe, expect, it } from 'vitest';
import { compactMeasures, formatMeasureValue, measureItems } from './measures';

describe('measure formatting', () => {
  it('shows money in 万元 and counts with their unit', () => {
    expect(formatMeasureValue('amountFen', 123_456_789, 'zh')).toBe('123.46 万元');
    expect(formatMeasureValue('persons', 3, 'zh')).toBe('3 人');
    expect(formatMeasureValue('personTimes', 30, 'en')).toBe('30 person-times');
    expect(formatMeasureValue('areaMu', 12.345, 'zh')).toBe('12.35 亩');
    expect(formatMeasureValue('sessions', 1, 'en')).toBe('1 session');
    expect(formatMeasureValue('personTimes', 1, 'en')).toBe('1 person-time');
    expect(formatMeasureValue('persons', 1, 'zh')).toBe('1 人');
  });
  it('lists measures in the declared order with labels', () => {
    expect(measureItems({ sessions: 1, persons: 3 }, 'zh').map((i) => `${i.label}=${i.text}`)).toEqual([
      '人数=3 人',
      '期（场、次）数=1 期',
    ]);
  });
  it('makes an unambiguous one-line summary', () => {
    expect(compactMeasures({ persons: 3, poorPersons: 1, personTimes: 3, sessions: 1 }, 'zh')).toBe(
      '3 人 · 其中贫困 1 人 · 3 人次 · 1 期',
    );
    expect(compactMeasures({ persons: 3, poorPersons: 1 }, 'en')).toBe('3 persons · 1 poor');
    expect(compactMeasures({ posts: 120, enterprises: 8 }, 'zh')).toBe('岗位 120 个 · 企业 8 家');
    expect(compactMeasures({}, 'zh')).toBe('');
  });
});
