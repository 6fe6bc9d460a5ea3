import ExcelJS from 'exceljs';
import type { RecordTypeDecl } from '@xiezuo/domain';
import type { Actor, AppContext } from '../../http/context';
import { AppError } from '../../http/app-error';
import { addDropDown, DATE_FORMAT, exportCellValue, formatColumnsAsText, setTextCell, styleHeader } from '../imports/xlsx-text';
import { recordColumns, textColumnIndexes, YES_NO, type RecordColumn } from './records-excel.columns';
import { canImportType } from './records-excel.import';
import * as repo from './records-excel.repository';

/** Rows of the data sheet that carry the drop-downs and formats. */
export const TEMPLATE_ROWS = 1000;
const PICK = '请从下拉列表选择 / Pick one from the list';
const LEVELS: Record<string, string> = { county: '区县 County', township: '乡镇 Township', village: '村 Village' };

function addDataSheet(wb: ExcelJS.Workbook, decl: RecordTypeDecl, cols: RecordColumn[], counties: { name: string }[]) {
  const ws = wb.addWorksheet(`${decl.label.zh} ${decl.label.en}`.slice(0, 31).replace(/[\\/?*[\]:]/g, ' '));
  ws.columns = cols.map((c) => ({ header: c.zh, key: c.key, width: c.width }));
  cols.forEach((c, i) => {
    const head = ws.getRow(1).getCell(i + 1);
    head.note = `${c.zh} / ${c.en}\n${c.hint.zh}\n${c.hint.en}`;
    if (c.kind === 'date') ws.getColumn(i + 1).numFmt = DATE_FORMAT;
    if (c.kind === 'money') ws.getColumn(i + 1).numFmt = '#,##0.00';
  });
  formatColumnsAsText(ws, textColumnIndexes(cols));
  const range = (i: number) => `${ws.getColumn(i + 1).letter}2:${ws.getColumn(i + 1).letter}${TEMPLATE_ROWS + 1}`;
  cols.forEach((c, i) => {
    const title = `${c.zh} ${c.en}`.slice(0, 32);
    if (c.options) addDropDown(ws, range(i), c.options.map((o) => o.label.zh), title, PICK);
    if (c.kind === 'boolean') addDropDown(ws, range(i), [YES_NO.yes.zh, YES_NO.no.zh], title, '是 / 否');
    if (c.kind === 'county' && counties.length) addDropDown(ws, range(i), counties.map((x) => x.name), title, PICK);
  });
  styleHeader(ws, cols.length);
  ws.getRow(1).eachCell((cell, i) => {
    if (cols[i - 1]?.required) cell.font = { bold: true, color: { argb: 'FFC00000' } };
  });
}

function addReferenceSheet(wb: ExcelJS.Workbook, units: repo.UnitRef[], counties: { code: string; name: string }[], regions: repo.RegionRef[]) {
  const ws = wb.addWorksheet('单位与区县 Units & counties');
  ws.columns = [
    { header: '类别 Category', width: 18 },
    { header: '编码 Code', width: 18 },
    { header: '名称 Name', width: 30 },
    { header: '上级 Parent', width: 16 },
  ];
  formatColumnsAsText(ws, [2, 4]);
  const add = (category: string, code: string, name: string, parent: string | null) => {
    const row = ws.addRow([category, null, exportCellValue(name), null]);
    setTextCell(row.getCell(2), code);
    setTextCell(row.getCell(4), parent);
  };
  for (const u of units) if (u.side === 'east') add('东部单位 East unit', u.code, u.name, null);
  for (const c of counties) add(LEVELS.county!, c.code, c.name, null);
  for (const r of regions) add(LEVELS[r.level] ?? r.level, r.code, r.name, r.parentCode);
  styleHeader(ws, 4, { autoFilter: true });
}

function addNotesSheet(wb: ExcelJS.Workbook, decl: RecordTypeDecl, cols: RecordColumn[]) {
  const ws = wb.addWorksheet('填写说明 Notes');
  ws.columns = [
    { header: '列 Column', width: 28 },
    { header: '说明 Notes', width: 100 },
  ];
  ws.addRow(['台账类型 Record type', `${decl.label.zh} ${decl.label.en}（${decl.code}）`]);
  for (const c of cols) ws.addRow([`${c.zh} ${c.en}`, `${c.hint.zh}\n${c.hint.en}`]);
  ws.addRow([]);
  ws.addRow([
    '导入 Import',
    '每行一条台账记录，导入后为草稿，需提交后由对方确认。有误的行不导入，可下载“未导入行”文件修改后重新上传。同一文件重复上传不会重复导入；中断的导入重新上传同一文件即可继续。\n' +
      'One record per row, imported as a draft to submit for confirmation. Rows with errors are left out and listed in a downloadable rejects file. The same file uploaded again imports nothing twice; an interrupted import resumes when the same file is uploaded again.',
  ]);
  if (decl.roster.mode === 'many') ws.addRow(['花名册 Roster', '本模板不含花名册；请在导入后逐条补充人员名单。This template carries no roster; add the people to each record after the import.']);
  ws.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  styleHeader(ws, 2);
}

/** The import template of a record type: the data sheet from its declaration, the tenant's units and counties, and notes. */
export async function buildRecordTemplate(ctx: AppContext, actor: Actor, decl: RecordTypeDecl): Promise<Buffer> {
  if (!canImportType(actor, decl)) throw new AppError('FORBIDDEN');
  const [units, counties] = await Promise.all([repo.listUnitRefs(ctx.db, actor.tenantId), repo.listCounties(ctx.db, actor.tenantId)]);
  const regions = await repo.listRegionsUnder(ctx.db, counties.map((c) => c.code));
  const cols = recordColumns(decl);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Xiezuo';
  addDataSheet(wb, decl, cols, counties);
  addReferenceSheet(wb, units, counties, regions);
  addNotesSheet(wb, decl, cols);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
