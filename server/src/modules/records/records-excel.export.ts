import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { MEASURES, MEASURE_KEYS, RECORD_STATUS_LABELS, recordListQuery, recordType, type FieldDecl, type RecordStatus } from '@xiezuo/domain';
import type { z } from 'zod';
import type { Actor, AppContext, RequestMeta } from '../../http/context';
import { withAudit } from '../audit/audit.service';
import { DATE_FORMAT, exportCellValue, isoDateCell, TEXT_FORMAT, type ExportValue } from '../imports/xlsx-text';
import { YES_NO } from './records-excel.columns';
import * as excelRepo from './records-excel.repository';
import { recordScope } from './records.policy';
import { iterate, type RecordWide } from './records.repository';

/** The filters of GET /api/records, without paging and sorting. */
export const recordExportQuery = recordListQuery.omit({ page: true, pageSize: true, sort: true });
export type RecordExportQuery = z.infer<typeof recordExportQuery>;

type Kind = 'text' | 'code' | 'date' | 'datetime' | 'number' | 'money';
type Row = { w: RecordWide; people: excelRepo.ExportPerson[] };
type Column = { zh: string; en: string; width: number; kind: Kind; value: (r: Row) => ExportValue };

// Excel has no time zones: times are written as Beijing wall-clock time.
const BEIJING_OFFSET_MS = 8 * 3_600_000;
const yuan = (fen: number | null | undefined) => (fen === null || fen === undefined ? null : Number(fen) / 100);

/** A field's stored value as a cell: options and yes/no in words, money in yuan, units by name. */
function fieldCell(f: FieldDecl, v: unknown, unitName: (id: string) => string): ExportValue {
  if (v === null || v === undefined) return null;
  switch (f.kind) {
    case 'enum':
      return f.options.find((o) => o.value === v)?.label.zh ?? String(v);
    case 'boolean':
      return v ? YES_NO.yes.zh : YES_NO.no.zh;
    case 'money':
      return yuan(Number(v));
    case 'unit':
      return unitName(String(v));
    case 'number':
      return Number(v);
    default:
      return String(v);
  }
}

const FIELD_KIND: Record<FieldDecl['kind'], Kind> = { text: 'text', number: 'number', money: 'money', date: 'date', boolean: 'text', enum: 'text', unit: 'text', region: 'code' };

function columns(type: string | undefined, unitName: (id: string) => string): Column[] {
  const decl = type ? recordType(type) : undefined;
  const cols: Column[] = [
    { zh: '记录 ID', en: 'Record ID', width: 38, kind: 'code', value: ({ w }) => w.r.id },
    { zh: '台账类型', en: 'Record type', width: 16, kind: 'text', value: ({ w }) => recordType(w.r.typeCode)?.label.zh ?? w.r.typeCode },
    { zh: '发生日期', en: 'Date', width: 12, kind: 'date', value: ({ w }) => w.r.occurredOn },
    { zh: '东部单位', en: 'East unit', width: 22, kind: 'text', value: ({ w }) => w.unitName },
    { zh: '受援县编码', en: 'County code', width: 12, kind: 'code', value: ({ w }) => w.r.countyCode },
    { zh: '受援县', en: 'County', width: 10, kind: 'text', value: ({ w }) => w.countyName },
    { zh: '乡镇/村区划编码', en: 'Township or village code', width: 16, kind: 'code', value: ({ w }) => w.r.regionCode },
    { zh: '乡镇/村', en: 'Township or village', width: 16, kind: 'text', value: ({ w }) => w.regionName },
    { zh: '状态', en: 'Status', width: 12, kind: 'text', value: ({ w }) => RECORD_STATUS_LABELS[w.r.status as RecordStatus]?.zh ?? w.r.status },
  ];
  for (const k of MEASURE_KEYS) {
    const m = MEASURES[k];
    if (m.kind === 'money') cols.push({ zh: `${m.zh}（元）`, en: `${m.en} (yuan)`, width: 14, kind: 'money', value: ({ w }) => yuan(w.r.amountFen) });
    else cols.push({ zh: m.zh, en: m.en, width: 10, kind: 'number', value: ({ w }) => (w.r[k] === null ? null : Number(w.r[k])) });
  }
  if (decl) for (const f of decl.fields) cols.push({ zh: f.label.zh, en: f.label.en, width: 16, kind: FIELD_KIND[f.kind], value: ({ w }) => fieldCell(f, w.r.attrs[f.key], unitName) });
  else {
    cols.push({
      zh: '内容',
      en: 'Details',
      width: 40,
      kind: 'text',
      value: ({ w }) =>
        (recordType(w.r.typeCode)?.fields ?? [])
          .filter((f) => w.r.attrs[f.key] !== null && w.r.attrs[f.key] !== undefined)
          .map((f) => `${f.label.zh}：${fieldCell(f, w.r.attrs[f.key], unitName)}`)
          .join('；'),
    });
  }
  cols.push(
    { zh: '人员', en: 'People', width: 40, kind: 'text', value: ({ people }) => people.map((p) => `${p.name} ${p.idMasked}${p.isPoor ? '（建档立卡）' : ''}`).join('；') },
    { zh: '人员数', en: 'People count', width: 8, kind: 'number', value: ({ w }) => w.r.peopleCount },
    { zh: '备注', en: 'Note', width: 24, kind: 'text', value: ({ w }) => w.r.note },
    { zh: '异议原因', en: 'Dispute reason', width: 24, kind: 'text', value: ({ w }) => w.r.disputeReason },
    { zh: '更新时间', en: 'Updated (Beijing time)', width: 18, kind: 'datetime', value: ({ w }) => w.r.updatedAt.toISOString() },
  );
  return cols;
}

/** One record as typed cell values; formats come from the column styles (a style per cell costs a third more). */
function rowValues(cols: Column[], r: Row): ExcelJS.CellValue[] {
  return cols.map((c) => {
    const v = c.value(r);
    if (c.kind === 'code') return exportCellValue(typeof v === 'string' ? v : null);
    if (c.kind === 'date') return isoDateCell(typeof v === 'string' ? v : null);
    if (c.kind === 'datetime') return typeof v === 'string' ? new Date(Date.parse(v) + BEIJING_OFFSET_MS) : null;
    return exportCellValue(v);
  });
}

function drainedOrClosed(out: PassThrough): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      resolve();
    };
    out.on('drain', done);
    out.on('close', done);
  });
}

async function produce(ctx: AppContext, actor: Actor, q: RecordExportQuery, out: PassThrough) {
  const units = await excelRepo.listUnitRefs(ctx.db, actor.tenantId);
  const unitNames = new Map(units.map((u) => [u.id, u.name]));
  const cols = columns(q.type, (id) => unitNames.get(id) ?? id);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = 'Xiezuo';
  const ws = wb.addWorksheet('台账 Ledger', { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  ws.columns = cols.map((c) => ({ width: c.width, style: c.kind === 'code' ? { numFmt: TEXT_FORMAT } : c.kind === 'date' ? { numFmt: DATE_FORMAT } : c.kind === 'datetime' ? { numFmt: 'yyyy-mm-dd hh:mm' } : c.kind === 'money' ? { numFmt: '#,##0.00' } : {} }));
  const head = ws.addRow(cols.map((c) => c.zh));
  head.font = { bold: true };
  cols.forEach((c, i) => (head.getCell(i + 1).note = `${c.zh} / ${c.en}`));
  head.commit();
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: cols.length } };
  for await (const batch of iterate(ctx.db, actor.tenantId, recordScope(actor), q)) {
    const people = await excelRepo.peopleOfRecords(ctx.db, batch.filter((w) => w.r.peopleCount > 0).map((w) => w.r.id));
    const byRecord = new Map<string, excelRepo.ExportPerson[]>();
    for (const p of people) byRecord.set(p.recordId, [...(byRecord.get(p.recordId) ?? []), p]);
    for (const w of batch) ws.addRow(rowValues(cols, { w, people: byRecord.get(w.r.id) ?? [] })).commit();
    if (out.destroyed) return;
    if (out.writableNeedDrain) await drainedOrClosed(out); // a slow download slows the query, not the heap
  }
  ws.commit();
  await wb.commit();
}

/**
 * The records the caller sees under the list's filters as an xlsx stream: typed cells, frozen header, text
 * formula-escaped, codes as text, people by name and masked ID number. Audited before the first byte goes out.
 */
export async function exportRecords(ctx: AppContext, actor: Actor, meta: RequestMeta, q: RecordExportQuery): Promise<Readable> {
  await withAudit(ctx.db, actor, meta, async () => ({ result: null, audit: { action: 'record.export', outcome: 'success', objectType: 'record', details: { filters: q } } }));
  const out = new PassThrough();
  produce(ctx, actor, q, out).catch((err: unknown) => out.destroy(err instanceof Error ? err : new Error(String(err))));
  return out;
}
