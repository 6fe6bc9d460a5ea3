import {
  screenCount,
  screenDecimal,
  screenPercent,
  screenWan,
  WAN_UNIT,
  type Lang,
  type ValueFormat,
} from '@xiezuo/domain';

type Label = { zh: string; en: string };

/** Fen in one 万元 (money travels as integer fen and is shown in 万元). */
export const FEN_PER_WAN = 1_000_000;

/** The number a person reads: money in 万元, everything else as it comes. */
export function displayNumber(value: number, format: ValueFormat): number {
  return format === 'money' ? value / FEN_PER_WAN : value;
}

/** A figure by the shared screen formats (domain screen-format): 万元 with two decimals, counts grouped, percents one decimal. */
export function formatNumber(value: number, format: ValueFormat, _lang: Lang): string {
  switch (format) {
    case 'money':
      return screenWan(value);
    case 'percent':
      return screenPercent(value).slice(0, -1);
    case 'area':
      return screenDecimal(value);
    case 'count':
      return screenCount(value);
    default: {
      const never: never = format;
      return never;
    }
  }
}

/** Value with its unit: `1,200 万元`, `37.7%`, `90 人`; null → an em dash. */
export function formatValue(value: number | null | undefined, format: ValueFormat, unit: Label, lang: Lang): string {
  if (value === null || value === undefined) return '—';
  const n = formatNumber(value, format, lang);
  const u = format === 'money' ? WAN_UNIT[lang] : unit[lang];
  if (format === 'percent' || u === '%') return `${n}%`;
  return `${n} ${u}`;
}

/** Completion as shown: `88.9%`, or a dash without a target. */
export function formatPercent(value: number | null, lang: Lang): string {
  return value === null ? '—' : `${formatNumber(value, 'percent', lang)}%`;
}
