import { documentMoneyWan, documentNumber, moneyWanValue, type ValueFormat } from '@xiezuo/domain';

/** Up to `digits` decimals, trailing zeros dropped, no thousands separators (公文: 6700, 212.53, 2244). */
export const plainNumber = documentNumber;

/** A value as an official document writes it, in the indicator's display unit: money in 万元 (two decimals where needed), area in 亩, percent with one decimal. */
export function officialNumber(value: number, format: ValueFormat): string {
  switch (format) {
    case 'money':
      return documentMoneyWan(value);
    case 'area':
      return plainNumber(value, 2);
    case 'percent':
      return plainNumber(value, 1);
    case 'count':
      return plainNumber(value, 0);
    default: {
      const never: never = format;
      return never;
    }
  }
}

/** The value in its display unit as a number (万元 for money), for typed spreadsheet cells. */
export function displayValue(value: number, format: ValueFormat): number {
  return format === 'money' ? moneyWanValue(value) : value;
}

/** "70余": rounded down to the leading tens or hundreds, with 余 when something was dropped (72 → 70余, 8 → 8). */
export function approxNumber(n: number): string {
  if (n < 20) return plainNumber(n, 0);
  const step = n >= 1000 ? 100 : 10;
  const floor = Math.floor(n / step) * step;
  return floor === n ? String(n) : `${floor}余`;
}

const CN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (for 一是、二是 and （一）（二）; up to 99). */
export function chineseOrdinal(n: number): string {
  if (n < 10) return CN_DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CN_DIGITS[tens]}十${ones ? CN_DIGITS[ones] : ''}`;
}
