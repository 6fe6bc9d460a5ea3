import { describe, expect, it } from 'vitest';
import { fenToWan, fenToYuan, fenToYuanInput, yuanToFen } from './money';

describe('money', () => {
  it('shows fen as 万元 with two decimals, rounding half up', () => {
    expect(fenToWan(123_456_789)).toBe('123.46');
    expect(fenToWan(1_000_000)).toBe('1.00');
    expect(fenToWan(5_000)).toBe('0.01');
    expect(fenToWan(4_999)).toBe('0.00');
    expect(fenToWan(0)).toBe('0.00');
    expect(fenToWan(123_456_789_000)).toBe('123,456.79');
  });
  it('shows fen as exact 元', () => {
    expect(fenToYuan(123_456_789)).toBe('1,234,567.89');
    expect(fenToYuan(5)).toBe('0.05');
    expect(fenToYuanInput(123_450)).toBe('1234.5');
    expect(fenToYuanInput(100)).toBe('1');
    expect(fenToYuanInput(101)).toBe('1.01');
  });
  it('reads 元 as typed into integer fen without float error', () => {
    expect(yuanToFen('1234.56')).toBe(123_456);
    expect(yuanToFen('1,234.5')).toBe(123_450);
    expect(yuanToFen('¥ 10')).toBe(1_000);
    expect(yuanToFen(0.1 + 0.2)).toBe(30);
    expect(yuanToFen(1_000_000)).toBe(100_000_000);
    expect(yuanToFen('12.345')).toBeNull();
    expect(yuanToFen('-5')).toBeNull();
    expect(yuanToFen('abc')).toBeNull();
    expect(yuanToFen('')).toBeNull();
    expect(yuanToFen(null)).toBeNull();
  });
  it('round-trips what an input shows', () => {
    for (const fen of [0, 1, 10, 99, 100, 123_456, 1e12]) expect(yuanToFen(fenToYuanInput(fen))).toBe(fen);
  });
});
