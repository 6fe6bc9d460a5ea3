import type { IndicatorProgressDto, ValueFormat } from '@xiezuo/domain';
import type { ChartOption } from '../../../components/e-chart';
import { paletteOf, round2 } from './chart-theme';
import { displayNumber } from './format';
import { STATUS_HEX } from './progress-view';

/** The selected indicator as of one month end. */
export type TrendPoint = {
  asOf: string;
  value: number;
  claimed: number;
  expected: number | null;
  target: number | null;
};
export type TrendText = { actual: string; withClaimed: string; expected: string; target: string; unit: string };
export type TrendInput = { points: readonly TrendPoint[]; format: ValueFormat; text: TrendText; dark?: boolean };

/** The indicator's cells out of a series of progress answers (one per month end); missing answers are skipped. */
export function trendPoints(
  code: string,
  answers: readonly ({ asOf: string; items: readonly IndicatorProgressDto[] } | undefined)[],
): TrendPoint[] {
  const out: TrendPoint[] = [];
  for (const a of answers) {
    const item = a?.items.find((i) => i.code === code);
    if (a && item)
      out.push({
        asOf: a.asOf,
        value: item.value,
        claimed: item.claimed,
        expected: item.expected,
        target: item.target,
      });
  }
  return out;
}

/** Label of a point on the month axis: `09-30`. */
export const pointLabel = (asOf: string) => asOf.slice(5);

/**
 * Monthly cumulative value against the target line and the expected-by-date line; for counts and sums a dashed
 * line adds the claimed (unconfirmed) amount, for ratios it shows the ratio with pending records included.
 */
export function buildTrendOption({ points, format, text, dark = false }: TrendInput): ChartOption {
  const c = paletteOf(dark);
  const show = (v: number | null) => (v === null ? null : round2(displayNumber(v, format)));
  const withClaimed = points.map((p) => show(format === 'percent' ? p.claimed : p.value + p.claimed));
  const hasClaimed = points.some((p) => (format === 'percent' ? p.claimed !== p.value : p.claimed > 0));
  const hasTarget = points.some((p) => p.target !== null);
  const series: NonNullable<ChartOption['series']> = [
    {
      type: 'line',
      name: text.actual,
      data: points.map((p) => show(p.value)),
      symbolSize: 7,
      itemStyle: { color: STATUS_HEX.on_track },
      areaStyle: { opacity: 0.12 },
      z: 4,
    },
  ];
  if (hasClaimed)
    series.push({
      type: 'line',
      name: text.withClaimed,
      data: withClaimed,
      symbol: 'none',
      lineStyle: { type: 'dotted', width: 2 },
      itemStyle: { color: STATUS_HEX.behind },
    });
  if (format !== 'percent' && points.some((p) => p.expected !== null)) {
    series.push({
      type: 'line',
      name: text.expected,
      data: points.map((p) => show(p.expected)),
      symbol: 'none',
      lineStyle: { type: 'dashed', width: 1.5 },
      itemStyle: { color: c.muted },
    });
  }
  if (hasTarget)
    series.push({
      type: 'line',
      name: text.target,
      data: points.map((p) => show(p.target)),
      symbol: 'none',
      step: 'end',
      lineStyle: { width: 2 },
      itemStyle: { color: c.target },
    });
  return {
    backgroundColor: c.background,
    tooltip: {
      trigger: 'axis',
      confine: true,
      valueFormatter: (v: unknown) => (typeof v === 'number' ? `${v} ${text.unit}` : '—'),
    },
    legend: { top: 0, textStyle: { color: c.text } },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      boundaryGap: false,
      data: points.map((p) => pointLabel(p.asOf)),
      axisLabel: { color: c.muted },
    },
    yAxis: {
      type: 'value',
      name: text.unit,
      nameTextStyle: { color: c.muted },
      axisLabel: { color: c.muted },
      splitLine: { lineStyle: { color: c.grid } },
      min: 0,
    },
    series,
  };
}
