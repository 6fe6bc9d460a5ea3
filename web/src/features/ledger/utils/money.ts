import { screenWan } from '@xiezuo/domain';

/** Money is integer fen on the wire; the UI shows 万元 (two decimals) for figures and 元 for exact amounts. */

const group = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

function fixed2(units: number): string {
  const sign = units < 0 ? '-' : '';
  const abs = Math.abs(units);
  return `${sign}${group(String(Math.floor(abs / 100)))}.${String(abs % 100).padStart(2, '0')}`;
}

/** 万元 with two decimals and thousands separators: 123_456_789 fen → "123.46" (the shared screen format). */
export const fenToWan = (fen: number): string => screenWan(fen);

/** 元 with two decimals and thousands separators: 123_456_789 fen → "1,234,567.89". */
export function fenToYuan(fen: number): string {
  return fixed2(Math.round(fen));
}

/** The plain 元 text an input shows for an amount in fen: 123450 → "1234.5", 100 → "1". */
export function fenToYuanInput(fen: number): string {
  const whole = Math.floor(fen / 100);
  const cents = fen % 100;
  if (!cents) return String(whole);
  return `${whole}.${String(cents).padStart(2, '0').replace(/0$/, '')}`;
}

/**
 * 元 as typed (text or number; commas, spaces and a leading ¥ allowed; at most two decimals) to integer fen.
 * Parsed as text so 0.1 + 0.2 style float errors never reach the ledger. Null when it is not an amount.
 */
export function yuanToFen(v: string | number | null | undefined): number | null {
  if (v === null || v === undefined) return null;
  const s = (typeof v === 'number' ? (Number.isFinite(v) ? v.toFixed(2) : '') : v).replace(/[\s,，¥￥]/g, '');
  const m = /^(\d+)(?:\.(\d{0,2}))?$/.exec(s);
  if (!m) return null;
  const fen = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(fen) ? fen : null;
}
