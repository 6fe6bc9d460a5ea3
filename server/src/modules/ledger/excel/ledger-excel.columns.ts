import type { FieldDecl, Label, RecordTypeDecl } from '@xiezuo/domain';
import { missingColumns, type SheetColumn } from '../../../lib/xlsx/xlsx-columns';

/**
 * How a column's cells are read and written. `unit` takes a unit code or exact name, `county` a county name or code,
 * `pairing` a pairing's label (east party — west party, see pairingLabels), `key` a record key the roster sheet uses.
 */
export type ColumnKind =
  | 'date'
  | 'text'
  | 'code'
  | 'number'
  | 'money'
  | 'enum'
  | 'boolean'
  | 'unit'
  | 'county'
  | 'idNumber'
  | 'pairing'
  | 'key';
export type CoreKey = 'occurredOn' | 'eastUnit' | 'county' | 'region' | 'pairing' | 'rosterKey' | 'note';
export type PersonKey = 'idNumber' | 'name' | 'phone' | 'isPoor';
/**
 * A column of a record type's sheet: a core column, `values.<field key>`, or a person column (the data sheet's for
 * roster 'single', the roster sheet's for roster 'many').
 */
export type ColumnKey = CoreKey | PersonKey | `values.${string}`;

export type RecordColumn = SheetColumn<ColumnKey> & {
  kind: ColumnKind;
  required: boolean;
  hint: Label;
  field?: FieldDecl;
  options?: readonly { value: string; label: Label }[];
};

export const YES_NO = { yes: { zh: '是', en: 'Yes' }, no: { zh: '否', en: 'No' } } as const;

const KIND_HINTS: Record<ColumnKind, Label> = {
  date: { zh: '日期，或文本 YYYY-MM-DD', en: 'a date, or text YYYY-MM-DD' },
  text: { zh: '文本', en: 'text' },
  code: { zh: '数字编码，以文本格式填写', en: 'a numeric code, written as text' },
  number: { zh: '数字', en: 'a number' },
  money: { zh: '金额，单位元，最多两位小数', en: 'an amount in yuan, up to 2 decimals' },
  enum: { zh: '从下拉列表选择', en: 'pick one from the list' },
  boolean: { zh: '是 或 否', en: '是 (yes) or 否 (no)' },
  unit: { zh: '单位编码或完整名称（见“单位与区县”表）', en: 'unit code or exact name (see the reference sheet)' },
  county: { zh: '受援县名称或区划编码', en: 'county name or code' },
  idNumber: {
    zh: '18 位身份证号，必须以文本格式填写（数字格式会丢失末尾数字）',
    en: '18-character ID number, as text (a number cell loses the last digits)',
  },
  pairing: {
    zh: '结对名称“东部方 — 西部方”（见“结对 Pairings”表，同名时前加结对类型）',
    en: 'the pairing as “east party — west party” (see the Pairings sheet; prefixed with its kind where two share a name)',
  },
  key: { zh: '本表内不重复的编号（如 T001），文本格式', en: 'a key unique in this sheet (e.g. T001), as text' },
};

const FIELD_KIND: Record<FieldDecl['kind'], ColumnKind> = {
  text: 'text',
  number: 'number',
  money: 'money',
  date: 'date',
  boolean: 'boolean',
  enum: 'enum',
  unit: 'unit',
  region: 'code',
};

function column(
  key: ColumnKey,
  label: Label,
  kind: ColumnKind,
  required: boolean,
  extra: Partial<RecordColumn> = {},
): RecordColumn {
  const base = KIND_HINTS[kind];
  const note = extra.hint;
  const hint = {
    zh: `${required ? '必填' : '可空'}；${base.zh}${note ? `。${note.zh}` : ''}`,
    en: `${required ? 'Required' : 'Optional'}; ${base.en}${note ? `. ${note.en}` : ''}`,
  };
  return {
    key,
    zh: label.zh,
    en: label.en,
    kind,
    required,
    width: kind === 'text' || kind === 'unit' || kind === 'pairing' ? 24 : kind === 'idNumber' ? 22 : 14,
    ...extra,
    hint,
  };
}

function fieldColumn(f: FieldDecl): RecordColumn {
  const kind = FIELD_KIND[f.kind];
  const limits: string[] = [];
  if (f.kind === 'number' && f.min !== undefined) limits.push(`≥ ${f.min}`);
  if (f.kind === 'number' && f.max !== undefined) limits.push(`≤ ${f.max}`);
  if (f.kind === 'number' && f.integer) limits.push('整数 / whole number');
  if (f.kind === 'text' && f.maxLength) limits.push(`≤ ${f.maxLength} 字 / characters`);
  const hint = f.note ?? (limits.length ? { zh: limits.join('，'), en: limits.join(', ') } : undefined);
  return column(`values.${f.key}`, f.label, kind, f.required === true, {
    field: f,
    options: f.kind === 'enum' ? f.options : undefined,
    hint,
  });
}

const ROSTER_KEY_LABEL = { zh: '记录编号', en: 'Record key' };

/** The person columns: the data sheet's for roster 'single', the roster sheet's (after the record key) for 'many'. */
function personColumns(label: Label): RecordColumn[] {
  return [
    column('idNumber', { zh: '身份证号', en: 'ID number' }, 'idNumber', true, { hint: { zh: label.zh, en: label.en } }),
    column('name', { zh: '姓名', en: 'Name' }, 'text', true),
    column('phone', { zh: '手机号', en: 'Mobile phone' }, 'code', false, {
      hint: { zh: '11 位手机号', en: '11-digit mainland mobile number' },
    }),
    column('isPoor', { zh: '是否建档立卡', en: 'Registered poor' }, 'boolean', false),
  ];
}

/**
 * The columns of a record type's data sheet, in order: where, when and which pairing, the record key of a type with
 * a roster, the declared fields, then the person (roster 'single').
 */
export function recordColumns(decl: RecordTypeDecl): RecordColumn[] {
  const cols = [
    column('occurredOn', { zh: '发生日期', en: 'Date' }, 'date', true),
    column('eastUnit', { zh: '东部单位', en: 'East unit' }, 'unit', true),
    column('county', { zh: '受援县', en: 'County' }, 'county', !decl.countyOptional),
    column('region', { zh: '乡镇/村区划编码', en: 'Township or village code' }, 'code', false, {
      hint: { zh: '须在所填受援县内', en: 'must lie in the county' },
    }),
    column('pairing', { zh: '结对', en: 'Pairing' }, 'pairing', false, {
      hint: { zh: '须属所填受援县', en: 'must be of the county' },
    }),
  ];
  if (decl.roster.mode === 'many') {
    const hint = {
      zh: `有${decl.roster.label.zh}时必填：在“名单 Roster”表中用同一编号逐行列出人员`,
      en: `needed with a roster (${decl.roster.label.en}): list the people on the Roster sheet under the same key`,
    };
    cols.push(column('rosterKey', ROSTER_KEY_LABEL, 'key', false, { hint }));
  }
  cols.push(...decl.fields.map(fieldColumn));
  if (decl.roster.mode === 'single') cols.push(...personColumns(decl.roster.label));
  cols.push(
    column('note', { zh: '备注', en: 'Note' }, 'text', false, {
      hint: { zh: '最多 2000 字', en: 'up to 2,000 characters' },
      width: 30,
    }),
  );
  return cols;
}

/** The roster sheet's columns for a type with a roster of many ('名单 Roster'): the record key, then one person a row. */
export function rosterColumns(decl: RecordTypeDecl): RecordColumn[] {
  if (decl.roster.mode !== 'many') return [];
  return [
    column('rosterKey', ROSTER_KEY_LABEL, 'key', true, {
      hint: { zh: '数据表中该记录的“记录编号”', en: 'the record’s key on the data sheet' },
    }),
    ...personColumns(decl.roster.label),
  ];
}

/** The roster sheet's name in templates and rejects reports, and whether an uploaded sheet's name is one. */
export const ROSTER_SHEET = '名单 Roster';
export const isRosterSheet = (name: string) => /^(名单|roster)/.test(name.replace(/\s/g, '').toLowerCase());

/** zh labels of the required columns the header lacks. */
export const missingRecordColumns = (cols: readonly RecordColumn[], map: ReadonlyMap<ColumnKey, number>): string[] =>
  missingColumns(cols, map, (c) => (c as RecordColumn).required);

/** Whether a column is written and formatted as text (codes, ID numbers, phones, unit codes). */
export const isTextColumn = (c: RecordColumn) =>
  c.kind === 'code' || c.kind === 'idNumber' || c.kind === 'unit' || c.kind === 'key';
