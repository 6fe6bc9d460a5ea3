import type { ImportRowError, ProductCategory } from '@xiezuo/domain';
import { cellDate, cellText, type Plain } from '../../lib/xlsx/xlsx-read';
import { categoryOf, LIST_COLUMNS, type ListColumnKey, type ListHeader } from './certified-list.columns';
import { yuanToFen } from './order-export.rows';

/** One line of the certified list, read and checked on its own (the catalogue is matched afterwards). */
export type ListLine = {
  row: number;
  supplier: string;
  creditCode: string | null;
  product: string;
  category: ProductCategory;
  certificate: string;
  authority: string;
  validFrom: string;
  validTo: string;
  specification: string | null;
  unit: string | null;
  priceFen: number | null;
};

export type Fail = (key: ListColumnKey, zh: string, en: string) => void;

export function failer(row: number, errors: ImportRowError[]): Fail {
  return (key, zh, en) => {
    const c = LIST_COLUMNS.find((x) => x.key === key)!;
    errors.push({ row, column: { zh: c.zh, en: c.en }, zh, en });
  };
}

/** Reads one data row of the list: its fields, or its problems by column. */
export function parseListRow(row: number, cells: Plain[], map: ListHeader, errors: ImportRowError[]) {
  const fail = failer(row, errors);
  const before = errors.length;
  const raw = (k: ListColumnKey): Plain => (map[k] === undefined ? null : (cells[map[k]!] ?? null));
  const text = (k: ListColumnKey, max = 200) => cellText(raw(k)).slice(0, max);
  const required = (k: ListColumnKey) => {
    const v = text(k);
    if (!v) fail(k, '必填', 'required');
    return v;
  };
  const date = (k: ListColumnKey) => {
    const d = cellDate(raw(k));
    if (d === null) fail(k, '必填', 'required');
    else if (d === 'invalid') fail(k, '应为日期（如 2019-01-01）', 'a date such as 2019-01-01');
    return typeof d === 'string' && d !== 'invalid' ? d : '';
  };
  const line = {
    row,
    supplier: required('supplier'),
    creditCode: text('creditCode').toUpperCase() || null,
    product: required('product'),
    category: categoryOf(text('category')),
    certificate: required('certificate'),
    authority: required('authority'),
    validFrom: date('validFrom'),
    validTo: date('validTo'),
    specification: text('specification', 100) || null,
    unit: text('unit', 20) || null,
    priceFen: raw('price') === null || text('price') === '' ? null : yuanToFen(raw('price')),
  };
  if (line.validFrom && line.validTo && line.validFrom > line.validTo)
    fail('validTo', '有效期止早于有效期起', 'ends before it starts');
  if (text('price') !== '' && (line.priceFen === null || line.priceFen < 0))
    fail('price', '应为金额（元，至多两位小数）', 'an amount in yuan, at most 2 decimals');
  return errors.length > before ? undefined : (line satisfies ListLine);
}
