import { describe, expect, it } from 'vitest';
import { progressPercent, wanText, yuanText } from './money';

describe('charity money text', () => {
  it('formats fen as yuan and 万元, and progress as a bounded percent', () => {
    expect(yuanText(3000_00)).toBe('3,000');
    expect(wanText(500 * 1_000_000)).toBe('500.00');
    expect(progressPercent(1500_00, 3000_00)).toBe(50);
    expect(progressPercent(4000_00, 3000_00)).toBe(100);
    expect(progressPercent(1, 0)).toBe(0);
  });
});
