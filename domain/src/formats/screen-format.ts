/**
 * How figures and dates are written on screen, one function per kind so every page (and every server text a page
 * shows, such as a warning's message) writes them alike: money in 万元 with two decimals, counts grouped, percents
 * with one decimal, scores with two, dates as YYYY-MM-DD. Documents have their own conventions (document-format).
 */
import type { Lang } from '../errors';

const FEN_PER_WAN = 1_000_000;

const group = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** Grouped digits with exactly `digits` decimals, rounded half away from zero (no float surprises at .005). */
function fixed(n: number, digits: number): string {
  const scale = 10 ** digits;
  const scaled = Math.round(Math.abs(n) * scale + Number.EPSILON * scale);
  const sign = n < 0 && scaled > 0 ? '-' : '';
  const whole = group(String(Math.floor(scaled / scale)));
  return digits ? `${sign}${whole}.${String(scaled % scale).padStart(digits, '0')}` : `${sign}${whole}`;
}

/** Money in fen as 万元 with two decimals and separators: 4_000_000_000 → `4,000.00`, 14_677_800 → `14.68`. */
export function screenWan(fen: number): string {
  // integer arithmetic: fen → hundredths of a 万元, half away from zero
  const hundredths = Math.sign(fen) * Math.round(Math.abs(fen) / (FEN_PER_WAN / 100));
  const abs = Math.abs(hundredths);
  return `${hundredths < 0 ? '-' : ''}${group(String(Math.floor(abs / 100)))}.${String(abs % 100).padStart(2, '0')}`;
}

/** The unit written after a 万元 figure. */
export const WAN_UNIT: Readonly<Record<Lang, string>> = { zh: '万元', en: '×10k yuan' };

/** Money in fen with its unit: `4,000.00 万元` / `4,000.00 ×10k yuan`. */
export const screenMoney = (fen: number, lang: Lang): string => `${screenWan(fen)} ${WAN_UNIT[lang]}`;

/** A count (persons, sessions, items): grouped, whole unless it has a fraction, then one decimal (`1,287`, `2.5`). */
export function screenCount(n: number): string {
  return Number.isInteger(Math.round(n * 10) / 10) ? fixed(n, 0) : fixed(n, 1);
}

/** An area or another decimal measure: grouped, up to two decimals, trailing zeros dropped (`12.5`). */
export function screenDecimal(n: number): string {
  return fixed(n, 2).replace(/\.?0+$/, '');
}

/** A percentage with one decimal: `22.9%`, `30.0%`, `100.0%`. */
export const screenPercent = (n: number): string => `${fixed(n, 1)}%`;

/** An assessment score with two decimals: `85.62`, `73.20`, `60.00`. */
export const screenScore = (n: number): string => fixed(n, 2);

/** A date (`2019-09-30`, or a timestamp read in local time) as `YYYY-MM-DD`. */
export function screenDate(iso: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) throw new Error(`not a date: ${iso}`);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
