import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import {
  MEASURES,
  MEASURE_KEYS,
  RECORD_STATUS_LABELS,
  recordListQuery,
  recordType,
  type FieldDecl,
  type RecordStatus,
  type RecordTypeDecl,
} from '@xiezuo/domain';
import type { z } from 'zod';
import type { Actor, AppContext, RequestMeta } from '../../../http/context';
import { withAudit } from '../../../lib/audit-tx';
import {
  exportCellValue,
  KIND_FORMAT,
  kindCellValue,
  type CellKind,
  type ExportValue,
} from '../../../lib/xlsx/xlsx-text';
import {
  isTextColumn,
  ROSTER_SHEET,
  rosterColumns,
  YES_NO,
  type PersonKey,
  type RecordColumn,
} from './ledger-excel.columns';
import { pairingLabels } from './ledger-excel.pairings';
import * as excelRepo from './ledger-excel.repository';
import { recordScope } from '../records.policy';
import { iterate, type RecordWide } from '../records.repository';

/** The filters of GET /api/records, without paging and sorting. */
export const recordExportQuery = recordListQuery.omit({ page: true, pageSize: true, sort: true });
export type RecordExportQuery = z.infer<typeof recordExportQuery>;

type Kind = CellKind;
type Row = { w: RecordWide; people: excelRepo.ExportPerson[] };
type Column = { zh: string; en: string; width: number; kind: Kind; value: (r: Row) => ExportValue };
/** Names the ledger sheet shows for ids: a unit's name, a pairing's label as the import reads it (null if none). */
type Names = { unit: (id: string) => string; pairing: (id: string) => string | null };

const RECORD_ID = { zh: '记录 ID', en: 'Record ID' };
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

const FIELD_KIND: Record<FieldDecl['kind'], Kind> = {
  text: 'text',
  number: 'number',
  money: 'money',
  date: 'date',
  boolean: 'text',
  enum: 'text',
  unit: 'text',
  region: 'code',
};

function columns(type: string | undefined, names: Names): Column[] {
  const unitName = names.unit;
  const decl = type ? recordType(type) : undefined;
  const cols: Column[] = [
    { ...RECORD_ID, width: 38, kind: 'code', value: ({ w }) => w.r.id },
    {
      zh: '台账类型',
      en: 'Record type',
      width: 16,
      kind: 'text',
      value: ({ w }) => recordType(w.r.typeCode)?.label.zh ?? w.r.typeCode,
    },
    { zh: '发生日期', en: 'Date', width: 12, kind: 'date', value: ({ w }) => w.r.occurredOn },
    { zh: '东部单位', en: 'East unit', width: 22, kind: 'text', value: ({ w }) => w.unitName },
    { zh: '受援县编码', en: 'County code', width: 12, kind: 'code', value: ({ w }) => w.r.countyCode },
    { zh: '受援县', en: 'County', width: 10, kind: 'text', value: ({ w }) => w.countyName },
    {
      zh: '乡镇/村区划编码',
      en: 'Township or village code',
      width: 16,
      kind: 'code',
      value: ({ w }) => w.r.regionCode,
    },
    { zh: '乡镇/村', en: 'Township or village', width: 16, kind: 'text', value: ({ w }) => w.regionName },
    {
      zh: '结对',
      en: 'Pairing',
      width: 32,
      kind: 'text',
      value: ({ w }) => (w.r.pairingId ? names.pairing(w.r.pairingId) : null),
    },
    {
      zh: '状态',
      en: 'Status',
      width: 12,
      kind: 'text',
      value: ({ w }) => RECORD_STATUS_LABELS[w.r.status as RecordStatus]?.zh ?? w.r.status,
    },
  ];
  for (const k of MEASURE_KEYS) {
    const m = MEASURES[k];
    if (m.kind === 'money')
      cols.push({
        zh: `${m.zh}（元）`,
        en: `${m.en} (yuan)`,
        width: 14,
        kind: 'money',
        value: ({ w }) => yuan(w.r.amountFen),
      });
    else
      cols.push({
        zh: m.zh,
        en: m.en,
        width: 10,
        kind: 'number',
        value: ({ w }) => (w.r[k] === null ? null : Number(w.r[k])),
      });
  }
  if (decl)
    for (const f of decl.fields)
      cols.push({
        zh: f.label.zh,
        en: f.label.en,
        width: 16,
        kind: FIELD_KIND[f.kind],
        value: ({ w }) => fieldCell(f, w.r.attrs[f.key], unitName),
      });
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
    {
      zh: '人员',
      en: 'People',
      width: 40,
      kind: 'text',
      value: ({ people }) => people.map((p) => `${p.name} ${p.idMasked}${p.isPoor ? '（建档立卡）' : ''}`).join('；'),
    },
    { zh: '人员数', en: 'People count', width: 8, kind: 'number', value: ({ w }) => w.r.peopleCount },
    { zh: '备注', en: 'Note', width: 24, kind: 'text', value: ({ w }) => w.r.note },
    { zh: '异议原因', en: 'Dispute reason', width: 24, kind: 'text', value: ({ w }) => w.r.disputeReason },
    {
      zh: '更新时间',
      en: 'Updated (Beijing time)',
      width: 18,
      kind: 'datetime',
      value: ({ w }) => w.r.updatedAt.toISOString(),
    },
  );
  return cols;
}

/** One record as typed cell values; formats come from the column styles (a style per cell costs a third more). */
function rowValues(cols: Column[], r: Row): ExcelJS.CellValue[] {
  return cols.map((c) => kindCellValue(c.kind, c.value(r)));
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

/** False once the download is gone; waits while it is behind, so a slow download slows the query, not the heap. */
async function keepsUp(out: PassThrough): Promise<boolean> {
  if (out.destroyed) return false;
  if (out.writableNeedDrain) await drainedOrClosed(out);
  return !out.destroyed;
}

type SheetColumn = { zh: string; en: string; width: number; style: Partial<ExcelJS.Style> };
const styleOf = (kind: Kind): Partial<ExcelJS.Style> => (KIND_FORMAT[kind] ? { numFmt: KIND_FORMAT[kind] } : {});

/** A sheet with a frozen bold header of zh labels, each noted "zh / en", formats from the column styles and a filter. */
function addSheet(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  cols: readonly SheetColumn[],
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  ws.columns = cols.map((c) => ({ width: c.width, style: c.style }));
  const head = ws.addRow(cols.map((c) => c.zh));
  head.font = { bold: true };
  cols.forEach((c, i) => (head.getCell(i + 1).note = `${c.zh} / ${c.en}`));
  head.commit();
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: cols.length } };
  return ws;
}

type Person = excelRepo.ExportPerson;
type RosterColumn = SheetColumn & { value: (p: Person) => ExportValue };

// The import roster's person columns as an export may show them: ID number and phone only masked.
const PERSON_CELLS: Record<PersonKey, { isMasked: boolean; value: (p: Person) => ExportValue }> = {
  idNumber: { isMasked: true, value: (p) => p.idMasked },
  name: { isMasked: false, value: (p) => p.name },
  phone: { isMasked: true, value: (p) => p.phoneMasked },
  isPoor: { isMasked: false, value: (p) => (p.isPoor ? YES_NO.yes.zh : YES_NO.no.zh) },
};
const isPersonColumn = (c: RecordColumn): c is RecordColumn & { key: PersonKey } => c.key in PERSON_CELLS;

/** The roster sheet's columns: the record's ID as on the ledger sheet, then the import roster's person columns. */
function rosterSheetColumns(decl: RecordTypeDecl): RosterColumn[] {
  const person = rosterColumns(decl)
    .filter(isPersonColumn)
    .map((c): RosterColumn => {
      const { isMasked, value } = PERSON_CELLS[c.key];
      return {
        zh: isMasked ? `${c.zh}（脱敏）` : c.zh,
        en: isMasked ? `${c.en} (masked)` : c.en,
        width: c.width,
        style: isTextColumn(c) ? styleOf('code') : {},
        value,
      };
    });
  return [{ ...RECORD_ID, width: 38, style: styleOf('code'), value: (p) => p.recordId }, ...person];
}

/** Rows an Excel sheet holds: a longer roster goes on in “名单 Roster (2)” and so on. */
const SHEET_ROWS = 1_048_576;

/**
 * The roster sheet of a type with a roster of many: one line per person of each exported record, in the ledger
 * sheet's order. A streamed workbook writes one sheet after another, so the records are read again rather than
 * their people held; a record edited while the file streams may list other people here than in its 人员 cell.
 */
async function writeRoster(
  ctx: AppContext,
  actor: Actor,
  q: RecordExportQuery,
  decl: RecordTypeDecl,
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  out: PassThrough,
) {
  const cols = rosterSheetColumns(decl);
  let sheets = 1;
  let ws = addSheet(wb, ROSTER_SHEET, cols);
  let rows = 1;
  for await (const batch of iterate(ctx.db, actor.tenantId, recordScope(actor), q)) {
    for (const p of await excelRepo.peopleOfRecords(
      ctx.db,
      batch.filter((w) => w.r.peopleCount > 0).map((w) => w.r.id),
    )) {
      if (rows === SHEET_ROWS) {
        ws.commit();
        ws = addSheet(wb, `${ROSTER_SHEET} (${++sheets})`, cols);
        rows = 1;
      }
      ws.addRow(cols.map((c) => exportCellValue(c.value(p)))).commit();
      rows++;
    }
    if (!(await keepsUp(out))) return;
  }
  ws.commit();
}

async function produce(ctx: AppContext, actor: Actor, q: RecordExportQuery, out: PassThrough) {
  const [units, pairings] = await Promise.all([
    excelRepo.listUnitRefs(ctx.db, actor.tenantId),
    excelRepo.listPairingRefs(ctx.db, actor.tenantId),
  ]);
  const unitNames = new Map(units.map((u) => [u.id, u.name]));
  // labelled among all the tenant's pairings, as the template lists them and the import looks them up
  const pairingNames = new Map(pairingLabels(pairings).map((p) => [p.id, p.label]));
  const cols = columns(q.type, {
    unit: (id) => unitNames.get(id) ?? id,
    pairing: (id) => pairingNames.get(id) ?? null,
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = 'Xiezuo';
  const ws = addSheet(
    wb,
    '台账 Ledger',
    cols.map((c) => ({ ...c, style: styleOf(c.kind) })),
  );
  for await (const batch of iterate(ctx.db, actor.tenantId, recordScope(actor), q)) {
    const people = await excelRepo.peopleOfRecords(
      ctx.db,
      batch.filter((w) => w.r.peopleCount > 0).map((w) => w.r.id),
    );
    const byRecord = new Map<string, excelRepo.ExportPerson[]>();
    for (const p of people) byRecord.set(p.recordId, [...(byRecord.get(p.recordId) ?? []), p]);
    for (const w of batch) ws.addRow(rowValues(cols, { w, people: byRecord.get(w.r.id) ?? [] })).commit();
    if (!(await keepsUp(out))) return;
  }
  ws.commit();
  const decl = q.type ? recordType(q.type) : undefined;
  if (decl?.roster.mode === 'many') await writeRoster(ctx, actor, q, decl, wb, out);
  if (out.destroyed) return;
  await wb.commit();
}

/**
 * The records the caller sees under the list's filters as an xlsx stream: typed cells, frozen header, text
 * formula-escaped, codes as text, pairings by the label the import reads, people by name and masked ID number; for
 * one type with a roster of many, a 名单 Roster sheet of its people (masked). Audited before the first byte goes out.
 */
export async function exportRecords(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  q: RecordExportQuery,
): Promise<Readable> {
  await withAudit(ctx.db, actor, meta, async () => ({
    result: null,
    audit: { action: 'record.export', outcome: 'success', objectType: 'record', details: { filters: q } },
  }));
  const out = new PassThrough();
  produce(ctx, actor, q, out).catch((err: unknown) => out.destroy(err instanceof Error ? err : new Error(String(err))));
  return out;
}
