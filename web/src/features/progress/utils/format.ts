import type { Lang, ValueFormat } from '@xiezuo/domain';

type Label = { zh: string; en: string };

/** Fen in one 万元 (money travels as integer fen and is shown in 万元). */
export const FEN_PER_WAN = 1_000_000;

const FRACTION: Record<ValueFormat, number> = { count: 1, money: 2, percent: 1, area: 1 };

/** The number a person reads: money in 万元, everything else as it comes. */
export function displayNumber(value: number, format: ValueFormat): number {
  return format === 'money' ? value / FEN_PER_WAN : value;
}

/** Grouped digits with at most the format's decimals (counts 1, money 2, percents 1), trailing zeros dropped. */
export function formatNumber(value: number, format: ValueFormat, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'zh-CN', { maximumFractionDigits: FRACTION[format] }).format(
    displayNumber(value, format),
  );
}

/** Value with its unit: `1,200 万元`, `37.7%`, `90 人`; null → an em dash. */
export function formatValue(value: number | null | undefined, format: ValueFormat, unit: Label, lang: Lang): string {
  if (value === null || value === undefined) return '—';
  const n = formatNumber(value, format, lang);
  const u = format === 'money' ? (lang === 'en' ? '10k yuan' : '万元') : unit[lang];
  if (format === 'percent' || u === '%') return `${n}%`;
  return `${n} ${u}`;
}

/** Completion as shown: `88.9%`, or a dash without a target. */
export function formatPercent(value: number | null, lang: Lang): string {
  return value === null ? '—' : `${formatNumber(value, 'percent', lang)}%`;
}
