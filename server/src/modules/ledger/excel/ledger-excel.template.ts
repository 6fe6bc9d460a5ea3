import ExcelJS from 'exceljs';
import type { RecordTypeDecl } from '@xiezuo/domain';
import type { Actor, AppContext } from '../../../http/context';
import { AppError } from '../../../http/app-error';
import { addInputSheet, addNotesSheet, type InputColumn } from '../../../lib/xlsx/xlsx-template';
import {
  DATE_FORMAT,
  exportCellValue,
  formatColumnsAsText,
  KIND_FORMAT,
  setTextCell,
  styleHeader,
} from '../../../lib/xlsx/xlsx-text';
import {
  isTextColumn,
  recordColumns,
  ROSTER_SHEET,
  rosterColumns,
  YES_NO,
  type RecordColumn,
} from './ledger-excel.columns';
import { canImportType } from './ledger-excel.import';
import { pairingLabels, type PairingLabel } from './ledger-excel.pairings';
import * as repo from './ledger-excel.repository';

const PICK = '请从下拉列表选择 / Pick one from the list';
const LEVELS: Record<string, string> = { county: '区县 County', township: '乡镇 Township', village: '村 Village' };

/** A column as the template shows it: "zh / en" and the hint in a note, its format, its drop-down, required in red. */
function inputColumn(c: RecordColumn, counties: { name: string }[]): InputColumn {
  let pick: InputColumn['pick'];
  if (c.options) pick = { values: c.options.map((o) => o.label.zh), error: PICK };
  else if (c.kind === 'boolean') pick = { values: [YES_NO.yes.zh, YES_NO.no.zh], error: '是 / 否' };
  else if (c.kind === 'county' && counties.length) pick = { values: counties.map((x) => x.name), error: PICK };
  return {
    ...c,
    note: `${c.zh} / ${c.en}\n${c.hint.zh}\n${c.hint.en}`,
    numFmt: c.kind === 'date' ? DATE_FORMAT : c.kind === 'money' ? KIND_FORMAT.money : undefined,
    isText: isTextColumn(c),
    pick,
  };
}

function addReferenceSheet(
  wb: ExcelJS.Workbook,
  units: repo.UnitRef[],
  counties: { code: string; name: string }[],
  regions: repo.RegionRef[],
) {
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

/** The tenant's pairings with the label a row names one by (the 结对 column), its kind, parties, county and status. */
function addPairingsSheet(wb: ExcelJS.Workbook, pairings: PairingLabel[], countyName: (code: string) => string) {
  const ws = wb.addWorksheet('结对 Pairings');
  ws.columns = [
    { header: '结对（填写用）Label to use', width: 44 },
    { header: '结对类型 Kind', width: 22 },
    { header: '东部方 East party', width: 24 },
    { header: '西部方 West party', width: 24 },
    { header: '受援县 County', width: 12 },
    { header: '状态 Status', width: 10 },
  ];
  for (const p of pairings)
    ws.addRow(
      [p.label, p.kindLabel, p.east, p.west, countyName(p.countyCode), p.statusLabel].map((v) => exportCellValue(v)),
    );
  styleHeader(ws, 6, { autoFilter: true });
}

const IMPORT_NOTE =
  '每行一条台账记录，导入后为草稿，需提交后由对方确认。有误的行不导入，可下载“未导入行”文件修改后重新上传。同一文件重复上传不会重复导入；中断的导入重新上传同一文件即可继续。\n' +
  'One record per row, imported as a draft to submit for confirmation. Rows with errors are left out and listed in a downloadable rejects file. The same file uploaded again imports nothing twice; an interrupted import resumes when the same file is uploaded again.';
const PAIRING_NOTE =
  '可空。按“结对 Pairings”表第一列填写结对名称（东部方 — 西部方；两个结对双方同名时前加结对类型，如“学校结对：甲 — 乙”）；结对须属本行受援县。\nOptional. Copy the pairing’s label from the first column of the Pairings sheet (east party — west party, with the kind in front where two pairings share both parties); the pairing must be of the row’s county.';

/** The notes sheet's lines: the type, each column's hint, what an import does, the roster and the pairing column. */
function notes(decl: RecordTypeDecl, cols: RecordColumn[]): [string, string][] {
  const hint = (c: RecordColumn) => `${c.hint.zh}\n${c.hint.en}`;
  const lines: [string, string][] = [
    ['台账类型 Record type', `${decl.label.zh} ${decl.label.en}（${decl.code}）`],
    ...cols.map((c): [string, string] => [`${c.zh} ${c.en}`, hint(c)]),
    ['', ''],
    ['导入 Import', IMPORT_NOTE],
    ...rosterColumns(decl).map((c): [string, string] => [`${ROSTER_SHEET}：${c.zh} ${c.en}`, hint(c)]),
  ];
  if (decl.roster.mode === 'many')
    lines.push([
      `${decl.roster.label.zh} ${decl.roster.label.en}`,
      `在数据表“记录编号”列给每条有名单的记录填一个本表内不重复的编号，在“${ROSTER_SHEET}”表中每人一行，填同一编号和身份证号（文本格式）、姓名。已登记过的人按身份证号自动关联，不会重复建档；人数按名单去重计算。名单中有误的行连同其记录一起列入“未导入行”文件（两张表），改正后可整份重新上传。\n` +
        `Give each record with a roster a key (unique in the data sheet) in its “记录编号” column, and list its people on the “${ROSTER_SHEET}” sheet, one a row, with the same key, the ID number (as text) and the name. People already known by ID number are reused, never entered twice; the record's person count comes from the roster. A refused roster line is reported together with its record in the rejects file (both sheets), which can be corrected and uploaded again as it is.`,
    ]);
  lines.push(['结对 Pairing', PAIRING_NOTE]);
  return lines;
}

/**
 * The import template of a record type: the data sheet from its declaration, the roster sheet of a type with a roster
 * of many, the tenant's units and counties, its pairings with the labels to use, and notes.
 */
export async function buildRecordTemplate(ctx: AppContext, actor: Actor, decl: RecordTypeDecl): Promise<Buffer> {
  if (!canImportType(actor, decl)) throw new AppError('FORBIDDEN');
  const [units, counties, pairings] = await Promise.all([
    repo.listUnitRefs(ctx.db, actor.tenantId),
    repo.listCounties(ctx.db, actor.tenantId),
    repo.listPairingRefs(ctx.db, actor.tenantId),
  ]);
  const regions = await repo.listRegionsUnder(
    ctx.db,
    counties.map((c) => c.code),
  );
  const cols = recordColumns(decl);
  const countyNames = new Map(counties.map((c) => [c.code, c.name]));
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Xiezuo';
  addInputSheet(
    wb,
    `${decl.label.zh} ${decl.label.en}`,
    cols.map((c) => inputColumn(c, counties)),
  );
  if (decl.roster.mode === 'many')
    addInputSheet(
      wb,
      ROSTER_SHEET,
      rosterColumns(decl).map((c) => inputColumn(c, [])),
    );
  addReferenceSheet(wb, units, counties, regions);
  addPairingsSheet(wb, pairingLabels(pairings), (code) => countyNames.get(code) ?? code);
  addNotesSheet(wb, notes(decl, cols));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
