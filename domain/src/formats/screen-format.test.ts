import { describe, expect, it } from 'vitest';
import {
  screenCount,
  screenDate,
  screenDecimal,
  screenMoney,
  screenPercent,
  screenScore,
  screenWan,
} from './screen-format';

describe('screen formats', () => {
  it('writes money in 万元 with two decimals everywhere', () => {
    expect(screenWan(4000 * 1_000_000)).toBe('4,000.00');
    expect(screenWan(14_677_800)).toBe('14.68');
    expect(screenWan(5_000)).toBe('0.01');
    expect(screenWan(-1_234_567_890)).toBe('-1,234.57');
    expect(screenMoney(1_467_780_000, 'zh')).toBe('1,467.78 万元');
    expect(screenMoney(1_467_780_000, 'en')).toBe('1,467.78 ×10k yuan');
  });
  it('writes counts grouped, percents with one decimal and scores with two', () => {
    expect(screenCount(1287)).toBe('1,287');
    expect(screenCount(2.5)).toBe('2.5');
    expect(screenDecimal(12.5)).toBe('12.5');
    expect(screenPercent(30)).toBe('30.0%');
    expect(screenPercent(22.94)).toBe('22.9%');
    expect(screenScore(73.2)).toBe('73.20');
    expect(screenScore(60)).toBe('60.00');
    expect(screenScore(85.615)).toBe('85.62');
  });
  it('writes dates as YYYY-MM-DD', () => {
    expect(screenDate('2019-09-30')).toBe('2019-09-30');
    expect(screenDate('2019-12-31T04:00:00Z')).toMatch(/^2019-12-31$/);
    expect(() => screenDate('yesterday')).toThrow();
  });
});
