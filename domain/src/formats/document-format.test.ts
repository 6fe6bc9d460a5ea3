import { describe, expect, it } from 'vitest';
import { documentDate, documentMoneyWan, documentNumber, moneyWanValue } from './document-format';

describe('document formats', () => {
  it('writes dates as 2019年9月30日', () => {
    expect(documentDate('2019-09-30')).toBe('2019年9月30日');
    expect(documentDate('2018-12-31T00:00:00Z')).toBe('2018年12月31日');
    expect(() => documentDate('30/09/2019')).toThrow();
  });
  it('writes 万元 with two decimals only where needed, no separators', () => {
    expect(documentMoneyWan(6700 * 1_000_000)).toBe('6700');
    expect(documentMoneyWan(212_530_000)).toBe('212.53');
    expect(documentMoneyWan(348 * 1_000_000 + 10_000)).toBe('348.01');
    expect(moneyWanValue(212_534_000)).toBe(212.53);
    expect(documentNumber(59.66, 1)).toBe('59.7');
  });
});
