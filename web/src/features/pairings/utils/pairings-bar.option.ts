import type { PairingKind } from '@xiezuo/domain';
import type { ChartOption } from '../../../components/e-chart';
import { countyColor, type StatsPivot } from './pairing-stats';

export type BarInput = { pivot: StatsPivot; kindLabel: (k: PairingKind) => string; compact: boolean };

/**
 * Pairings by kind (one row per kind that occurs, in the declared order from the top) and county (stacked, one
 * colour per county, the same colours as the map).
 */
export function buildPairingsBarOption({ pivot, kindLabel, compact }: BarInput): ChartOption {
  // a category axis draws its first entry at the bottom; reversed, the list reads top-down
  const kinds = [...pivot.kinds].reverse();
  const widest = Math.max(0, ...kinds.map((k) => pivot.byKind[k] ?? 0));
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true },
    legend: { top: 0, data: pivot.counties.map((c) => c.name) },
    grid: { left: 8, right: 24, top: 36, bottom: 8 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      data: kinds.map(kindLabel),
      axisLabel: { width: compact ? 96 : 200, overflow: 'truncate', interval: 0 },
    },
    series: pivot.counties.map((c, i) => ({
      type: 'bar',
      name: c.name,
      stack: 'total',
      barMaxWidth: 28,
      itemStyle: { color: countyColor(i) },
      label: { show: true, position: 'inside', color: '#fff', formatter: (p: unknown) => labelOf(p, widest) },
      data: kinds.map((k) => c.byKind[k] ?? 0),
    })),
  };
}

/** Bar label: the count, left out where the segment is too short to hold it (under 1/12 of the longest bar). */
export function labelOf(params: unknown, widest: number): string {
  const v = (params as { value?: unknown } | null)?.value;
  return typeof v === 'number' && v > 0 && v * 12 >= widest ? String(v) : '';
}
