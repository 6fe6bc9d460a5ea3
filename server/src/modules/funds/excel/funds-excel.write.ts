import ExcelJS from 'exceljs';
import {
  BENEFIT_LINK_OPTIONS,
  FUND_SOURCE_OPTIONS,
  OUTPUT_UNIT_OPTIONS,
  PROJECT_CATEGORY_OPTIONS,
  PROJECT_LEVEL_OPTIONS,
  PROJECT_STAGE_LABELS,
  benefitLinkLabel,
  categoryLabel,
  fundSourceLabel,
  levelLabel,
  outputUnitLabel,
  type ProjectListQuery,
} from '@xiezuo/domain';
import type { Actor, AppContext } from '../../../http/context';
import type { Download } from '../../../lib/files/download';
import {
  addDropDown,
  DATE_FORMAT,
  exportCellValue,
  formatColumnsAsText,
  styleHeader,
  type ExportValue,
} from '../../../lib/xlsx/xlsx-text';
import { fundsScope } from '../funds.policy';
import { openFenOf } from '../projects.presenter';
import * as repo from '../projects.repository';
import { PROJECT_COLUMNS, RECEIPT_COLUMNS, type Column } from './funds-excel.columns';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ROWS = 1000;
const yuan = (fen: number) => fen / 100;

/** A data sheet with the columns' zh header, the en header as the second row, hints as notes, text and dates formatted. */
function dataSheet<K extends string>(wb: ExcelJS.Workbook, name: string, columns: readonly Column<K>[]) {
  const ws = wb.addWorksheet(name);
  ws.columns = columns.map((c) => ({ header: c.zh, key: c.key, width: c.width ?? 14 }));
  ws.addRow(columns.map((c) => c.en));
  columns.forEach((c, i) => {
    ws.getRow(1).getCell(i + 1).note =
      `${c.zh} / ${c.en}${c.required ? '（必填 required）' : ''}${c.hint ? `\n${c.hint}` : ''}`;
    if (c.isDate) ws.getColumn(i + 1).numFmt = DATE_FORMAT;
    if (c.isMoney) ws.getColumn(i + 1).numFmt = '#,##0.00';
  });
  formatColumnsAsText(
    ws,
    columns.flatMap((c, i) => (c.isText ? [i + 1] : [])),
  );
  styleHeader(ws, columns.length, { headerRows: 2 });
  return ws;
}

function optionsSheet(wb: ExcelJS.Workbook) {
  const ws = wb.addWorksheet('选项 Options');
  ws.columns = [
    { header: '列 Column', width: 16 },
    { header: '可填 Value', width: 20 },
    { header: 'English', width: 26 },
  ];
  const lists: [string, readonly { value: string; label: { zh: string; en: string } }[]][] = [
    ['项目类别', PROJECT_CATEGORY_OPTIONS],
    ['实施层级', PROJECT_LEVEL_OPTIONS],
    ['资金来源', FUND_SOURCE_OPTIONS],
    ['利益联结方式', BENEFIT_LINK_OPTIONS],
    ['产出单位', OUTPUT_UNIT_OPTIONS],
  ];
  for (const [col, opts] of lists) for (const o of opts) ws.addRow([col, o.label.zh, o.label.en]);
  styleHeader(ws, 3);
}

const column = (ws: ExcelJS.Worksheet, key: string) =>
  `${ws.getColumn(key).letter}3:${ws.getColumn(key).letter}${ROWS + 2}`;

/** 项目库导入模板: the project columns with drop-downs, and the options sheet. */
export async function projectTemplate(): Promise<Download> {
  const wb = new ExcelJS.Workbook();
  const ws = dataSheet(wb, '项目库 Projects', PROJECT_COLUMNS);
  const drop = (key: string, opts: readonly { label: { zh: string } }[], title: string) =>
    addDropDown(
      ws,
      column(ws, key),
      opts.map((o) => o.label.zh),
      title,
      '请从下拉列表选择 / Pick one from the list',
    );
  drop('category', PROJECT_CATEGORY_OPTIONS, '项目类别 Category');
  drop('level', PROJECT_LEVEL_OPTIONS, '实施层级 Level');
  drop('source', FUND_SOURCE_OPTIONS, '资金来源 Source');
  drop('benefit', BENEFIT_LINK_OPTIONS, '利益联结 Benefit link');
  drop('outputUnit', OUTPUT_UNIT_OPTIONS, '产出单位 Output unit');
  optionsSheet(wb);
  return { mime: XLSX, filename: '项目库导入模板.xlsx', body: Buffer.from(await wb.xlsx.writeBuffer()) };
}

/** 银行流水（收入明细）模板: the statement columns the receipts import reads. */
export async function receiptTemplate(): Promise<Download> {
  const wb = new ExcelJS.Workbook();
  dataSheet(wb, '到账明细 Receipts', RECEIPT_COLUMNS);
  return { mime: XLSX, filename: '资金到账明细模板.xlsx', body: Buffer.from(await wb.xlsx.writeBuffer()) };
}

/** Every project matching the filters (in scope), read a page at a time. */
async function* allProjects(ctx: AppContext, actor: Actor, q: Partial<ProjectListQuery>) {
  for (let page = 1; ; page++) {
    const { rows } = await repo.listPage(ctx.db, actor.tenantId, fundsScope(actor), {
      sort: 'code',
      ...q,
      page,
      pageSize: 500,
    } as ProjectListQuery);
    if (!rows.length) return;
    yield rows;
    if (rows.length < 500) return;
  }
}

/** The project library as the template reads it (outputs one per row), with stage and money appended. */
export async function projectExport(ctx: AppContext, actor: Actor, q: Partial<ProjectListQuery>): Promise<Download> {
  const wb = new ExcelJS.Workbook();
  const extra = [
    { key: 'stage', zh: '阶段', en: 'Stage', width: 14 },
    { key: 'paid', zh: '已拨付（元）', en: 'Allocated (yuan)', isMoney: true, width: 16 },
  ];
  const ws = dataSheet(wb, '项目库 Projects', [...PROJECT_COLUMNS, ...extra] as Column<string>[]);
  for await (const rows of allProjects(ctx, actor, q))
    for (const p of rows) {
      const outputs = p.outputs.length ? p.outputs : [null];
      outputs.forEach((o, i) => {
        const first = i === 0;
        const values: Record<string, ExportValue> = {
          code: p.code,
          name: p.name,
          ...(first
            ? {
                year: p.year,
                county: p.countyName,
                region: p.regionCode,
                category: categoryLabel(p.category).zh,
                level: levelLabel(p.level).zh,
                source: fundSourceLabel(p.fundSource).zh,
                planned: yuan(p.plannedFen),
                households: p.households,
                persons: p.persons,
                poorHouseholds: p.poorHouseholds,
                poorPersons: p.poorPersons,
                benefit: p.benefitLinks[0] ? benefitLinkLabel(p.benefitLinks[0].kind).zh : null,
                benefitHouseholds: p.benefitLinks[0]?.households ?? null,
                description: p.description,
                stage: PROJECT_STAGE_LABELS[p.stage].zh,
                paid: yuan(p.paidFen),
              }
            : {}),
          outputName: o?.name ?? null,
          outputUnit: o ? outputUnitLabel(o.unit).zh : null,
          outputPlanned: o?.planned ?? null,
        };
        ws.addRow(ws.columns.map((c) => exportCellValue(values[c.key as string] ?? null)));
      });
    }
  return { mime: XLSX, filename: `项目库${q.year ?? ''}.xlsx`, body: Buffer.from(await wb.xlsx.writeBuffer()) };
}

const SHEET = [
  ['code', '项目编码', 18],
  ['name', '项目名称', 32],
  ['county', '受援县', 10],
  ['category', '项目类别', 12],
  ['level', '实施层级', 10],
  ['source', '资金来源', 14],
  ['stage', '阶段', 14],
  ['planned', '计划投资（万元）', 14],
  ['approved', '批复金额（万元）', 14],
  ['paid', '已拨付（万元）', 14],
  ['received', '已到账（万元）', 14],
  ['spent', '已支出（万元）', 14],
  ['open', '待拨付（万元）', 14],
] as const;

/** 项目资金明细表: one row per project with its money by stage (万元), and the totals. */
export async function fundsSheet(ctx: AppContext, actor: Actor, q: Partial<ProjectListQuery>): Promise<Download> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('项目资金明细表');
  ws.columns = SHEET.map(([key, header, width]) => ({ key, header, width }));
  const wan = (fen: number) => fen / 1_000_000;
  const sum = { planned: 0, approved: 0, paid: 0, received: 0, spent: 0, open: 0 };
  for await (const rows of allProjects(ctx, actor, q))
    for (const p of rows) {
      const m = {
        planned: p.plannedFen,
        approved: p.approvedFen ?? 0,
        paid: p.paidFen,
        received: p.receivedFen,
        spent: p.spentFen,
        open: openFenOf(p),
      };
      for (const k of Object.keys(sum) as (keyof typeof sum)[]) sum[k] += m[k];
      ws.addRow(
        [
          p.code,
          p.name,
          p.countyName,
          categoryLabel(p.category).zh,
          levelLabel(p.level).zh,
          fundSourceLabel(p.fundSource).zh,
          PROJECT_STAGE_LABELS[p.stage].zh,
          ...Object.values(m).map(wan),
        ].map((v) => exportCellValue(v)),
      );
    }
  const total = ws.addRow(['合计', '', '', '', '', '', '', ...Object.values(sum).map(wan)]);
  total.font = { bold: true };
  for (let i = 8; i <= SHEET.length; i++) ws.getColumn(i).numFmt = '#,##0.00';
  formatColumnsAsText(ws, [1]);
  styleHeader(ws, SHEET.length, { autoFilter: true });
  return { mime: XLSX, filename: `项目资金明细表${q.year ?? ''}.xlsx`, body: Buffer.from(await wb.xlsx.writeBuffer()) };
}
