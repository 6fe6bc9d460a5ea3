import type { ImportRowError, PlatformMapping } from '@xiezuo/domain';
import type { AppContext } from '../../http/context';
import type { Validity } from '@xiezuo/domain';
import type { OrderLine } from './order-export.rows';
import * as repo from './order-import.repository';

export type ResolvedLine = { row: number; line: OrderLine; productId: string; cert: Validity | null };

const loose = (s: string) => s.replace(/\s/g, '').toLowerCase();

/**
 * Resolves each order line to a catalogue product (by name, and by supplier name when the export has that column) and
 * rejects, by row, unknown or ambiguous products and order lines recorded before or repeated in the file.
 */
export async function resolveLines(
  ctx: AppContext,
  tenantId: string,
  platform: string,
  lines: { row: number; line: OrderLine }[],
  mapping: PlatformMapping,
): Promise<{ lines: ResolvedLine[]; errors: ImportRowError[] }> {
  const byName = new Map<string, Awaited<ReturnType<typeof repo.productsForResolving>>>();
  for (const p of await repo.productsForResolving(ctx.db, tenantId)) {
    const list = byName.get(loose(p.name)) ?? [];
    list.push(p);
    byName.set(loose(p.name), list);
  }
  const recorded = await repo.recordedOrderLines(ctx.db, tenantId, platform, [
    ...new Set(lines.map((l) => l.line.orderNo)),
  ]);
  const out: ResolvedLine[] = [];
  const errors: ImportRowError[] = [];
  const firstRow = new Map<string, number>();
  for (const { row, line } of lines) {
    const fail = (column: { zh: string; en: string }, zh: string, en: string) => errors.push({ row, column, zh, en });
    const productCol = { zh: mapping.product, en: 'product' };
    let matches = byName.get(loose(line.productName)) ?? [];
    if (line.supplierName) matches = matches.filter((p) => loose(p.supplierName) === loose(line.supplierName!));
    if (!matches.length) {
      const of = line.supplierName ? `（${line.supplierName}）` : '';
      fail(productCol, `产品目录中没有“${line.productName}”${of}`, `unknown product “${line.productName}”`);
      continue;
    }
    if (matches.length > 1) {
      fail(
        productCol,
        `“${line.productName}”有多个供应主体，请映射供应主体列`,
        `“${line.productName}” is sold by several suppliers: map the supplier column`,
      );
      continue;
    }
    const p = matches[0]!;
    const key = `${line.orderNo}\u0000${p.id}`;
    const orderCol = { zh: mapping.orderNo, en: 'order number' };
    if (recorded.has(key)) {
      fail(
        orderCol,
        `该平台订单“${line.orderNo}”的此产品已导入过`,
        `order “${line.orderNo}” of this product was already recorded`,
      );
      continue;
    }
    const seen = firstRow.get(key);
    if (seen !== undefined) {
      fail(orderCol, `与第 ${seen} 行为同一订单的同一产品`, `the same order and product as row ${seen}`);
      continue;
    }
    firstRow.set(key, row);
    const cert = p.validFrom && p.validTo ? { validFrom: p.validFrom, validTo: p.validTo } : null;
    out.push({ row, line, productId: p.id, cert });
  }
  return { lines: out, errors };
}
