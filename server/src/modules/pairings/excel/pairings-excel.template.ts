import ExcelJS from 'exceljs';
import { PAIRING_KIND_LABELS, PAIRING_KINDS, PAIRING_STATUS_LABELS, PAIRING_STATUSES } from '@xiezuo/domain';
import type { Actor, AppContext } from '../../../http/context';
import { AppError } from '../../../http/app-error';
import { findTenant, listTenantCountyCodes } from '../../org/org.repository';
import { addInputSheet, addNotesSheet, type InputColumn } from '../../../lib/xlsx/xlsx-template';
import {
  DATE_FORMAT,
  exportCellValue,
  formatColumnsAsText,
  setTextCell,
  styleHeader,
} from '../../../lib/xlsx/xlsx-text';
import { PAIRING_COLUMNS, type PairingColumnKey } from './pairings-excel.columns';
import { canManagePairings } from '../pairings.policy';
import { listRegionsUnder, listUnitRefs, type RegionRef, type UnitRef } from './pairings-excel.repository';

const LEVELS: Record<string, string> = {
  province: '省 Province',
  city: '市 City',
  county: '区县 County',
  township: '乡镇街道 Township',
  village: '村社区 Village',
};

const PICK = '请从下拉列表选择 / Pick one from the list';
const PICKS: Partial<Record<PairingColumnKey, InputColumn['pick']>> = {
  kind: { values: PAIRING_KINDS.map((k) => PAIRING_KIND_LABELS[k].zh), error: PICK },
  status: { values: PAIRING_STATUSES.map((s) => PAIRING_STATUS_LABELS[s].zh), error: '进行中 / 暂停 / 已结束' },
};

/** The data sheet's columns as the template shows them: notes, date formats, codes as text, drop-downs. */
const inputColumns = (): InputColumn[] =>
  PAIRING_COLUMNS.map((c) => ({
    ...c,
    note: `${c.zh} / ${c.en}\n${c.hint}`,
    numFmt: c.isDate ? DATE_FORMAT : undefined,
    pick: PICKS[c.key],
  }));

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

const IMPORT_NOTE =
  '每行一个结对；有误的行不导入，可下载“未导入行”文件修改后重新上传。同一文件重复上传不会重复导入。One pairing per row; rows with errors are left out and listed in a downloadable rejects file. Uploading the same file again imports nothing twice.';

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
  addInputSheet(wb, '结对 Pairings', inputColumns());
  addReferenceSheet(wb, tenant.regionCode, units, regions);
  addNotesSheet(wb, [
    ...PAIRING_COLUMNS.map((c) => [`${c.zh} ${c.en}`, c.hint] as const),
    ['', ''],
    ['导入 Import', IMPORT_NOTE],
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
