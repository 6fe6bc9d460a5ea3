import {
  INDICATOR_CATEGORIES,
  type IndicatorCategory,
  type Lang,
  type PlanIndicatorDto,
  type PlanListDto,
  WAN_UNIT,
} from '@xiezuo/domain';
import { shownTarget } from './indicator-form';
import { FEN_PER_WAN, formatNumber } from '../../progress/utils/format';

export type PlanSection = { category: IndicatorCategory; items: PlanIndicatorDto[] };

/** Indicators by category, in the declared category order; inside a category, the plan's order. */
export function sectionsOf(items: readonly PlanIndicatorDto[]): PlanSection[] {
  const order = Object.keys(INDICATOR_CATEGORIES) as IndicatorCategory[];
  return order
    .map((category) => ({
      category,
      items: items.filter((i) => i.category === category).sort((a, b) => a.sort - b.sort),
    }))
    .filter((s) => s.items.length > 0);
}

// a target shows like the figure it is compared with (the shared screen formats); shown money is already in 万元
const fmt = (v: number, format: PlanIndicatorDto['format']) =>
  formatNumber(format === 'money' ? v * FEN_PER_WAN : v, format, 'zh');

/** A target value with its unit as a person reads it: `5,000 万元`, `30%`, `3 人`. */
export function targetValueText(v: number | null, ind: Pick<PlanIndicatorDto, 'format' | 'unit'>, lang: Lang): string {
  const shown = shownTarget(v, ind.format);
  if (shown === null) return '—';
  if (ind.format === 'percent' || ind.unit.zh === '%') return `${fmt(shown, 'percent')}%`;
  const unit = ind.format === 'money' ? WAN_UNIT[lang] : ind.unit[lang];
  return `${fmt(shown, ind.format)} ${unit}`;
}

const KIND_PREFIX = {
  min: { zh: '≥ ', en: '≥ ' },
  total: { zh: '', en: '' },
  stretch: { zh: '力争 ', en: 'stretch ' },
  ratio_min: { zh: '≥ ', en: '≥ ' },
} as const;

/**
 * The target in words: `≥ 3 人/县`, `力争 3,000 万元`, `≥ 30%`, `定性：每县 1 项`, `环县 2 场；庆城县 1 场`, or `监测` without one.
 * `countyName` names a county code.
 */
export function targetText(
  ind: Pick<PlanIndicatorDto, 'target' | 'format' | 'unit'>,
  lang: Lang,
  countyName: (code: string) => string,
): string {
  const t = ind.target;
  if (t.kind === 'none') return lang === 'zh' ? '监测（不设目标）' : 'Monitoring (no target)';
  if (t.kind === 'qualitative')
    return lang === 'zh' ? `定性：每县 ${t.perCounty ?? 1} 项` : `Qualitative: ${t.perCounty ?? 1} per county`;
  const prefix = KIND_PREFIX[t.kind][lang];
  const parts: string[] = [];
  if (t.overall !== null) parts.push(`${prefix}${targetValueText(t.overall, ind, lang)}`);
  if (t.perCounty !== null)
    parts.push(`${prefix}${targetValueText(t.perCounty, ind, lang)}${lang === 'zh' ? '/县' : ' per county'}`);
  const counties = Object.entries(t.counties);
  if (counties.length)
    parts.push(
      counties
        .map(([c, v]) => `${countyName(c)} ${prefix}${targetValueText(v, ind, lang)}`)
        .join(lang === 'zh' ? '；' : '; '),
    );
  return parts.length ? parts.join(lang === 'zh' ? '；' : '; ') : '—';
}

/** Pacing in words: the linear default, or the monthly milestones at the end of each quarter. */
export function pacingText(p: PlanIndicatorDto['pacing'], lang: Lang): string {
  if (!p || p.kind === 'linear') return lang === 'zh' ? '按时间均匀' : 'Linear';
  const q = [2, 5, 8, 11].map((m) => `${Math.round(p.cumulative[m]! * 100)}%`).join(' / ');
  return lang === 'zh' ? `按月节点（各季末 ${q}）` : `Monthly (quarter ends ${q})`;
}

/** The year a page opens on: the one asked for if it has a plan, else the latest published, else the latest. */
export function defaultYear(plans: PlanListDto['items'], asked: number | null): number | null {
  if (asked !== null && plans.some((p) => p.year === asked)) return asked;
  const published = plans.filter((p) => p.status === 'published').map((p) => p.year);
  const all = plans.map((p) => p.year);
  if (published.length) return Math.max(...published);
  return all.length ? Math.max(...all) : null;
}

/** The first year after `year` without a plan: where a copy goes by default. */
export function nextFreeYear(plans: PlanListDto['items'], year: number): number {
  let y = year + 1;
  while (plans.some((p) => p.year === y)) y++;
  return y;
}
