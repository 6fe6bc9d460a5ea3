import type { IndicatorProgressDto, ValueFormat } from '@xiezuo/domain';
import type { ChartOption } from '../../../components/e-chart';
import { paletteOf, round2 } from './chart-theme';
import { displayNumber } from './format';
import { STATUS_HEX } from './progress-view';

export type CompositionText = { value: string; target: string; unit: string };
export type CompositionInput = {
  item: Pick<IndicatorProgressDto, 'counties' | 'format'>;
  text: CompositionText;
  dark?: boolean;
};

/** Pie of county shares for amounts and counts across counties; bars against target for ratios or a single county. */
export function compositionKind(item: Pick<IndicatorProgressDto, 'counties' | 'format'>): 'pie' | 'bar' {
  return item.format === 'percent' || item.counties.length < 2 ? 'bar' : 'pie';
}

/** Whether there is anything to draw (a pie of zeros is an empty circle). */
export function hasComposition(item: Pick<IndicatorProgressDto, 'counties' | 'format'>): boolean {
  return compositionKind(item) === 'bar' ? item.counties.length > 0 : item.counties.some((c) => c.value > 0);
}

/** The selected indicator by county: who contributes what (pie), or each county against its own target (bar). */
export function buildCompositionOption({ item, text, dark = false }: CompositionInput): ChartOption {
  const c = paletteOf(dark);
  const show = (v: number | null, f: ValueFormat) => (v === null ? null : round2(displayNumber(v, f)));
  if (compositionKind(item) === 'pie') {
    return {
      backgroundColor: c.background,
      tooltip: { trigger: 'item', confine: true, formatter: `{b}：{c} ${text.unit}（{d}%）` },
      legend: { bottom: 0, textStyle: { color: c.text } },
      series: [
        {
          type: 'pie',
          name: text.value,
          radius: ['38%', '68%'],
          center: ['50%', '45%'],
          label: { color: c.text, formatter: '{b}\n{d}%' },
          data: item.counties.map((x) => ({ name: x.countyName, value: show(x.value, item.format) ?? 0 })),
        },
      ],
    };
  }
  return {
    backgroundColor: c.background,
    tooltip: {
      trigger: 'axis',
      confine: true,
      valueFormatter: (v: unknown) => (typeof v === 'number' ? `${v} ${text.unit}` : '—'),
    },
    legend: { top: 0, textStyle: { color: c.text }, data: [text.value, text.target] },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: item.counties.map((x) => x.countyName), axisLabel: { color: c.text } },
    yAxis: { type: 'value', min: 0, axisLabel: { color: c.muted }, splitLine: { lineStyle: { color: c.grid } } },
    series: [
      {
        type: 'bar',
        name: text.value,
        barMaxWidth: 40,
        data: item.counties.map((x) => ({
          value: show(x.value, item.format) ?? 0,
          itemStyle: { color: STATUS_HEX[x.status] },
        })),
      },
      {
        type: 'line',
        name: text.target,
        symbol: 'rect',
        symbolSize: [36, 3],
        lineStyle: { width: 0, opacity: 0 },
        itemStyle: { color: c.target },
        data: item.counties.map((x) => show(x.target, item.format)),
      },
    ],
  };
}
