import {
  INDICATOR_CATEGORIES,
  type BaseRule,
  type IndicatorCategory,
  type IndicatorDto,
  type IndicatorProgressDto,
  type IndicatorStatus,
  type ProgressCell,
  type ValueFormat,
} from '@xiezuo/domain';

/** antd Tag colour of each status (global.css darkens these presets to 4.5:1 text contrast). */
export const STATUS_TAG_COLOR: Record<IndicatorStatus, string> = {
  achieved: 'green',
  on_track: 'blue',
  behind: 'gold',
  at_risk: 'red',
  no_target: 'default',
};

/** Fill colour of bars and chart marks per status; the same hues on light and dark backgrounds. */
export const STATUS_HEX: Record<IndicatorStatus, string> = {
  achieved: '#389e0d',
  on_track: '#1677ff',
  behind: '#d48806',
  at_risk: '#cf1322',
  no_target: '#8c8c8c',
};

/** Status text on the big screen's dark background (each above 4.5:1 on #0b1a2e). */
export const STATUS_ON_DARK: Record<IndicatorStatus, string> = {
  achieved: '#95de64',
  on_track: '#91caff',
  behind: '#ffd666',
  at_risk: '#ff9c9c',
  no_target: '#d9d9d9',
};

/** Worst first: the order a leader reads statuses in. */
export const STATUS_ORDER: readonly IndicatorStatus[] = ['at_risk', 'behind', 'on_track', 'achieved', 'no_target'];

export type CategorySection = { category: IndicatorCategory; items: IndicatorProgressDto[] };

/** Indicators grouped by category in the declared category order; empty categories left out, plan order kept inside. */
export function groupByCategory(items: readonly IndicatorProgressDto[]): CategorySection[] {
  return (Object.keys(INDICATOR_CATEGORIES) as IndicatorCategory[])
    .map((category) => ({ category, items: items.filter((i) => i.category === category) }))
    .filter((s) => s.items.length > 0);
}

/** How many indicators are in each status. */
export function statusCounts(items: readonly Pick<ProgressCell, 'status'>[]): Record<IndicatorStatus, number> {
  const counts: Record<IndicatorStatus, number> = { achieved: 0, on_track: 0, behind: 0, at_risk: 0, no_target: 0 };
  for (const i of items) counts[i.status] += 1;
  return counts;
}

/** Width of the completion bar, 0–100 (a surplus fills the bar). */
export function barPercent(cell: Pick<ProgressCell, 'completion'>): number {
  return cell.completion === null ? 0 : Math.max(0, Math.min(100, cell.completion));
}

/** Where the expected-by-today marker sits on the bar, 0–100, or null without a target. */
export function markerPercent(cell: Pick<ProgressCell, 'expected' | 'target'>): number | null {
  if (cell.expected === null || !cell.target) return null;
  return Math.max(0, Math.min(100, Math.round((cell.expected / cell.target) * 1000) / 10));
}

/**
 * Whether unconfirmed (submitted) records would change the figure. For counts and sums `claimed` is the pending
 * amount; for ratios it is the ratio with pending records included, so it matters when it differs.
 */
export function hasClaimed(cell: Pick<ProgressCell, 'value' | 'claimed'>, format: ValueFormat): boolean {
  return format === 'percent' ? cell.claimed !== cell.value : cell.claimed > 0;
}

/** The format of a ratio's numerator or denominator: money when it sums amounts, else a count. */
export function partFormat(rule: BaseRule | undefined): ValueFormat {
  return rule?.agg === 'sum' && rule.measure === 'amountFen'
    ? 'money'
    : rule?.agg === 'sum' && rule.measure === 'areaMu'
      ? 'area'
      : 'count';
}

/** The numerator and denominator rules of a ratio indicator, else nothing. */
export function ratioParts(decl: IndicatorDto | undefined): { numerator: BaseRule; denominator: BaseRule } | null {
  return decl?.rule.agg === 'ratio' ? { numerator: decl.rule.numerator, denominator: decl.rule.denominator } : null;
}

/** The money-portfolio rules (shares of paid funds, e.g. ≥ 50 % to industry): ratios whose parts sum amounts. */
export function moneyRatioCodes(indicators: readonly IndicatorDto[]): string[] {
  return indicators
    .filter(
      (d) =>
        d.rule.agg === 'ratio' &&
        partFormat(d.rule.numerator) === 'money' &&
        partFormat(d.rule.denominator) === 'money',
    )
    .map((d) => d.code);
}

/**
 * A unit's view: the indicators it is responsible for, plus any its records already count toward (the engine
 * evaluates every indicator over the unit's records, most of which are simply not the unit's business).
 */
export function unitIndicators(
  items: readonly IndicatorProgressDto[],
  plan: readonly Pick<IndicatorDto, 'code' | 'responsibleUnits'>[],
  unitCode: string,
): IndicatorProgressDto[] {
  const mine = new Set(plan.filter((d) => d.responsibleUnits.includes(unitCode)).map((d) => d.code));
  return items.filter((i) => mine.has(i.code) || i.value > 0 || i.claimed > 0);
}

/** The indicator to chart when none is chosen: the first at risk, else the first behind, else the first. */
export function defaultIndicator(items: readonly IndicatorProgressDto[]): string | null {
  for (const s of ['at_risk', 'behind'] as const) {
    const hit = items.find((i) => i.status === s);
    if (hit) return hit.code;
  }
  return items[0]?.code ?? null;
}
