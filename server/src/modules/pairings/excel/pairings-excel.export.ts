import ExcelJS from 'exceljs';
import { PAIRING_KIND_LABELS, PAIRING_STATUS_LABELS, pairingListQuery, type PairingDto } from '@xiezuo/domain';
import type { z } from 'zod';
import type { Actor, AppContext, RequestMeta } from '../../../http/context';
import { withAudit } from '../../../lib/audit-tx';
import type { SheetColumn } from '../../../lib/xlsx/xlsx-columns';
import {
  KIND_FORMAT,
  kindCellValue,
  setTextCell,
  styleHeader,
  type CellKind,
  type ExportValue,
} from '../../../lib/xlsx/xlsx-text';
import { PAIRING_COLUMNS } from './pairings-excel.columns';
import { pairingScope } from '../pairings.policy';
import { pathCodes, presentPairing } from '../pairings.presenter';
import * as repo from '../pairings.repository';

/** The filters of GET /api/pairings, without paging and sorting. */
export const pairingExportQuery = pairingListQuery.omit({ page: true, pageSize: true, sort: true });
export type PairingExportQuery = z.infer<typeof pairingExportQuery>;

type ExportColumn = Omit<SheetColumn, 'key'> & { kind: CellKind; value: (p: PairingDto) => ExportValue };
const col = (key: string) => PAIRING_COLUMNS.find((c) => c.key === key)!;

// The first nine columns are the import columns, so an export edited and uploaded again reads back (parties by name).
const COLUMNS: ExportColumn[] = [
  { ...col('kind'), kind: 'text', value: (p) => PAIRING_KIND_LABELS[p.kind].zh },
  { ...col('eastUnit'), kind: 'text', value: (p) => (p.east.unitId ? p.east.name : null) },
  { ...col('eastRegion'), kind: 'code', value: (p) => p.east.regionCode },
  { ...col('westUnit'), kind: 'text', value: (p) => (p.west.unitId ? p.west.name : null) },
  { ...col('westRegion'), kind: 'code', value: (p) => p.west.regionCode },
  { ...col('startDate'), kind: 'date', value: (p) => p.startDate },
  { ...col('endDate'), kind: 'date', value: (p) => p.endDate },
  { ...col('status'), kind: 'text', value: (p) => PAIRING_STATUS_LABELS[p.status].zh },
  { ...col('note'), kind: 'text', value: (p) => p.note },
  { zh: '东部名称', en: 'East party', width: 24, kind: 'text', value: (p) => p.east.name },
  { zh: '西部名称', en: 'West party', width: 24, kind: 'text', value: (p) => p.west.name },
  { zh: '西部所在区划', en: 'West region path', width: 36, kind: 'text', value: (p) => p.west.regionPath },
  { zh: '受援县编码', en: 'County code', width: 12, kind: 'code', value: (p) => p.countyCode },
  { zh: '受援县', en: 'County', width: 10, kind: 'text', value: (p) => p.countyName },
  { zh: '协议数', en: 'Agreements', width: 8, kind: 'number', value: (p) => p.agreementCount },
  { zh: '最近台账日期', en: 'Last record on', width: 14, kind: 'date', value: (p) => p.lastRecordOn },
  {
    zh: '县方确认时间',
    en: 'Confirmed by county at (Beijing time)',
    width: 18,
    kind: 'datetime',
    value: (p) => p.westConfirmedAt,
  },
  { zh: '示例数据', en: 'Illustrative', width: 8, kind: 'text', value: (p) => (p.isIllustrative ? '是' : '否') },
  { zh: '结对 ID', en: 'Pairing ID', width: 38, kind: 'code', value: (p) => p.id },
];

function writeRow(ws: ExcelJS.Worksheet, p: PairingDto) {
  const row = ws.addRow([]);
  COLUMNS.forEach((c, i) => {
    const cell = row.getCell(i + 1);
    const v = c.value(p);
    if (c.kind === 'code') setTextCell(cell, typeof v === 'string' ? v : null);
    else cell.value = kindCellValue(c.kind, v);
  });
}

/** The pairings the caller sees under the same filters as the list, as a typed workbook; the export is audited. */
export async function exportPairings(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  q: PairingExportQuery,
): Promise<Buffer> {
  const rows = await withAudit(ctx.db, actor, meta, async (tx) => {
    const found = await repo.listAll(tx, actor.tenantId, pairingScope(actor), q);
    return {
      result: found,
      audit: {
        action: 'pairing.export',
        outcome: 'success',
        objectType: 'pairing',
        details: { filters: q, count: found.length },
      },
    };
  });
  const names = await repo.regionNames(ctx.db, pathCodes(rows));
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Xiezuo';
  const ws = wb.addWorksheet('结对 Pairings');
  ws.columns = COLUMNS.map((c) => ({ header: c.zh, width: c.width }));
  COLUMNS.forEach((c, i) => {
    ws.getRow(1).getCell(i + 1).note = c.en;
    const format = KIND_FORMAT[c.kind];
    if (format) ws.getColumn(i + 1).numFmt = format;
  });
  for (const r of rows) writeRow(ws, presentPairing(r, actor, names));
  styleHeader(ws, COLUMNS.length, { autoFilter: true });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
