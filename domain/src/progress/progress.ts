import type { IndicatorTarget, Pacing, TargetKind } from '../plans/rules';

export const INDICATOR_STATUSES = ['achieved', 'on_track', 'behind', 'at_risk', 'no_target'] as const;
export type IndicatorStatus = (typeof INDICATOR_STATUSES)[number];

export const INDICATOR_STATUS_LABELS: Record<IndicatorStatus, { zh: string; en: string }> = {
  achieved: { zh: '已完成', en: 'Achieved' },
  on_track: { zh: '进度正常', en: 'On track' },
  behind: { zh: '进度滞后', en: 'Behind' },
  at_risk: { zh: '存在风险', en: 'At risk' },
  no_target: { zh: '监测', en: 'Monitoring' },
};

/** Share of the year elapsed at the end of `asOf` (linear), or the monthly milestone reached. */
export function expectedShare(pacing: Pacing, year: number, asOf: string): number {
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  const t = Date.parse(`${asOf}T00:00:00Z`) + 86_400_000;
  if (t <= start) return 0;
  if (t >= end) return 1;
  if (pacing.kind === 'monthly') {
    const month = new Date(t - 1).getUTCMonth();
    return pacing.cumulative[month] ?? 1;
  }
  return (t - start) / (end - start);
}

/** The overall target: explicit, or the per-county figure times the counties in view, or the county figures summed. */
export function overallTarget(t: IndicatorTarget, counties: string[]): number | null {
  if (t.kind === 'none' || t.kind === 'qualitative')
    return t.kind === 'qualitative' ? counties.length * (t.perCounty ?? 1) : null;
  if (t.overall !== null && counties.length > 1) return t.overall;
  if (t.perCounty !== null) return t.perCounty * counties.length;
  const explicit = counties.map((c) => t.counties[c]).filter((v): v is number => v !== undefined);
  if (explicit.length) return explicit.reduce((a, b) => a + b, 0);
  return t.overall;
}

/** Whether a target is set for the district only, with no per-county figure or share (a county cannot be judged on it). */
export function isDistrictOnly(t: IndicatorTarget): boolean {
  if (t.kind === 'none' || t.kind === 'qualitative' || t.kind === 'ratio_min') return false;
  return t.perCounty === null && Object.keys(t.counties).length === 0 && t.overall !== null;
}

/** A county's own target, where the catalog sets one. */
export function countyTarget(t: IndicatorTarget, county: string): number | null {
  if (t.kind === 'none') return null;
  if (t.kind === 'qualitative') return t.perCounty ?? 1;
  // a portfolio ratio holds for each county's money as well as for the whole
  if (t.kind === 'ratio_min') return t.counties[county] ?? t.perCounty ?? t.overall;
  return t.counties[county] ?? t.perCounty ?? null;
}

/** Tolerances: a count behind pace by up to 15 % of target is "behind", beyond that "at risk"; ratios within 5 points. */
export const BEHIND_TOLERANCE = 0.15;
export const RATIO_TOLERANCE = 5;

/**
 * Status of a value against its target on a date. Ratio targets are judged on the ratio itself (no pacing);
 * amounts and counts against the expected-by-date share of the target.
 */
export function statusOf(
  kind: TargetKind,
  target: number | null,
  value: number,
  expected: number | null,
  tolerance = BEHIND_TOLERANCE,
): IndicatorStatus {
  if (target === null || kind === 'none') return 'no_target';
  if (value >= target) return 'achieved';
  if (kind === 'ratio_min') return target - value <= RATIO_TOLERANCE ? 'behind' : 'at_risk';
  const exp = expected ?? target;
  if (value >= exp) return 'on_track';
  return (exp - value) / target <= tolerance ? 'behind' : 'at_risk';
}

/** Completion as a percentage with one decimal, or null without a target. */
export function completion(value: number, target: number | null): number | null {
  if (!target) return null;
  return Math.round((value / target) * 1000) / 10;
}
