import type { z } from 'zod';
import type { ImportRowError, pairingBody } from '@xiezuo/domain';
import { AppError } from '../../../http/app-error';
import { cellDate, cellText, type Plain } from '../../../lib/xlsx/xlsx-read';
import { cellAt } from '../../../lib/xlsx/xlsx-columns';
import {
  kindFromLabel,
  PAIRING_COLUMNS,
  statusFromLabel,
  type PairingColumnKey,
  type PairingHeader,
} from './pairings-excel.columns';

export type PairingInput = z.infer<typeof pairingBody>;
export type Side = 'east' | 'west';
/** Finds a unit of the tenant on one side by code or exact name. */
export type UnitLookup = (side: Side, text: string) => { id: string } | 'unknown' | 'ambiguous';

/** Why a row was refused, in zh and en. */
export const ROW_REASONS = {
  required: { zh: '必填', en: 'required' },
  invalidKind: { zh: '结对类型无效，请从下拉列表选择', en: 'unknown pairing kind; pick one from the list' },
  invalidStatus: { zh: '状态无效，应为 进行中、暂停 或 已结束', en: 'unknown status; use 进行中, 暂停 or 已结束' },
  invalidDate: { zh: '日期无效，应为日期或 YYYY-MM-DD', en: 'not a date; use a date cell or YYYY-MM-DD' },
  endBeforeStart: { zh: '结束日期早于开始日期', en: 'the end date is before the start date' },
  partyBoth: { zh: '单位和区划编码只能填一项', en: 'give a unit or a region code, not both' },
  partyNeither: { zh: '单位和区划编码须填一项', en: 'give a unit or a region code' },
  unknownUnit: { zh: '未找到该单位（请填单位编码或完整名称）', en: 'unknown unit (use its code or exact name)' },
  ambiguousUnit: { zh: '有多个同名单位，请填单位编码', en: 'several units have this name; use the unit code' },
  regionFormat: { zh: '区划编码应为 6–12 位数字', en: 'a region code has 6 to 12 digits' },
  unknownRegion: { zh: '区划编码不存在', en: 'unknown region code' },
  notAssisted: { zh: '不在本区对口帮扶的受援县内', en: 'not in a county this district assists' },
  notInDistrict: { zh: '东部区划不在本区范围内', en: 'the east region is not in this district' },
  duplicateDb: { zh: '该结对已存在', en: 'this pairing already exists' },
  duplicateFile: { zh: '与本文件第 {row} 行重复', en: 'duplicates row {row} of this file' },
  noteTooLong: { zh: '备注超过 2000 字', en: 'the note is longer than 2,000 characters' },
} as const;
export type RowReason = keyof typeof ROW_REASONS;

/** One row error naming the column (zh and en) and the reason. */
export function rowError(
  row: number,
  key: PairingColumnKey,
  reason: RowReason,
  vars: Record<string, string | number> = {},
): ImportRowError {
  const col = PAIRING_COLUMNS.find((c) => c.key === key)!;
  const fill = (s: string) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
  return {
    row,
    column: { zh: col.zh, en: col.en },
    zh: fill(ROW_REASONS[reason].zh),
    en: fill(ROW_REASONS[reason].en),
  };
}

export type ParsedRow = { input: PairingInput; errors: [] } | { input: null; errors: ImportRowError[] };

/** Reads one data row into a pairing input, or every problem the row has that needs no database write to find. */
export function parsePairingRow(row: number, cells: Plain[], map: PairingHeader, findUnit: UnitLookup): ParsedRow {
  const at = (k: PairingColumnKey): Plain => cellAt(map, cells, k) ?? null;
  const text = (k: PairingColumnKey) => cellText(at(k));
  const errors: ImportRowError[] = [];

  const kindText = text('kind');
  const kind = kindText ? kindFromLabel(kindText) : undefined;
  if (!kindText) errors.push(rowError(row, 'kind', 'required'));
  else if (!kind) errors.push(rowError(row, 'kind', 'invalidKind'));

  const party = (side: Side) => {
    const unitKey = side === 'east' ? 'eastUnit' : 'westUnit';
    const regionKey = side === 'east' ? 'eastRegion' : 'westRegion';
    const unitText = text(unitKey);
    const regionText = text(regionKey);
    if (unitText && regionText) errors.push(rowError(row, unitKey, 'partyBoth'));
    else if (!unitText && !regionText) errors.push(rowError(row, unitKey, 'partyNeither'));
    else if (unitText) {
      const found = findUnit(side, unitText);
      if (found === 'unknown' || found === 'ambiguous')
        errors.push(rowError(row, unitKey, found === 'unknown' ? 'unknownUnit' : 'ambiguousUnit'));
      else return { unitId: found.id, regionCode: null };
    } else if (!/^\d{6,12}$/.test(regionText)) errors.push(rowError(row, regionKey, 'regionFormat'));
    else return { unitId: null, regionCode: regionText };
    return null;
  };
  const east = party('east');
  const west = party('west');

  const start = cellDate(at('startDate'));
  const end = cellDate(at('endDate'));
  if (start === null) errors.push(rowError(row, 'startDate', 'required'));
  else if (start === 'invalid') errors.push(rowError(row, 'startDate', 'invalidDate'));
  if (end === 'invalid') errors.push(rowError(row, 'endDate', 'invalidDate'));
  else if (end && start && start !== 'invalid' && end < start) errors.push(rowError(row, 'endDate', 'endBeforeStart'));

  const statusText = text('status');
  const status = statusText ? statusFromLabel(statusText) : 'active';
  if (!status) errors.push(rowError(row, 'status', 'invalidStatus'));
  const note = text('note');
  if (note.length > 2000) errors.push(rowError(row, 'note', 'noteTooLong'));

  if (errors.length || !kind || !east || !west || !start || start === 'invalid' || end === 'invalid' || !status)
    return { input: null, errors };
  return { input: { kind, east, west, startDate: start, endDate: end, status, note: note || null }, errors: [] };
}

/** The party key insertPairing stores, to tell a duplicate within the file from one already in the database. */
export const partyKeyOf = (p: PairingInput) =>
  `${p.kind}|${[p.east, p.west].map((s) => (s.unitId ? `u:${s.unitId}` : `r:${s.regionCode}`)).join('|')}`;

/** Turns an error insertPairing raised into the row's error; rethrows anything that is not a rule of the data. */
export function rowErrorFromInsert(row: number, input: PairingInput, err: unknown): ImportRowError {
  if (!(err instanceof AppError)) throw err;
  if (err.code === 'DUPLICATE') return rowError(row, 'kind', 'duplicateDb');
  const field = (err.details as { fields?: { path: string; message: string }[] } | undefined)?.fields?.[0];
  if (err.code !== 'VALIDATION_FAILED' || !field) throw err;
  const side: Side = field.path.startsWith('east') ? 'east' : 'west';
  const column: PairingColumnKey = input[side].unitId
    ? side === 'east'
      ? 'eastUnit'
      : 'westUnit'
    : side === 'east'
      ? 'eastRegion'
      : 'westRegion';
  if (field.message === 'unknown region code') return rowError(row, column, 'unknownRegion');
  if (field.message === 'not in an assisted county') return rowError(row, column, 'notAssisted');
  if (field.message === 'not in the district') return rowError(row, column, 'notInDistrict');
  if (field.message.startsWith('unknown')) return rowError(row, column, 'unknownUnit');
  throw err;
}
