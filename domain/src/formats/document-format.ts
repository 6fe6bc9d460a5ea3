/**
 * How figures and dates are written in documents (Word, PDF, the HTML preview and the report's spreadsheet): the
 * conventions of an official document, one function per kind so every report writes them alike.
 */

const FEN_PER_WAN = 1_000_000;

/** `2019-09-30` → `2019年9月30日` (a document's date: no leading zeros). */
export function documentDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) throw new Error(`not an ISO date: ${iso}`);
  return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`;
}

/** Up to `digits` decimals, trailing zeros dropped, no thousands separators (公文: 6700, 212.53, 2244). */
export function documentNumber(n: number, digits = 0): string {
  const fixed = n.toFixed(digits);
  return digits > 0 ? fixed.replace(/\.?0+$/, '') : fixed;
}

/** Money in fen as a document writes it in 万元: two decimals where needed, none otherwise (6700, 212.53). */
export const documentMoneyWan = (fen: number): string => documentNumber(fen / FEN_PER_WAN, 2);

/** Money in fen as a typed spreadsheet cell in 万元, rounded to the same two decimals the text shows. */
export const moneyWanValue = (fen: number): number => Math.round((fen / FEN_PER_WAN) * 100) / 100;
