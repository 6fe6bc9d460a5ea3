import type { ImportRowError, OrderExportField, PlatformMapping } from '@xiezuo/domain';
import { cellDate, cellText, type Plain } from '../../lib/xlsx/xlsx-read';

/** Field names as the rejects list shows them when the column is named by the platform's header. */
const FIELD_LABEL: Record<OrderExportField, { zh: string; en: string }> = {
  orderNo: { zh: '订单号', en: 'order number' },
  product: { zh: '产品', en: 'product' },
  supplier: { zh: '供应主体', en: 'supplier' },
  quantity: { zh: '数量', en: 'quantity' },
  amount: { zh: '金额', en: 'amount' },
  purchasedOn: { zh: '下单日期', en: 'order date' },
  buyer: { zh: '买家', en: 'buyer' },
};

export type ColumnIndex = Partial<Record<OrderExportField, number>>;
const loose = (s: string) => s.replace(/\s/g, '').toLowerCase();

/** Finds each mapped header in the export's header row; the mapped headers it lacks are returned as missing. */
export function indexColumns(mapping: PlatformMapping, header: string[]) {
  const at = new Map<string, number>();
  header.forEach((h, i) => !at.has(loose(h)) && at.set(loose(h), i));
  const index: ColumnIndex = {};
  const missing: string[] = [];
  for (const [field, h] of Object.entries(mapping) as [OrderExportField, string | null][]) {
    if (h === null) continue;
    const i = at.get(loose(h));
    if (i !== undefined) index[field] = i;
    else missing.push(h);
  }
  return { index, missing };
}

/** Yuan as written in an export (¥1,234.50, 1234.5, a number cell) to integer fen; null when it is not money. */
export function yuanToFen(v: Plain): number | null {
  if (typeof v === 'number') {
    const fen = Math.round(v * 100);
    return Number.isFinite(v) && Math.abs(v * 100 - fen) < 1e-6 ? fen : null;
  }
  const s = cellText(v).replace(/[¥￥,，\s元]/g, '');
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) return null;
  const fen = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] ? -fen : fen;
}

/** An order time cell as its day: a date, or text with a time after the day (2019-08-03 10:22:11). */
function dayOf(v: Plain): string | null | 'invalid' {
  if (typeof v === 'string') return cellDate(v.trim().split(/[\sT]/)[0] ?? '');
  return cellDate(v);
}

export type OrderLine = {
  orderNo: string;
  productName: string;
  supplierName: string | null;
  quantity: number;
  amountFen: number;
  purchasedOn: string;
  buyerName: string | null;
};

/** One data row read through the mapping: the order line, or every problem of the row by column. */
export function parseOrderRow(
  row: number,
  cells: Plain[],
  index: ColumnIndex,
  mapping: PlatformMapping,
): { line?: OrderLine; errors: ImportRowError[] } {
  const errors: ImportRowError[] = [];
  const raw = (f: OrderExportField): Plain => (index[f] === undefined ? null : (cells[index[f]!] ?? null));
  const text = (f: OrderExportField) => cellText(raw(f));
  const fail = (f: OrderExportField, zh: string, en: string) =>
    errors.push({ row, column: { zh: mapping[f] ?? FIELD_LABEL[f].zh, en: FIELD_LABEL[f].en }, zh, en });

  const orderNo = text('orderNo');
  if (!orderNo) fail('orderNo', '必填', 'required');
  else if (orderNo.length > 100) fail('orderNo', '不超过 100 个字符', 'at most 100 characters');
  const productName = text('product');
  if (!productName) fail('product', '必填', 'required');
  const quantity = Number(text('quantity').replace(/,/g, ''));
  if (!text('quantity') || !Number.isFinite(quantity)) fail('quantity', '应为数字', 'a number');
  else if (quantity <= 0) fail('quantity', '应大于 0', 'must be above 0');
  const amountFen = yuanToFen(raw('amount'));
  if (amountFen === null) fail('amount', '应为金额（元，至多两位小数）', 'an amount in yuan, at most 2 decimals');
  else if (amountFen <= 0) fail('amount', '应大于 0', 'must be above 0');
  const purchasedOn = dayOf(raw('purchasedOn'));
  if (purchasedOn === null) fail('purchasedOn', '必填', 'required');
  else if (purchasedOn === 'invalid') fail('purchasedOn', '应为日期（如 2019-08-03）', 'a date such as 2019-08-03');
  if (errors.length) return { errors };
  return {
    line: {
      orderNo,
      productName,
      supplierName: text('supplier') || null,
      quantity,
      amountFen: amountFen!,
      purchasedOn: purchasedOn as string,
      buyerName: text('buyer').slice(0, 200) || null,
    },
    errors,
  };
}
