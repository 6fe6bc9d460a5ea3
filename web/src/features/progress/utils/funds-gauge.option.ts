import type { ChartOption } from '../../../components/e-chart';
import { paletteOf } from './chart-theme';
import { STATUS_HEX } from './progress-view';

export type GaugeInput = { value: number; target: number | null; name: string; dark?: boolean };

/**
 * A money rule as a gauge from 0 to 100 %: the arc is red below the required share and green above it, so the
 * needle shows at a glance which side of the rule the portfolio is on.
 */
export function buildFundsGaugeOption({ value, target, name, dark = false }: GaugeInput): ChartOption {
  const c = paletteOf(dark);
  const split = target === null ? 0 : Math.max(0, Math.min(1, target / 100));
  const arc: [number, string][] =
    split > 0
      ? [
          [split, STATUS_HEX.at_risk],
          [1, STATUS_HEX.achieved],
        ]
      : [[1, STATUS_HEX.no_target]];
  return {
    backgroundColor: c.background,
    series: [
      {
        type: 'gauge',
        name,
        min: 0,
        max: 100,
        radius: '92%',
        center: ['50%', '58%'],
        startAngle: 200,
        endAngle: -20,
        splitNumber: 10,
        axisLine: { lineStyle: { width: 16, color: arc } },
        pointer: { width: 5, itemStyle: { color: c.marker } },
        axisTick: { distance: -16, length: 6, lineStyle: { color: '#fff', width: 1 } },
        splitLine: { distance: -16, length: 16, lineStyle: { color: '#fff', width: 2 } },
        axisLabel: {
          distance: 22,
          color: c.muted,
          fontSize: 11,
          formatter: (v: number) => (v % 20 === 0 ? `${v}` : ''),
        },
        title: { offsetCenter: [0, '62%'], color: c.muted, fontSize: 13 },
        detail: {
          valueAnimation: false,
          offsetCenter: [0, '30%'],
          fontSize: 26,
          fontWeight: 'bold',
          color: c.text,
          formatter: '{value}%',
        },
        data: [{ value: Math.round(value * 10) / 10, name }],
      },
    ],
  };
}
