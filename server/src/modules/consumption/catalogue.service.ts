import {
  maskPhone,
  type CertificateBody,
  type ProductBody,
  type ProductDto,
  type SupplierBody,
  type SupplierDto,
} from '@xiezuo/domain';
import type { Page } from '@xiezuo/domain';
import type { Actor, AppContext, RequestMeta } from '../../http/context';
import { AppError } from '../../http/app-error';
import { withAudit } from '../../lib/audit-tx';
import { encryptField } from '../../security/pii';
import * as repo from './catalogue.repository';
import { canKeepCatalogue } from './consumption.policy';
import { productDtoOf, supplierDtoOf, todayIso } from './consumption.presenter';

type Paging = { page: number; pageSize: number };

/** Suppliers with their certificates; certificates ending within 60 days of `asOf` are flagged. */
export async function listSuppliers(
  ctx: AppContext,
  actor: Actor,
  q: Paging & { county?: string; asOf?: string },
): Promise<Page<SupplierDto>> {
  const asOf = q.asOf ?? todayIso();
  const { rows, total } = await repo.listSuppliers(ctx.db, actor.tenantId, q.county, q);
  const certs = await repo.certificatesOf(
    ctx.db,
    rows.map((r) => r.s.id),
  );
  const items = rows.map((r) =>
    supplierDtoOf(
      r.s,
      r.countyName,
      certs.filter((c) => c.supplierId === r.s.id),
      asOf,
    ),
  );
  return { items, total, page: q.page, pageSize: q.pageSize };
}

async function supplierDto(ctx: AppContext, tenantId: string, id: string): Promise<SupplierDto> {
  const r = await repo.findSupplier(ctx.db, tenantId, id);
  if (!r) throw new AppError('NOT_FOUND');
  return supplierDtoOf(r.s, r.countyName, await repo.certificatesOf(ctx.db, [id]), todayIso());
}

/** Registers a county supplier (credit code checked by the contract; a second one with the same code is DUPLICATE). */
export async function createSupplier(ctx: AppContext, actor: Actor, meta: RequestMeta, body: SupplierBody) {
  if (!canKeepCatalogue(actor, body.countyCode)) throw new AppError('FORBIDDEN');
  const row = await withAudit(ctx.db, actor, meta, async (tx) => {
    const r = await repo.insertSupplier(tx, {
      tenantId: actor.tenantId,
      name: body.name,
      creditCode: body.creditCode,
      kind: body.kind,
      countyCode: body.countyCode,
      contactName: body.contactName,
      contactPhoneEnc: body.contactPhone ? encryptField(ctx.keys, body.contactPhone) : null,
      contactPhoneMasked: body.contactPhone ? maskPhone(body.contactPhone) : null,
    });
    if (!r) throw new AppError('DUPLICATE', { field: 'creditCode' });
    return {
      result: r,
      audit: { action: 'consumption.supplier_create', outcome: 'success', objectType: 'supplier', objectId: r.id },
    };
  });
  return supplierDto(ctx, actor.tenantId, row.id);
}

/** Adds a 扶贫产品认定 certificate to a supplier. */
export async function addCertificate(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  supplierId: string,
  body: CertificateBody,
) {
  const s = await repo.findSupplier(ctx.db, actor.tenantId, supplierId);
  if (!s) throw new AppError('NOT_FOUND');
  if (!canKeepCatalogue(actor, s.s.countyCode)) throw new AppError('FORBIDDEN');
  await withAudit(ctx.db, actor, meta, async (tx) => {
    const c = await repo.insertCertificate(tx, { tenantId: actor.tenantId, supplierId, ...body });
    if (!c) throw new AppError('DUPLICATE', { field: 'number' });
    return {
      result: c,
      audit: { action: 'consumption.certificate_add', outcome: 'success', objectType: 'certificate', objectId: c.id },
    };
  });
  return supplierDto(ctx, actor.tenantId, supplierId);
}

export async function listProducts(
  ctx: AppContext,
  actor: Actor,
  q: Paging & { certified?: boolean; county?: string; supplierId?: string; asOf?: string },
): Promise<Page<ProductDto>> {
  const asOf = q.asOf ?? todayIso();
  const filter: repo.ProductFilter = {
    county: q.county,
    supplierId: q.supplierId,
    certifiedOn: q.certified === undefined ? undefined : { date: asOf, is: q.certified },
  };
  const { rows, total } = await repo.listProducts(ctx.db, actor.tenantId, filter, q);
  return { items: rows.map((r) => productDtoOf(r, asOf)), total, page: q.page, pageSize: q.pageSize };
}

/** Adds a product to a supplier's catalogue; its certificate must be one of that supplier's. */
export async function createProduct(ctx: AppContext, actor: Actor, meta: RequestMeta, body: ProductBody) {
  const s = await repo.findSupplier(ctx.db, actor.tenantId, body.supplierId);
  if (!s) throw new AppError('VALIDATION_FAILED', { fields: { supplierId: 'unknown supplier' } });
  if (!canKeepCatalogue(actor, s.s.countyCode)) throw new AppError('FORBIDDEN');
  if (body.certificateId) {
    const c = await repo.findCertificate(ctx.db, actor.tenantId, body.certificateId);
    if (!c || c.supplierId !== body.supplierId)
      throw new AppError('VALIDATION_FAILED', { fields: { certificateId: 'not a certificate of this supplier' } });
  }
  const p = await withAudit(ctx.db, actor, meta, async (tx) => {
    const r = await repo.insertProduct(tx, { tenantId: actor.tenantId, ...body });
    if (!r) throw new AppError('DUPLICATE', { field: 'name' });
    return {
      result: r,
      audit: { action: 'consumption.product_create', outcome: 'success', objectType: 'product', objectId: r.id },
    };
  });
  return productDtoOf((await repo.findProduct(ctx.db, actor.tenantId, p.id))!, todayIso());
}
