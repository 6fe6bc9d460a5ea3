import { describe, expect, it } from 'vitest';
import { formatPercent, formatValue } from './format';

const unit = (zh: string, en: string) => ({ zh, en });

describe('value formatting', () => {
  it('shows money (integer fen on the wire) in 万元 with grouped digits', () => {
    expect(formatValue(1_200_000_000, 'money', unit('万元', '10k yuan'), 'zh')).toBe('1,200.00 万元');
    expect(formatValue(6_566_958_904.11, 'money', unit('万元', '10k yuan'), 'zh')).toBe('6,566.96 万元');
    expect(formatValue(50_000, 'money', unit('万元', '10k yuan'), 'en')).toBe('0.05 ×10k yuan');
  });

  it('shows counts with at most one decimal and their unit, percents with a % sign', () => {
    expect(formatValue(1287, 'count', unit('人', 'persons'), 'zh')).toBe('1,287 人');
    expect(formatValue(6.73, 'count', unit('人', 'persons'), 'en')).toBe('6.7 persons');
    expect(formatValue(37.7, 'percent', unit('%', '%'), 'zh')).toBe('37.7%');
  });

  it('shows a dash for a missing value', () => {
    expect(formatValue(null, 'count', unit('人', 'persons'), 'zh')).toBe('—');
    expect(formatPercent(null, 'zh')).toBe('—');
    expect(formatPercent(88.94, 'zh')).toBe('88.9%');
  });
});
