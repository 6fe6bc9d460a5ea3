import type { IndicatorProgressDto, ProgressCell, WarningDto, WarningSettings } from '@xiezuo/domain';
import { indicatorBehindText, ratioText, roundFor } from './warnings.messages';

type Named = { id: string; name: string };
/** A warning as the rules find it, before the caller's abilities and the order issued on it are added. */
export type FoundWarning = Omit<WarningDto, 'order' | 'abilities'>;
export type IndicatorContext = {
  year: number;
  settings: WarningSettings;
  /** Responsible units of each indicator, resolved from codes. */
  unitsOf: (code: string) => Named[];
  /** Counties in view; null = the district as a whole plus every county. */
  counties: string[] | null;
};

type Verdict = {
  kind: 'indicator_behind' | 'ratio_at_risk';
  severity: 'warning' | 'critical';
  expected: number;
  shortfall: number;
};

/**
 * Judges one cell against the tenant's thresholds: a ratio by its distance from the target, a count or amount by how far
 * it lags the expected-by-date value as a share of the target. Stretch targets (力争) never become critical.
 */
export function judgeCell(
  item: Pick<IndicatorProgressDto, 'targetKind' | 'format'>,
  cell: ProgressCell,
  s: WarningSettings,
): Verdict | null {
  if (cell.target === null || cell.status === 'no_target' || cell.value >= cell.target) return null;
  if (item.targetKind === 'ratio_min') {
    const shortfall = roundFor('percent', cell.target - cell.value);
    return {
      kind: 'ratio_at_risk',
      severity: shortfall <= s.ratioTolerance ? 'warning' : 'critical',
      expected: cell.target,
      shortfall,
    };
  }
  const exact = cell.expected ?? cell.target;
  if (cell.value >= exact) return null;
  const lag = (exact - cell.value) / cell.target;
  const severity = lag <= s.behindThreshold || item.targetKind === 'stretch' ? 'warning' : 'critical';
  // whole items: being on pace at 962.6 persons means having placed 963
  const expected = item.format === 'count' ? Math.ceil(exact - 1e-9) : exact;
  return { kind: 'indicator_behind', severity, expected, shortfall: roundFor(item.format, expected - cell.value) };
}

function warningOf(
  item: IndicatorProgressDto,
  cell: ProgressCell,
  county: { code: string; name: string } | null,
  ctx: IndicatorContext,
): FoundWarning | null {
  const v = judgeCell(item, cell, ctx.settings);
  if (!v) return null;
  const units = ctx.unitsOf(item.code);
  const facts = {
    item,
    value: cell.value,
    expected: v.expected,
    target: cell.target!,
    shortfall: v.shortfall,
    county: county ? { name: county.name } : null,
    units,
  };
  const text = v.kind === 'ratio_at_risk' ? ratioText(facts) : indicatorBehindText(facts);
  const where = county ? `&county=${county.code}` : '';
  return {
    id: `${v.kind}:${ctx.year}:${item.code}${county ? `:${county.code}` : ''}`,
    kind: v.kind,
    severity: v.severity,
    ...text,
    indicatorCode: item.code,
    ...(county ? { countyCode: county.code } : {}),
    responsibleUnits: units,
    gap: { value: cell.value, expected: v.expected, target: cell.target!, format: item.format, shortfall: v.shortfall },
    link: `/dashboard?year=${ctx.year}&drill=${item.code}${where}`,
  };
}

/** Warnings for indicators behind pace or ratios below target: the district figure and each county with its own target. */
export function indicatorWarnings(items: IndicatorProgressDto[], ctx: IndicatorContext): FoundWarning[] {
  const out: FoundWarning[] = [];
  for (const item of items) {
    if (ctx.counties === null) {
      const w = warningOf(item, item, null, ctx);
      if (w) out.push(w);
    }
    for (const c of item.counties) {
      if (ctx.counties !== null && !ctx.counties.includes(c.countyCode)) continue;
      const w = warningOf(item, c, { code: c.countyCode, name: c.countyName }, ctx);
      if (w) out.push(w);
    }
  }
  return out;
}
