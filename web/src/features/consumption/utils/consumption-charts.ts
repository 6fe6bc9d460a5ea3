import type { ChartOption } from '../../../components/e-chart';

export type ChartSlice = { label: string; fen: number };

/** Fen as 万元 with two decimals: the unit every consumption chart is drawn in. */
export const fenToWan = (fen: number) => Math.round(fen / 10_000) / 100;

/** Counted amounts as vertical bars (months, channels, counties): one bar per slice in 万元, labelled on top. */
export function buildSlicesBarOption(slices: ChartSlice[], seriesName: string): ChartOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true },
    grid: { left: 8, right: 8, top: 24, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: slices.map((s) => s.label), axisLabel: { interval: 0, hideOverlap: true } },
    yAxis: { type: 'value' },
    series: [
      {
        type: 'bar',
        name: seriesName,
        barMaxWidth: 36,
        label: { show: true, position: 'top' },
        data: slices.map((s) => fenToWan(s.fen)),
      },
    ],
  };
}

/** Counted, awaiting and not-counted amounts as one pie in 万元 (empty parts left out). */
export function buildCountedPieOption(parts: ChartSlice[]): ChartOption {
  return {
    tooltip: { trigger: 'item', confine: true },
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['40%', '70%'],
        data: parts.filter((p) => p.fen > 0).map((p) => ({ name: p.label, value: fenToWan(p.fen) })),
      },
    ],
  };
}
