import type { FieldDecl, ImportRowError, Label, PersonInput } from '@xiezuo/domain';
import { cellDate, cellText, type Plain } from '../../../lib/xlsx/xlsx-read';
import type { ColumnKey, RecordColumn } from './ledger-excel.columns';
import type { FieldError, RecordCore } from '../records.validate';

/** Why a cell was refused, in zh and en. */
export const ROW_REASONS = {
  required: { zh: '必填', en: 'required' },
  invalidDate: { zh: '日期无效，应为日期或 YYYY-MM-DD', en: 'not a date; use a date cell or YYYY-MM-DD' },
  notNumber: { zh: '应为数字', en: 'not a number' },
  notInteger: { zh: '应为整数', en: 'must be a whole number' },
  notMoney: {
    zh: '金额应为不小于 0、最多两位小数的数（元）',
    en: 'an amount in yuan, not negative, with at most 2 decimals',
  },
  notOption: { zh: '不在可选项中：{options}', en: 'not one of: {options}' },
  notBoolean: { zh: '应为“是”或“否”', en: 'use 是 (yes) or 否 (no)' },
  unknownUnit: { zh: '未找到该单位（请填单位编码或完整名称）', en: 'unknown unit (use its code or exact name)' },
  ambiguousUnit: { zh: '有多个同名单位，请填单位编码', en: 'several units have this name; use the unit code' },
  unknownCounty: { zh: '不是本区对口帮扶的受援县', en: 'not a county this district assists' },
  badCode: { zh: '应为数字编码', en: 'must be a numeric code' },
  idNotText: { zh: '身份证号须以文本格式填写', en: 'ID number must be text' },
  tooLong: { zh: '超过 {max} 字', en: 'longer than {max} characters' },
  belowMin: { zh: '不得小于 {min}', en: 'must be at least {min}' },
  aboveMax: { zh: '不得大于 {max}', en: 'must be at most {max}' },
  termOrder: { zh: '结束日期早于开始日期', en: 'the end is before the start' },
  invalid: { zh: '内容无效', en: 'not valid' },
  notReporter: { zh: '您不是该单位的填报人，不能导入其台账', en: 'you do not report for this unit' },
  notReporterCounty: { zh: '您不是该县的填报人，不能导入其台账', en: 'you do not report for this county' },
  periodClosed: { zh: '所属期间已关账', en: 'the period is closed' },
  unknownPairing: {
    zh: '未找到该结对（请按“结对 Pairings”表填写）',
    en: 'unknown pairing (copy its label from the Pairings sheet)',
  },
  ambiguousPairing: {
    zh: '有多个结对同名，请在前面加上结对类型，如“学校结对：甲 — 乙”',
    en: 'several pairings have these parties; put the kind in front, as on the Pairings sheet',
  },
  duplicateKey: { zh: '编号已在第 {row} 行使用', en: 'key already used on row {row}' },
  duplicateRow: {
    zh: '与第 {row} 行重复（同一类型、日期、人员和各项内容），未导入',
    en: 'repeats row {row} (same type, date, people and values); not imported',
  },
  rosterRefused: {
    zh: '“名单 Roster”表第 {rows} 行有误，本记录未导入',
    en: 'Roster sheet row(s) {rows} refused, so this record was not imported',
  },
  recordRefused: {
    zh: '所属记录（数据表第 {row} 行）未导入',
    en: 'its record (row {row} of the data sheet) was not imported',
  },
  noRecord: { zh: '数据表中没有这个记录编号', en: 'no record on the data sheet has this key' },
  tooManyPeople: { zh: '一条记录的名单最多 {max} 人', en: 'at most {max} people on one record' },
} as const satisfies Record<string, Label>;
export type RowReason = keyof typeof ROW_REASONS;

/** Finds the tenant's east unit by code (any case) or exact name; an assisted county by name or code; a pairing by label. */
export type Lookups = {
  unit: (text: string) => string | 'unknown' | 'ambiguous';
  county: (text: string) => string | 'unknown';
  pairing?: (text: string) => string | 'unknown' | 'ambiguous';
};
/** A data row as read: the record it states, its note, its record key (types with a roster sheet) and its problems. */
export type ParsedRow = { core: RecordCore; note: string | null; rosterKey: string | null; errors: ImportRowError[] };
type Cols = { list: readonly RecordColumn[]; map: Map<ColumnKey, number> };

const fill = (s: string, vars: Record<string, string | number>) =>
  s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));

/** One row error naming the column (zh and en) and the reason. */
export function rowError(
  row: number,
  col: Pick<RecordColumn, 'zh' | 'en'>,
  reason: Label | RowReason,
  vars: Record<string, string | number> = {},
): ImportRowError {
  const r = typeof reason === 'string' ? ROW_REASONS[reason] : reason;
  return { row, column: { zh: col.zh, en: col.en }, zh: fill(r.zh, vars), en: fill(r.en, vars) };
}

/** 是/否 and the usual spellings of yes and no; undefined when the text is none of them. */
export function parseBoolean(v: Plain): boolean | undefined {
  if (typeof v === 'boolean') return v;
  const t = cellText(v).toLowerCase();
  if (['是', 'y', 'yes', 'true', '1', '√', '有'].includes(t)) return true;
  if (['否', 'n', 'no', 'false', '0', '×', '无'].includes(t)) return false;
  return undefined;
}

/** Yuan (a number, or text with up to two decimals and optional thousands separators) to integer fen. */
export function yuanToFen(v: Plain): number | null {
  if (typeof v === 'number') {
    const fen = Math.round(v * 100);
    return v >= 0 && Math.abs(fen - v * 100) < 1e-6 && Number.isSafeInteger(fen) ? fen : null;
  }
  const t = cellText(v)
    .replace(/[,，\s]/g, '')
    .replace(/元$/, '');
  const m = /^(\d{1,13})(?:\.(\d{1,2}))?$/.exec(t);
  return m ? Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0')) : null;
}

function parseNumber(v: Plain): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  const t = cellText(v).replace(/[,，\s]/g, '');
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : null;
}

function findOption(col: RecordColumn, text: string): string | undefined {
  const t = text.toLowerCase();
  return col.options?.find((o) => o.label.zh === text || o.label.en.toLowerCase() === t || o.value === text)?.value;
}

/** A field cell as the value the declaration expects, or the reason it cannot be one. */
function fieldValue(
  col: RecordColumn,
  f: FieldDecl,
  v: Plain,
  lookups: Lookups,
): { value: unknown } | { error: RowReason; vars?: Record<string, string> } {
  switch (f.kind) {
    case 'text':
      return { value: cellText(v) };
    case 'number': {
      const n = parseNumber(v);
      if (n === null) return { error: 'notNumber' };
      return f.integer && !Number.isInteger(n) ? { error: 'notInteger' } : { value: n };
    }
    case 'money': {
      const fen = yuanToFen(v);
      return fen === null ? { error: 'notMoney' } : { value: fen };
    }
    case 'date': {
      const d = cellDate(v);
      return d === 'invalid' || d === null ? { error: 'invalidDate' } : { value: d };
    }
    case 'boolean': {
      const b = parseBoolean(v);
      return b === undefined ? { error: 'notBoolean' } : { value: b };
    }
    case 'enum': {
      const o = findOption(col, cellText(v));
      return o ? { value: o } : { error: 'notOption', vars: { options: f.options.map((x) => x.label.zh).join('、') } };
    }
    case 'unit': {
      const id = lookups.unit(cellText(v));
      return id === 'unknown' || id === 'ambiguous'
        ? { error: id === 'unknown' ? 'unknownUnit' : 'ambiguousUnit' }
        : { value: id };
    }
    case 'region': {
      const t = cellText(v);
      return /^\d{6,12}$/.test(t) ? { value: t } : { error: 'badCode' };
    }
    default: {
      const never: never = f;
      return never;
    }
  }
}

/** A row's cell under a column, or null when the upload lacks the column. */
function cellAt(cols: Cols, cells: Plain[], key: ColumnKey): Plain {
  const i = cols.map.get(key);
  return i === undefined ? null : (cells[i] ?? null);
}
// module-level helpers, not closures made per row: the import calls these 100,000 times
function failOn(
  errors: ImportRowError[],
  row: number,
  cols: Cols,
  key: ColumnKey,
  reason: RowReason,
  vars?: Record<string, string | number>,
) {
  errors.push(
    rowError(
      row,
      cols.list.find((c) => c.key === key)!,
      reason,
      vars,
    ),
  );
}

const isEmpty = (v: Plain) => v === null || (typeof v === 'string' && cellText(v) === '');

/**
 * Reads one data row into the record it states, and every problem found without the database: required cells,
 * dates, numbers, money, options, units and counties by name, and ID numbers that arrived as numbers.
 */
export function parseRecordRow(row: number, cells: Plain[], cols: Cols, type: string, lookups: Lookups): ParsedRow {
  const errors: ImportRowError[] = [];

  const date = cellDate(cellAt(cols, cells, 'occurredOn'));
  if (date === null) failOn(errors, row, cols, 'occurredOn', 'required');
  else if (date === 'invalid') failOn(errors, row, cols, 'occurredOn', 'invalidDate');
  let eastUnitId = '';
  const unitText = cellText(cellAt(cols, cells, 'eastUnit'));
  if (!unitText) failOn(errors, row, cols, 'eastUnit', 'required');
  else {
    const found = lookups.unit(unitText);
    if (found === 'unknown' || found === 'ambiguous')
      failOn(errors, row, cols, 'eastUnit', found === 'unknown' ? 'unknownUnit' : 'ambiguousUnit');
    else eastUnitId = found;
  }
  let countyCode: string | null = null;
  const countyText = cellText(cellAt(cols, cells, 'county'));
  if (countyText) {
    const found = lookups.county(countyText);
    if (found === 'unknown') failOn(errors, row, cols, 'county', 'unknownCounty');
    else countyCode = found;
  } else if (cols.list.find((c) => c.key === 'county')!.required) failOn(errors, row, cols, 'county', 'required');
  const regionText = cellText(cellAt(cols, cells, 'region'));
  if (regionText && !/^\d{9}(\d{3})?$/.test(regionText)) failOn(errors, row, cols, 'region', 'badCode');
  let pairingId: string | null = null;
  const pairingText = cellText(cellAt(cols, cells, 'pairing'));
  if (pairingText) {
    const found = lookups.pairing?.(pairingText) ?? 'unknown';
    if (found === 'unknown' || found === 'ambiguous')
      failOn(errors, row, cols, 'pairing', found === 'unknown' ? 'unknownPairing' : 'ambiguousPairing');
    else pairingId = found;
  }

  const values: Record<string, unknown> = {};
  for (const col of cols.list) {
    if (!col.field) continue;
    const v = cellAt(cols, cells, col.key);
    if (isEmpty(v)) {
      if (col.required) failOn(errors, row, cols, col.key, 'required');
      continue;
    }
    const got = fieldValue(col, col.field, v, lookups);
    if ('error' in got) failOn(errors, row, cols, col.key, got.error, got.vars);
    else values[col.field.key] = got.value;
  }

  const people: PersonInput[] = [];
  if (cols.list.some((c) => c.key === 'idNumber')) {
    const person = parsePerson(row, cells, cols, errors);
    if (person) people.push(person);
  }
  const note = cellText(cellAt(cols, cells, 'note'));
  if (note.length > 2000) failOn(errors, row, cols, 'note', 'tooLong', { max: 2000 });
  const rosterKey = cols.map.has('rosterKey') ? cellText(cellAt(cols, cells, 'rosterKey')) || null : null;

  const core: RecordCore = {
    type,
    occurredOn: typeof date === 'string' && date !== 'invalid' ? date : '',
    eastUnitId,
    countyCode,
    regionCode: regionText || null,
    pairingId,
    values,
    people,
  };
  return { core, note: note || null, rosterKey, errors };
}

/**
 * The person on a row (a data row of roster 'single', a line of the roster sheet): ID number as text (a number cell
 * has lost its last digits already), name, optional phone and poverty flag. Problems go to `errors`; null when the
 * row names nobody usable. The ID number itself is checked with the API's rules (validateRecord).
 */
export function parsePerson(row: number, cells: Plain[], cols: Cols, errors: ImportRowError[]): PersonInput | null {
  const id = cellAt(cols, cells, 'idNumber');
  const name = cellText(cellAt(cols, cells, 'name'));
  if (typeof id === 'number') failOn(errors, row, cols, 'idNumber', 'idNotText');
  else if (isEmpty(id)) failOn(errors, row, cols, 'idNumber', 'required');
  if (!name) failOn(errors, row, cols, 'name', 'required');
  const isPoor = isEmpty(cellAt(cols, cells, 'isPoor')) ? undefined : parseBoolean(cellAt(cols, cells, 'isPoor'));
  if (!isEmpty(cellAt(cols, cells, 'isPoor')) && isPoor === undefined)
    failOn(errors, row, cols, 'isPoor', 'notBoolean');
  return typeof id === 'string' && name
    ? { idNumber: cellText(id), name: name.slice(0, 50), phone: cellText(cellAt(cols, cells, 'phone')) || null, isPoor }
    : null;
}

/** The column a validateRecord error path belongs to. */
function columnOfPath(path: string): ColumnKey | null {
  if (path.startsWith('values.')) return `values.${path.split('.')[1]}`;
  if (path === 'eastUnitId') return 'eastUnit';
  if (path === 'countyCode') return 'county';
  if (path === 'regionCode') return 'region';
  if (path === 'pairingId') return 'pairing';
  if (path.startsWith('people'))
    return path.endsWith('.phone') ? 'phone' : path.endsWith('.name') ? 'name' : 'idNumber';
  return null;
}

/** A value's zod problem in words, using the field's declared limits. */
function valueReason(
  f: FieldDecl | undefined,
  code: string | undefined,
): { reason: RowReason; vars?: Record<string, string | number> } {
  if (code === 'custom') return { reason: 'termOrder' };
  if (code === 'too_small')
    return f?.kind === 'number' && f.min !== undefined
      ? { reason: 'belowMin', vars: { min: f.min } }
      : f?.kind === 'money'
        ? { reason: 'notMoney' }
        : { reason: 'required' };
  if (code === 'too_big')
    return f?.kind === 'text'
      ? { reason: 'tooLong', vars: { max: f.maxLength ?? 2000 } }
      : f?.kind === 'number' && f.max !== undefined
        ? { reason: 'aboveMax', vars: { max: f.max } }
        : { reason: 'notMoney' };
  if (code === 'invalid_type' && f?.kind === 'number') return { reason: 'notInteger' };
  return { reason: 'invalid' };
}

/**
 * validateRecord's errors as row errors on the sheet's columns, skipping columns the row parser already refused.
 * Its own messages are "en / zh"; zod's are put into words from the field declaration.
 */
export function validationErrors(
  row: number,
  fieldErrors: FieldError[],
  cols: readonly RecordColumn[],
  already: ImportRowError[],
): ImportRowError[] {
  const flagged = new Set(already.map((e) => e.column.zh));
  const out: ImportRowError[] = [];
  for (const e of fieldErrors) {
    const key = columnOfPath(e.path);
    const col = cols.find((c) => c.key === key) ?? cols[0]!;
    // "exactly one person" only repeats that the person's cells were refused
    const personRefused = cols.some((c) => (c.key === 'idNumber' || c.key === 'name') && flagged.has(c.zh));
    if (flagged.has(col.zh) || (e.path === 'people' && personRefused)) continue;
    flagged.add(col.zh);
    if (e.path.startsWith('values.')) {
      const { reason, vars } = valueReason(col.field, e.code);
      out.push(rowError(row, col, reason, vars));
    } else {
      const cut = e.message.lastIndexOf(' / ');
      out.push(
        rowError(
          row,
          col,
          cut > 0 ? { en: e.message.slice(0, cut), zh: e.message.slice(cut + 3) } : { zh: e.message, en: e.message },
        ),
      );
    }
  }
  return out;
}
