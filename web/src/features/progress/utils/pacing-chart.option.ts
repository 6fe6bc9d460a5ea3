import type { IndicatorStatus } from '@xiezuo/domain';
import type { ChartOption } from '../../../components/e-chart';
import { paletteOf } from './chart-theme';
import { STATUS_HEX } from './progress-view';

/** One indicator on the pacing chart: completion and expected-by-today, both as % of the target. */
export type PacingRow = {
  code: string;
  name: string;
  completion: number | null;
  expected: number | null;
  status: IndicatorStatus;
  statusLabel: string;
};
export type PacingText = { completion: string; expected: string };
export type PacingInput = { rows: readonly PacingRow[]; text: PacingText; dark?: boolean; compact?: boolean };

/** Bars stop here so one indicator far over target does not squash the rest. */
export const PACING_CAP = 150;

/** The row a click landed on: a category axis draws the first entry at the bottom, so the list is reversed. */
export function pacingRowAt(rows: readonly PacingRow[], dataIndex: number): PacingRow | undefined {
  return rows[rows.length - 1 - dataIndex];
}

/** Tooltip of one row: name, completion, expected, status. */
export function pacingTooltip(row: PacingRow | undefined, text: PacingText): string {
  if (!row) return '';
  const pct = (v: number | null) => (v === null ? '—' : `${v}%`);
  return `<b>${escapeHtml(row.name)}</b><br/>${text.completion}：${pct(row.completion)}<br/>${text.expected}：${pct(row.expected)}<br/>${escapeHtml(row.statusLabel)}`;
}

/** Completion against pacing: one bar per indicator (status colour) and a mark where it should be by today. */
export function buildPacingOption({ rows, text, dark = false, compact = false }: PacingInput): ChartOption {
  const c = paletteOf(dark);
  const list = [...rows].reverse();
  // the big screen is read from across a room
  const fontSize = dark ? 15 : 12;
  return {
    backgroundColor: c.background,
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      confine: true,
      formatter: (p: unknown) => pacingTooltip(pacingRowAt(rows, firstIndex(p)), text),
    },
    legend: { top: 0, textStyle: { color: c.text, fontSize }, data: [text.completion, text.expected] },
    grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
    xAxis: {
      type: 'value',
      min: 0,
      max: PACING_CAP,
      interval: 25,
      axisLabel: { color: c.muted, fontSize, formatter: '{value}%' },
      splitLine: { lineStyle: { color: c.grid } },
    },
    yAxis: {
      type: 'category',
      data: list.map((r) => r.name),
      axisLabel: {
        color: c.text,
        fontSize,
        width: compact ? 110 : dark ? 260 : 220,
        overflow: 'truncate',
        interval: 0,
      },
    },
    series: [
      {
        type: 'bar',
        name: text.completion,
        barMaxWidth: dark ? 24 : 18,
        itemStyle: { color: STATUS_HEX.on_track },
        data: list.map((r) => ({
          value: r.completion === null ? 0 : Math.min(r.completion, PACING_CAP),
          itemStyle: { color: STATUS_HEX[r.status] },
        })),
      },
      {
        type: 'line',
        name: text.expected,
        symbol: 'rect',
        symbolSize: [3, 20],
        itemStyle: { color: c.marker },
        lineStyle: { width: 0, opacity: 0 },
        z: 5,
        data: list.map((r) => (r.expected === null ? null : Math.min(r.expected, PACING_CAP))),
      },
    ],
  };
}

function firstIndex(p: unknown): number {
  const first = Array.isArray(p) ? (p[0] as unknown) : p;
  const i = (first as { dataIndex?: unknown } | null)?.dataIndex;
  return typeof i === 'number' ? i : -1;
}

/** Indicator names are data, and a tooltip is HTML. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}
