import { describe, expect, it } from 'vitest';
import { item } from './fixtures.test-data';
import { buildCompositionOption, compositionKind, hasComposition } from './composition-chart.option';
import { buildFundsGaugeOption } from './funds-gauge.option';
import {
  buildPacingOption,
  escapeHtml,
  pacingRowAt,
  pacingTooltip,
  PACING_CAP,
  type PacingRow,
} from './pacing-chart.option';
import { STATUS_HEX } from './progress-view';
import { buildTrendOption, trendPoints } from './trend-chart.option';

type Series = {
  type: string;
  name?: string;
  data: unknown[];
  lineStyle?: { type?: string };
  axisLine?: { lineStyle: { color: [number, string][] } };
};
const seriesOf = (o: unknown) => (o as { series: Series[] }).series;
const rows: PacingRow[] = [
  { code: 'a.one', name: '第一', completion: 66.7, expected: 74.7, status: 'behind', statusLabel: '进度滞后' },
  { code: 'b.two', name: '第二<script>', completion: 240, expected: 100, status: 'achieved', statusLabel: '已完成' },
  { code: 'c.three', name: '第三', completion: null, expected: null, status: 'no_target', statusLabel: '监测' },
];

describe('pacing chart', () => {
  it('draws one bar per indicator top-down in status colours, capped, with the expected mark beside', () => {
    const o = buildPacingOption({ rows, text: { completion: '完成', expected: '应完成' } }) as {
      yAxis: { data: string[] };
    };
    expect(o.yAxis.data).toEqual(['第三', '第二<script>', '第一']);
    const [bars, marks] = seriesOf(o);
    expect(bars!.data).toEqual([
      { value: 0, itemStyle: { color: STATUS_HEX.no_target } },
      { value: PACING_CAP, itemStyle: { color: STATUS_HEX.achieved } },
      { value: 66.7, itemStyle: { color: STATUS_HEX.behind } },
    ]);
    expect(marks!.data).toEqual([null, 100, 74.7]);
  });

  it('maps a clicked bar back to its indicator and escapes names in the tooltip', () => {
    expect(pacingRowAt(rows, 0)?.code).toBe('c.three');
    expect(pacingRowAt(rows, 2)?.code).toBe('a.one');
    const tip = pacingTooltip(rows[1], { completion: '完成', expected: '应完成' });
    expect(tip).toContain('第二&lt;script&gt;');
    expect(tip).toContain('完成：240%');
    expect(escapeHtml(`"'&`)).toBe('&quot;&#39;&amp;');
  });
});

describe('trend chart', () => {
  const answers = [
    { asOf: '2019-01-31', items: [item({ value: 0, claimed: 0, expected: 0.25 })] },
    undefined,
    { asOf: '2019-09-30', items: [item({ value: 2, claimed: 1, expected: 2.24 })] },
  ];
  const text = { actual: '已确认', withClaimed: '含待确认', expected: '按进度应完成', target: '目标', unit: '次' };

  it('takes the selected indicator out of each month-end answer, skipping those not yet loaded', () => {
    expect(trendPoints('talent.medical_missions', answers)).toEqual([
      { asOf: '2019-01-31', value: 0, claimed: 0, expected: 0.25, target: 3 },
      { asOf: '2019-09-30', value: 2, claimed: 1, expected: 2.24, target: 3 },
    ]);
    expect(trendPoints('other.code', answers)).toEqual([]);
  });

  it('draws actual, actual with claimed, expected and target lines on a month axis', () => {
    const o = buildTrendOption({ points: trendPoints('talent.medical_missions', answers), format: 'count', text }) as {
      xAxis: { data: string[] };
    };
    expect(o.xAxis.data).toEqual(['01-31', '09-30']);
    expect(seriesOf(o).map((s) => [s.name, s.data])).toEqual([
      ['已确认', [0, 2]],
      ['含待确认', [0, 3]],
      ['按进度应完成', [0.25, 2.24]],
      ['目标', [3, 3]],
    ]);
  });

  it('shows money in 万元 and leaves out the claimed line when nothing is pending', () => {
    const o = buildTrendOption({
      points: [{ asOf: '2019-09-30', value: 1_200_000_000, claimed: 0, expected: null, target: 3_000_000_000 }],
      format: 'money',
      text,
    });
    expect(seriesOf(o).map((s) => [s.name, s.data])).toEqual([
      ['已确认', [1200]],
      ['目标', [3000]],
    ]);
  });
});

describe('composition chart', () => {
  const text = { value: '完成值', target: '目标', unit: '次' };

  it('shows the county shares of an amount as a pie', () => {
    expect(compositionKind(item())).toBe('pie');
    const [pie] = seriesOf(buildCompositionOption({ item: item(), text }));
    expect(pie!.type).toBe('pie');
    expect(pie!.data).toEqual([
      { name: '环县', value: 1 },
      { name: '庆城县', value: 1 },
      { name: '夏河县', value: 0 },
    ]);
  });

  it('shows a ratio (or a single county) as bars against each county’s target', () => {
    const ratio = item({
      format: 'percent',
      counties: item().counties.map((c) => ({ ...c, value: 40, target: 50, status: 'at_risk' as const })),
    });
    expect(compositionKind(ratio)).toBe('bar');
    const [bars, target] = seriesOf(buildCompositionOption({ item: ratio, text }));
    expect(bars!.data[0]).toEqual({ value: 40, itemStyle: { color: STATUS_HEX.at_risk } });
    expect(target!.data).toEqual([50, 50, 50]);
    expect(hasComposition(item({ counties: item().counties.map((c) => ({ ...c, value: 0 })) }))).toBe(false);
  });
});

describe('funds gauge', () => {
  it('splits the arc at the required share: red below, green above', () => {
    const [g] = seriesOf(buildFundsGaugeOption({ value: 55, target: 50, name: '产业项目占比' }));
    expect(g!.axisLine!.lineStyle.color).toEqual([
      [0.5, STATUS_HEX.at_risk],
      [1, STATUS_HEX.achieved],
    ]);
    expect(g!.data).toEqual([{ value: 55, name: '产业项目占比' }]);
  });
});
