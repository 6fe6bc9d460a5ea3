import fs from 'node:fs';
import {
  notCountedReason,
  platformMapping,
  platformName,
  type ImportRowError,
  type OrderImportResultDto,
  type PlatformMapping,
  type PlatformMappingDto,
} from '@xiezuo/domain';
import type { Actor, AppContext, RequestMeta } from '../../http/context';
import { AppError } from '../../http/app-error';
import { withAudit } from '../../lib/audit-tx';
import { guard, spoolUpload, type Upload } from '../../lib/files/upload';
import type { SheetRow } from '../../lib/xlsx/xlsx-read';
import { readTable } from '../../lib/xlsx/xlsx-table';
import { canRecordPurchase } from './consumption.policy';
import { orderExportRows } from './order-export.read';
import { indexColumns, parseOrderRow, type ColumnIndex, type OrderLine } from './order-export.rows';
import * as repo from './order-import.repository';
import { resolveLines, type ResolvedLine } from './order-import.resolve';
import * as purchases from './purchases.repository';
import { syncRecord } from './purchases.service';

/** A 100,000-line export with room to spare; beyond, the file is refused before any row is checked. */
export const MAX_ORDER_ROWS = 200_000;

const present = (r: repo.MappingRow): PlatformMappingDto => ({
  platform: r.platform,
  mapping: platformMapping.parse(r.mapping),
  version: r.version,
  updatedAt: r.updatedAt.toISOString(),
});

/** The saved column mappings, one per platform. */
export async function listMappings(ctx: AppContext, actor: Actor): Promise<PlatformMappingDto[]> {
  return (await repo.listMappings(ctx.db, actor.tenantId)).map(present);
}

/** Saves how a platform's export is read (the office only); a stale version is a conflict. */
export async function saveMapping(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  platform: string,
  body: { mapping: PlatformMapping; version?: number },
): Promise<PlatformMappingDto> {
  if (!canRecordPurchase(actor, null)) throw new AppError('FORBIDDEN');
  return withAudit(ctx.db, actor, meta, async (tx) => {
    const row = { tenantId: actor.tenantId, platform, mapping: body.mapping, updatedBy: actor.userId };
    const r = await repo.upsertMapping(tx, row, body.version);
    if (!r) throw new AppError('CONFLICT');
    return {
      result: present(r),
      audit: { action: 'consumption.mapping_save', outcome: 'success', objectType: 'platform', details: { platform } },
    };
  });
}

/** The platform and mapping an upload names: the mapping sent with it, else the one saved for the platform. */
async function mappingOf(ctx: AppContext, actor: Actor, fields: Record<string, string>) {
  const platform = platformName.safeParse(fields.platform ?? '');
  if (!platform.success) throw new AppError('VALIDATION_FAILED', { fields: { platform: 'required' } });
  if (fields.mapping) {
    let json: unknown;
    try {
      json = JSON.parse(fields.mapping);
    } catch {
      throw new AppError('VALIDATION_FAILED', { fields: { mapping: 'not JSON' } });
    }
    const m = platformMapping.safeParse(json);
    if (!m.success) throw new AppError('VALIDATION_FAILED', { fields: { mapping: m.error.issues } });
    return { platform: platform.data, mapping: m.data, isNew: true };
  }
  const saved = await repo.findMapping(ctx.db, actor.tenantId, platform.data);
  if (!saved) throw new AppError('VALIDATION_FAILED', { fields: { mapping: 'no mapping saved for this platform' } });
  return { platform: platform.data, mapping: platformMapping.parse(saved.mapping), isNew: false };
}

type Parsed = { lines: { row: number; line: OrderLine }[]; errors: ImportRowError[]; total: number };

/** Reads every data row through the mapping; a header lacking a mapped column refuses the file at once. */
async function readOrders(rows: AsyncIterable<SheetRow>, mapping: PlatformMapping): Promise<Parsed> {
  const out: Parsed = { lines: [], errors: [], total: 0 };
  const expected = Object.values(mapping).filter((h): h is string => h !== null);
  await readTable<{ index: ColumnIndex; missing: string[] }>(
    rows,
    {
      header: (cells) => indexColumns(mapping, cells),
      missing: (h) => h.missing,
      expected,
      maxRows: MAX_ORDER_ROWS,
      whenEmpty: expected,
    },
    (r, h) => {
      out.total++;
      const p = parseOrderRow(r.number, r.cells, h.index, mapping);
      out.errors.push(...p.errors);
      if (p.line) out.lines.push({ row: r.number, line: p.line });
    },
  );
  return out;
}

/**
 * Imports an online platform's order export (xlsx or CSV, multipart "file" after the fields "platform" and, when it
 * changes, "mapping"). Every line is checked (product known and unambiguous, not recorded before, not twice in the
 * file, positive quantity and amount, a date); any bad line refuses the whole file with the lines by row number, so
 * nothing is half-imported. Otherwise every line becomes a purchase with its ledger record in one transaction, lines of
 * products not certified on their date kept and listed as not counted; a mapping sent along is saved for the platform.
 */
export async function importOrders(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  upload: Upload,
): Promise<OrderImportResultDto> {
  const { platform, mapping, isNew } = await guard(upload, () => {
    if (!canRecordPurchase(actor, null)) throw new AppError('FORBIDDEN');
    return mappingOf(ctx, actor, upload.fields);
  });
  const spooled = await spoolUpload(ctx.config.dataDir, upload);
  try {
    const parsed = await readOrders(await orderExportRows(spooled), mapping);
    const resolved = await resolveLines(ctx, actor.tenantId, platform, parsed.lines, mapping);
    const errors = [...parsed.errors, ...resolved.errors].sort((a, b) => a.row - b.row);
    if (errors.length)
      throw new AppError('IMPORT_ROWS_INVALID', {
        rows: errors.slice(0, 1000),
        total: parsed.total,
        rejected: new Set(errors.map((e) => e.row)).size,
      });
    const file = { filename: upload.filename.slice(0, 200), hash: spooled.hash };
    return await apply(ctx, actor, meta, { platform, mapping, isNew }, resolved.lines, file);
  } finally {
    fs.rmSync(spooled.path, { force: true });
  }
}

async function apply(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  p: { platform: string; mapping: PlatformMapping; isNew: boolean },
  lines: ResolvedLine[],
  file: { filename: string; hash: string },
): Promise<OrderImportResultDto> {
  const result: OrderImportResultDto = {
    platform: p.platform,
    total: lines.length,
    accepted: 0,
    countedFen: 0,
    notCountedFen: 0,
    notCounted: [],
  };
  return withAudit(ctx.db, actor, meta, async (tx) => {
    for (const { row, line, productId, cert } of lines) {
      const reason = notCountedReason(cert, line.purchasedOn);
      const r = await purchases.insert(tx, {
        tenantId: actor.tenantId,
        buyerKind: 'individuals',
        buyerUnitId: null,
        buyerName: line.buyerName ?? `${p.platform}平台个人买家`,
        productId,
        quantity: line.quantity,
        amountFen: line.amountFen,
        purchasedOn: line.purchasedOn,
        year: Number(line.purchasedOn.slice(0, 4)),
        channel: 'platform',
        platform: p.platform,
        orderNo: line.orderNo,
        isCounted: reason === null,
        notCountedReason: reason,
        createdBy: actor.userId,
      });
      // Checked before the transaction; a concurrent import of the same lines loses here and changes nothing.
      if (!r) throw new AppError('DUPLICATE', { row, orderNo: line.orderNo });
      await syncRecord(tx, ctx, actor, meta, r.id);
      result.accepted++;
      if (reason === null) result.countedFen += line.amountFen;
      else {
        result.notCountedFen += line.amountFen;
        const item = { row, orderNo: line.orderNo, productName: line.productName, amountFen: line.amountFen, reason };
        result.notCounted.push(item);
      }
    }
    if (p.isNew)
      await repo.upsertMapping(tx, {
        tenantId: actor.tenantId,
        platform: p.platform,
        mapping: p.mapping,
        updatedBy: actor.userId,
      });
    const { notCounted, ...counts } = result;
    return {
      result,
      audit: {
        action: 'consumption.orders_import',
        outcome: 'success',
        objectType: 'platform',
        details: { ...file, ...counts, notCounted: notCounted.length },
      },
    };
  });
}
