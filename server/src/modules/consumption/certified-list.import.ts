import fs from 'node:fs';
import { actingOf, notCountedReason, type CertifiedListResultDto, type ImportRowError } from '@xiezuo/domain';
import type { Actor, AppContext, RequestMeta } from '../../http/context';
import { AppError } from '../../http/app-error';
import { withAudit } from '../../lib/audit-tx';
import type { DbOrTx } from '../../db/client';
import { guard, spoolUpload, type Upload } from '../../lib/files/upload';
import { readWholeTable } from '../../lib/xlsx/xlsx-table';
import { LIST_COLUMNS, mapListHeader, missingListColumns } from './certified-list.columns';
import * as repo from './certified-list.repository';
import { failer, parseListRow, type ListLine } from './certified-list.rows';
import { insertCertificate, insertProduct } from './catalogue.repository';
import { canKeepCatalogue } from './consumption.policy';
import { orderExportRows } from './order-export.read';
import * as purchases from './purchases.repository';
import { syncRecord } from './purchases.service';

/** A province list holds hundreds to a few thousand lines. */
export const MAX_LIST_ROWS = 20_000;

type Catalogue = Awaited<ReturnType<typeof repo.catalogueOf>>;
type Matched = ListLine & { supplierId: string; certificateId: string | null; productId: string | null };
const loose = (s: string) => s.replace(/\s/g, '').toLowerCase();

/** Matches each line to a registered supplier (by credit code, else by name) and its known certificate and product. */
function match(actor: Actor, lines: ListLine[], cat: Catalogue, errors: ImportRowError[]): Matched[] {
  const certFirst = new Map<string, ListLine>();
  const out: Matched[] = [];
  for (const l of lines) {
    const fail = failer(l.row, errors);
    const s = l.creditCode
      ? cat.suppliers.find((x) => x.creditCode === l.creditCode)
      : cat.suppliers.find((x) => loose(x.name) === loose(l.supplier));
    if (!s) {
      fail(
        'supplier',
        `供应主体“${l.supplier}”未登记，请先在产品目录中登记`,
        `unknown supplier “${l.supplier}”: register it first`,
      );
      continue;
    }
    if (!canKeepCatalogue(actor, s.countyCode)) {
      fail('supplier', '不是本人所在县的供应主体', 'a supplier of another county');
      continue;
    }
    const cert = cat.certificates.find((c) => c.number === l.certificate);
    if (cert && cert.supplierId !== s.id) {
      fail('certificate', '该证书编号属于另一个供应主体', 'this certificate number belongs to another supplier');
      continue;
    }
    const first = certFirst.get(l.certificate);
    if (first && (first.validFrom !== l.validFrom || first.validTo !== l.validTo || first.supplier !== l.supplier)) {
      fail(
        'certificate',
        `与第 ${first.row} 行同一证书的有效期或主体不同`,
        `the same certificate as row ${first.row} with another window or supplier`,
      );
      continue;
    }
    certFirst.set(l.certificate, l);
    const product = cat.products.find((p) => p.supplierId === s.id && loose(p.name) === loose(l.product));
    if (!product && (!l.unit || l.priceFen === null)) {
      fail('unit', '目录中没有此产品：新产品须填计量单位和价格', 'a new product needs its unit and price');
      continue;
    }
    out.push({ ...l, supplierId: s.id, certificateId: cert?.id ?? null, productId: product?.id ?? null });
  }
  return out;
}

/**
 * Imports the province's certified product list (扶贫产品认定目录, xlsx or CSV; columns found by their usual
 * headers): certificates created or renewed, products created or marked certified, and purchases still awaiting
 * confirmation recounted against the new certificates. Unknown suppliers and any other bad line refuse the whole file.
 */
export async function importCertifiedList(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  upload: Upload,
): Promise<CertifiedListResultDto> {
  await guard(upload, () => {
    const a = actingOf(actor);
    if (!a.office && !a.counties.length) throw new AppError('FORBIDDEN');
  });
  const spooled = await spoolUpload(ctx.config.dataDir, upload);
  try {
    const table = await readWholeTable(await orderExportRows(spooled), {
      header: mapListHeader,
      missing: missingListColumns,
      expected: LIST_COLUMNS.filter((c) => c.required).map((c) => c.zh),
      maxRows: MAX_LIST_ROWS,
      whenEmpty: missingListColumns({}),
    });
    const errors: ImportRowError[] = [];
    const lines = table.rows.flatMap((r) => parseListRow(r.number, r.cells, table.header, errors) ?? []);
    const matched = match(actor, lines, await repo.catalogueOf(ctx.db, actor.tenantId), errors);
    if (errors.length)
      throw new AppError('IMPORT_ROWS_INVALID', {
        rows: errors.sort((a, b) => a.row - b.row),
        total: table.rows.length,
      });
    return await withAudit(ctx.db, actor, meta, async (tx) => {
      const result = await apply(tx, ctx, actor, meta, matched);
      return {
        result,
        audit: {
          action: 'consumption.certified_list_import',
          outcome: 'success',
          objectType: 'catalogue',
          details: { filename: upload.filename.slice(0, 200), hash: spooled.hash, ...result },
        },
      };
    });
  } finally {
    fs.rmSync(spooled.path, { force: true });
  }
}

/** Writes the matched lines: certificates first (one per number), then products, then recounts open purchases. */
async function apply(
  tx: DbOrTx,
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  lines: Matched[],
): Promise<CertifiedListResultDto> {
  const r: CertifiedListResultDto = {
    total: lines.length,
    certificatesCreated: 0,
    certificatesUpdated: 0,
    productsCreated: 0,
    productsCertified: 0,
    purchasesRecounted: 0,
  };
  const certIds = new Map<string, string>();
  const window = (l: Matched) => ({ authority: l.authority, validFrom: l.validFrom, validTo: l.validTo });
  for (const l of lines) {
    if (certIds.has(l.certificate)) continue;
    if (l.certificateId) {
      await repo.updateCertificate(tx, l.certificateId, window(l));
      certIds.set(l.certificate, l.certificateId);
      r.certificatesUpdated++;
      continue;
    }
    const c = await insertCertificate(tx, {
      tenantId: actor.tenantId,
      supplierId: l.supplierId,
      number: l.certificate,
      ...window(l),
    });
    if (!c) throw new AppError('CONFLICT', { certificate: l.certificate });
    certIds.set(l.certificate, c.id);
    r.certificatesCreated++;
  }
  const productIds: string[] = [];
  for (const l of lines) {
    const certificateId = certIds.get(l.certificate)!;
    const optional = {
      ...(l.specification ? { specification: l.specification } : {}),
      ...(l.unit ? { unit: l.unit } : {}),
      ...(l.priceFen !== null ? { priceFen: l.priceFen } : {}),
    };
    if (l.productId) {
      await repo.updateProduct(tx, l.productId, { certificateId, ...optional });
      productIds.push(l.productId);
      r.productsCertified++;
      continue;
    }
    const p = await insertProduct(tx, {
      tenantId: actor.tenantId,
      supplierId: l.supplierId,
      name: l.product,
      category: l.category,
      specification: l.specification,
      unit: l.unit!,
      priceFen: l.priceFen!,
      certificateId,
    });
    if (!p) throw new AppError('CONFLICT', { product: l.product });
    r.productsCreated++;
  }
  r.purchasesRecounted = await recount(tx, ctx, actor, meta, productIds, lines);
  return r;
}

/** Purchases awaiting confirmation of re-certified products: counted or not as the certificate on their date says. */
async function recount(
  tx: DbOrTx,
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  productIds: string[],
  lines: Matched[],
) {
  const windowOf = new Map(lines.filter((l) => l.productId).map((l) => [l.productId!, l]));
  let n = 0;
  for (const p of await repo.submittedPurchasesOf(tx, actor.tenantId, productIds)) {
    const reason = notCountedReason(windowOf.get(p.productId)!, p.purchasedOn);
    if (reason === p.notCountedReason) continue;
    const after = await purchases.updateVersioned(tx, actor.tenantId, p.id, p.version, {
      isCounted: reason === null,
      notCountedReason: reason,
    });
    if (!after) throw new AppError('CONFLICT', { purchase: p.id });
    await syncRecord(tx, ctx, actor, meta, p.id);
    n++;
  }
  return n;
}
