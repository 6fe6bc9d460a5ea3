import ExcelJS from 'exceljs';
import {
  isPersonPairing,
  PAIRING_KIND_LABELS,
  PAIRING_KINDS,
  PAIRING_STATUS_LABELS,
  PAIRING_STATUSES,
} from '@xiezuo/domain';
import type { Actor, AppContext } from '../../../http/context';
import { AppError } from '../../../http/app-error';
import { findTenant, listTenantCountyCodes } from '../../org/org.repository';
import {
  addDropDown,
  DATE_FORMAT,
  exportCellValue,
  formatColumnsAsText,
  setTextCell,
  styleHeader,
} from '../../../lib/xlsx/xlsx-text';
import { PAIRING_COLUMNS, TEXT_COLUMN_INDEXES } from './pairings-excel.columns';
import { canManagePairings } from '../pairings.policy';
import { listRegionsUnder, listUnitRefs, type RegionRef, type UnitRef } from './pairings-excel.repository';

/** Rows of the data sheet that carry the drop-downs and formats. */
export const TEMPLATE_ROWS = 1000;
const LEVELS: Record<string, string> = {
  province: '省 Province',
  city: '市 City',
  county: '区县 County',
  township: '乡镇街道 Township',
  village: '村社区 Village',
};

function addDataSheet(wb: ExcelJS.Workbook) {
  const ws = wb.addWorksheet('结对 Pairings');
  ws.columns = PAIRING_COLUMNS.map((c) => ({ header: c.zh, key: c.key, width: c.width }));
  PAIRING_COLUMNS.forEach((c, i) => {
    ws.getRow(1).getCell(i + 1).note = `${c.zh} / ${c.en}\n${c.hint}`;
    if (c.isDate) ws.getColumn(i + 1).numFmt = DATE_FORMAT;
  });
  formatColumnsAsText(ws, TEXT_COLUMN_INDEXES);
  const rows = (key: string) => `${ws.getColumn(key).letter}2:${ws.getColumn(key).letter}${TEMPLATE_ROWS + 1}`;
  addDropDown(
    ws,
    rows('kind'),
    PAIRING_KINDS.filter((k) => !isPersonPairing(k)).map((k) => PAIRING_KIND_LABELS[k].zh),
    '结对类型 Kind',
    '请从下拉列表选择 / Pick one from the list',
  );
  addDropDown(
    ws,
    rows('status'),
    PAIRING_STATUSES.map((s) => PAIRING_STATUS_LABELS[s].zh),
    '状态 Status',
    '进行中 / 暂停 / 已结束',
  );
  styleHeader(ws, PAIRING_COLUMNS.length);
}

function addReferenceSheet(wb: ExcelJS.Workbook, eastRoot: string, units: UnitRef[], regions: RegionRef[]) {
  const names = new Map(regions.map((r) => [r.code, r.name]));
  const ws = wb.addWorksheet('单位与区划 Units & regions');
  ws.columns = [
    { header: '类别 Category', width: 18 },
    { header: '编码 Code', width: 18 },
    { header: '名称 Name', width: 28 },
    { header: '所在/上级区划 Region or parent', width: 26 },
    { header: '层级 Level', width: 18 },
  ];
  formatColumnsAsText(ws, [2]);
  const add = (category: string, code: string, name: string, parent: string | null, level: string) => {
    const row = ws.addRow([
      category,
      null,
      exportCellValue(name),
      exportCellValue(parent ? `${names.get(parent) ?? ''} ${parent}`.trim() : null),
      level,
    ]);
    setTextCell(row.getCell(2), code);
  };
  for (const u of units)
    add(u.side === 'east' ? '东部单位 East unit' : '西部单位 West unit', u.code, u.name, u.regionCode, '单位 Unit');
  for (const r of regions)
    add(
      r.code.startsWith(eastRoot) ? '东部区划 East region' : '西部区划 West region',
      r.code,
      r.name,
      r.parentCode,
      LEVELS[r.level] ?? r.level,
    );
  styleHeader(ws, 5, { autoFilter: true });
}

function addNotesSheet(wb: ExcelJS.Workbook) {
  const ws = wb.addWorksheet('填写说明 Notes');
  ws.columns = [
    { header: '列 Column', width: 26 },
    { header: '说明 Notes', width: 100 },
  ];
  for (const c of PAIRING_COLUMNS) ws.addRow([`${c.zh} ${c.en}`, c.hint]);
  ws.addRow([]);
  ws.addRow([
    '导入 Import',
    '每行一个结对；有误的行不导入，可下载“未导入行”文件修改后重新上传。同一文件重复上传不会重复导入。One pairing per row; rows with errors are left out and listed in a downloadable rejects file. Uploading the same file again imports nothing twice.',
  ]);
  ws.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  styleHeader(ws, 2);
}

/** The import template: a data sheet with notes, drop-downs and text-formatted code columns, the tenant's units and pickable regions, and field notes. */
export async function buildTemplate(ctx: AppContext, actor: Actor): Promise<Buffer> {
  if (!canManagePairings(actor)) throw new AppError('FORBIDDEN');
  const tenant = (await findTenant(ctx.db, actor.tenantId))!;
  const counties = await listTenantCountyCodes(ctx.db, actor.tenantId);
  const [units, regions] = await Promise.all([
    listUnitRefs(ctx.db, actor.tenantId),
    listRegionsUnder(ctx.db, [tenant.regionCode, ...counties]),
  ]);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Xiezuo';
  addDataSheet(wb);
  addReferenceSheet(wb, tenant.regionCode, units, regions);
  addNotesSheet(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
