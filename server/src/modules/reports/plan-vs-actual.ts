import ExcelJS from 'exceljs';
import {
  INDICATOR_CATEGORIES,
  INDICATOR_STATUS_LABELS,
  type IndicatorProgressDto,
  type ProgressCell,
  type TargetKind,
} from '@xiezuo/domain';
import { exportCellValue, styleHeader } from '../../lib/xlsx/xlsx-text';
import { displayValue, officialNumber, plainNumber } from './number-format';
import type { ReportData } from './report-data';
import type { Block, TableBlock } from './report-doc';

export const TARGET_KIND_LABELS: Record<TargetKind, string> = {
  min: '不少于',
  total: '总量',
  stretch: '力争',
  ratio_min: '比例不低于',
  qualitative: '定性任务',
  none: '监测',
};

const unitOf = (i: IndicatorProgressDto) => i.unit.zh;
const status = (c: ProgressCell) => INDICATOR_STATUS_LABELS[c.status].zh;
const text = (v: number | null, i: IndicatorProgressDto) => (v === null ? '—' : officialNumber(v, i.format));
const pct = (v: number | null) => (v === null ? '—' : `${plainNumber(v, 1)}%`);

/** The plan-vs-actual table as a document block: every indicator overall, then value and completion per county. */
export function planVsActualTable(d: ReportData): TableBlock {
  const perCounty = d.counties.length > 1;
  const columns = [
    '序号',
    '类别',
    '指标',
    '单位',
    '目标类型',
    '目标',
    '完成',
    '完成率',
    '状态',
    ...(perCounty ? d.counties.flatMap(() => ['完成', '完成率']) : []),
  ];
  const groups = perCounty
    ? [
        { title: '', span: 4 },
        { title: d.scope.kind === 'district' ? '全区' : d.scopeLabel, span: 5 },
        ...d.counties.map((c) => ({ title: c.name, span: 2 })),
      ]
    : undefined;
  const rows = d.progress.items.map((i, n) => [
    String(n + 1),
    INDICATOR_CATEGORIES[i.category].zh,
    i.name.zh,
    unitOf(i),
    TARGET_KIND_LABELS[i.targetKind],
    text(i.target, i),
    text(i.value, i),
    pct(i.completion),
    status(i),
    ...(perCounty ? i.counties.flatMap((c) => [text(c.value, i), pct(c.completion)]) : []),
  ]);
  const widths = [0.6, 1.3, 3.4, 0.8, 1.5, 1, 1, 1.1, 1.5, ...(perCounty ? d.counties.flatMap(() => [1, 1]) : [])];
  return { kind: 'table', columns, groups, rows, widths };
}

/** The docx body: the table, then the plan text of the year. */
export function planVsActualBlocks(d: ReportData, planText: (ordinal: number) => Block[]): Block[] {
  return [
    { kind: 'h1', text: '一、指标完成情况' },
    { kind: 'note', text: `统计截至${d.facts.strings.get('as_of')}，仅计已确认的台账记录；金额单位为万元。` },
    planVsActualTable(d),
    ...planText(2),
  ];
}

const NUM_FMT: Record<IndicatorProgressDto['format'], string> = {
  money: '0.00',
  area: '0.##',
  percent: '0.0',
  count: '0',
};

/**
 * The table as a workbook: typed numeric cells (money in 万元), a frozen two-row header, and per county its target,
 * value, completion and status. Text is formula-escaped.
 */
export async function planVsActualXlsx(d: ReportData, title: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Xiezuo 协作';
  wb.title = title;
  const ws = wb.addWorksheet('计划执行对照表', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const fixed = ['序号', '类别', '指标代码', '指标', '单位', '目标类型'];
  const block = ['目标', '完成', '待确认', '完成率(%)', '状态'];
  const areas = [
    { title: d.scope.kind === 'district' ? '全区合计' : d.scopeLabel, cols: block },
    ...(d.counties.length > 1
      ? d.counties.map((c) => ({ title: c.name, cols: ['目标', '完成', '完成率(%)', '状态'] }))
      : []),
  ];
  const top = [...fixed.map(() => ''), ...areas.flatMap((a) => a.cols.map((_, k) => (k === 0 ? a.title : '')))];
  const second = [...fixed, ...areas.flatMap((a) => a.cols)];
  ws.addRow(top.map((t) => exportCellValue(t)));
  ws.addRow(second.map((t) => exportCellValue(t)));
  let col = fixed.length + 1;
  for (const a of areas) {
    ws.mergeCells(1, col, 1, col + a.cols.length - 1);
    ws.getCell(1, col).alignment = { horizontal: 'center' };
    col += a.cols.length;
  }
  d.progress.items.forEach((i, n) => {
    const v = (x: number | null) => (x === null ? null : displayValue(x, i.format));
    const counties =
      d.counties.length > 1 ? i.counties.flatMap((c) => [v(c.target), v(c.value), c.completion, status(c)]) : [];
    const row = ws.addRow(
      [
        n + 1,
        INDICATOR_CATEGORIES[i.category].zh,
        i.code,
        i.name.zh,
        unitOf(i),
        TARGET_KIND_LABELS[i.targetKind],
        v(i.target),
        v(i.value),
        i.targetKind === 'ratio_min' || i.numerator !== undefined ? null : v(i.claimed),
        i.completion,
        status(i),
        ...counties,
      ].map((x) => exportCellValue(x)),
    );
    const fmt = NUM_FMT[i.format];
    for (let c = 7; c <= row.cellCount; c++) {
      const cell = row.getCell(c);
      if (typeof cell.value === 'number') cell.numFmt = second[c - 1] === '完成率(%)' ? '0.0' : fmt;
    }
  });
  ws.columns.forEach((c, k) => (c.width = k === 3 ? 34 : k === 2 ? 32 : k === 1 ? 16 : k === 0 ? 6 : 11));
  styleHeader(ws, second.length, { headerRows: 2 });
  ws.views = [{ state: 'frozen', xSplit: 4, ySplit: 2 }];
  const about = wb.addWorksheet('说明');
  for (const [k, val] of [
    ['报告', title],
    ['范围', d.scopeLabel],
    ['统计截至', d.asOf],
    ['口径', '仅计已确认的台账记录；“待确认”为已报送、尚未确认的数（比例指标不列）；金额单位为万元'],
  ])
    about.addRow([k, val].map((x) => exportCellValue(x)));
  about.getColumn(1).width = 12;
  about.getColumn(2).width = 80;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
