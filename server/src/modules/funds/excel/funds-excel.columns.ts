import type { ImportRowError } from '@xiezuo/domain';
import { cellText, type Plain } from '../../../lib/xlsx/xlsx-read';

/** A column of a funds sheet: its key, zh / en headers, a hint for the template, and how its cells are written. */
export type Column<K extends string> = {
  key: K;
  zh: string;
  en: string;
  hint?: string;
  required?: boolean;
  isText?: boolean;
  isMoney?: boolean;
  isDate?: boolean;
  width?: number;
};

const c = <K extends string>(col: Column<K>) => col;

/** 项目库: one row per project; further rows with the same 项目编码 (or county and name) add expected outputs. */
export const PROJECT_COLUMNS = [
  c({
    key: 'code',
    zh: '项目编码',
    en: 'Code',
    isText: true,
    width: 18,
    hint: '可空（自动编号）；同一项目的多行产出指标用同一编码。Optional (numbered for you); rows of one project share it.',
  }),
  c({ key: 'name', zh: '项目名称', en: 'Name', required: true, width: 30 }),
  c({ key: 'year', zh: '年度', en: 'Year', required: true, width: 8 }),
  c({
    key: 'county',
    zh: '受援县',
    en: 'County',
    required: true,
    width: 10,
    hint: '县名或区划代码。County name or code.',
  }),
  c({ key: 'region', zh: '乡镇或村区划代码', en: 'Township or village code', isText: true, width: 16 }),
  c({ key: 'category', zh: '项目类别', en: 'Category', required: true, width: 12 }),
  c({ key: 'level', zh: '实施层级', en: 'Level', required: true, width: 10 }),
  c({ key: 'source', zh: '资金来源', en: 'Fund source', required: true, width: 14 }),
  c({ key: 'planned', zh: '计划投资（元）', en: 'Planned (yuan)', required: true, isMoney: true, width: 16 }),
  c({ key: 'households', zh: '受益户数', en: 'Households', width: 10 }),
  c({ key: 'persons', zh: '受益人数', en: 'Persons', width: 10 }),
  c({ key: 'poorHouseholds', zh: '其中贫困户', en: 'Poor households', width: 10 }),
  c({ key: 'poorPersons', zh: '其中贫困人口', en: 'Poor persons', width: 10 }),
  c({ key: 'benefit', zh: '利益联结方式', en: 'Benefit link', width: 14 }),
  c({ key: 'benefitHouseholds', zh: '联结户数', en: 'Households linked', width: 10 }),
  c({ key: 'outputName', zh: '产出指标', en: 'Output', width: 16 }),
  c({ key: 'outputUnit', zh: '产出单位', en: 'Output unit', width: 10 }),
  c({ key: 'outputPlanned', zh: '计划产出', en: 'Planned output', width: 10 }),
  c({ key: 'description', zh: '建设内容', en: 'Description', width: 30 }),
] as const;
export type ProjectColumnKey = (typeof PROJECT_COLUMNS)[number]['key'];

/** The county's bank statement (收入明细): one line per credit; debit-only lines are skipped. */
export const RECEIPT_COLUMNS = [
  c({ key: 'date', zh: '交易日期', en: 'Date', required: true, isDate: true, width: 12 }),
  c({
    key: 'voucher',
    zh: '凭证号',
    en: 'Voucher',
    required: true,
    isText: true,
    width: 18,
    hint: '银行流水号或记账凭证号，在本县账簿中唯一。Unique in the county’s books.',
  }),
  c({ key: 'summary', zh: '摘要', en: 'Summary', width: 24 }),
  c({ key: 'payer', zh: '对方户名', en: 'Payer', width: 24 }),
  c({ key: 'credit', zh: '收入金额（元）', en: 'Credit (yuan)', isMoney: true, width: 16 }),
  c({ key: 'debit', zh: '支出金额（元）', en: 'Debit (yuan)', isMoney: true, width: 16 }),
  c({ key: 'project', zh: '项目编码', en: 'Project code', isText: true, width: 18, hint: '可空。Optional.' }),
] as const;
export type ReceiptColumnKey = (typeof RECEIPT_COLUMNS)[number]['key'];

const norm = (s: string) => s.replace(/\s+/g, '').toLowerCase();

/** Maps a header row to column positions by the zh or en header (case and spaces ignored). */
export function mapHeader<K extends string>(
  columns: readonly Column<K>[],
  header: string[],
): Partial<Record<K, number>> {
  const out: Partial<Record<K, number>> = {};
  header.forEach((h, i) => {
    const col = columns.find((x) => norm(x.zh) === norm(h) || norm(x.en) === norm(h));
    if (col && out[col.key] === undefined) out[col.key] = i;
  });
  return out;
}

export const missingColumns = <K extends string>(columns: readonly Column<K>[], map: Partial<Record<K, number>>) =>
  columns.filter((x) => x.required && map[x.key] === undefined).map((x) => x.zh);

/** Whether a row is the template's English header line (skipped after the Chinese one). */
export const isEnglishHeader = <K extends string>(columns: readonly Column<K>[], cells: string[]) =>
  columns.filter((x) => cells.some((t) => norm(t) === norm(x.en))).length >= 3;

/** The cell of a column in a row (null when the column is absent). */
export const cellOf = <K extends string>(map: Partial<Record<K, number>>, cells: Plain[], key: K): Plain =>
  map[key] === undefined ? null : (cells[map[key]!] ?? null);

/** Yuan in a cell as whole fen: a number or text like "1,234.56"; 'invalid' for negatives, text or a third decimal. */
export function cellFen(v: Plain): number | null | 'invalid' {
  const t = typeof v === 'number' ? String(v) : cellText(v).replace(/[,，\s]/g, '');
  if (t === '') return null;
  if (!/^\d+(\.\d{1,2})?$/.test(t) && !(typeof v === 'number' && v >= 0 && Number.isFinite(v))) return 'invalid';
  const fen = Math.round(Number(t) * 100);
  if (!Number.isSafeInteger(fen) || Math.abs(Number(t) * 100 - fen) > 1e-6) return 'invalid';
  return fen;
}

/** One problem of one row, for the rejects report. */
export function rowError<K extends string>(
  columns: readonly Column<K>[],
  row: number,
  key: K | null,
  zh: string,
  en: string,
): ImportRowError {
  const col = key ? columns.find((x) => x.key === key) : undefined;
  return { row, column: col ? { zh: col.zh, en: col.en } : { zh: '整行', en: 'Row' }, zh, en };
}
