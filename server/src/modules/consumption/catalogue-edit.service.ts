import {
  maskPhone,
  type ProductDto,
  type ProductUpdateBody,
  type SupplierDto,
  type SupplierUpdateBody,
} from '@xiezuo/domain';
import type { Actor, AppContext, RequestMeta } from '../../http/context';
import { AppError } from '../../http/app-error';
import { withAudit } from '../../lib/audit-tx';
import { encryptField } from '../../security/pii';
import * as repo from './catalogue.repository';
import { canKeepCatalogue } from './consumption.policy';
import { productDtoOf, supplierDtoOf, todayIso } from './consumption.presenter';

/**
 * Edits a supplier (the office, or its county for a supplier staying in that county). A credit code another supplier
 * holds is DUPLICATE; a stale version is CONFLICT. The phone is kept encrypted; leaving it empty removes it.
 */
export async function updateSupplier(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  id: string,
  body: SupplierUpdateBody,
): Promise<SupplierDto> {
  const cur = await repo.findSupplier(ctx.db, actor.tenantId, id);
  if (!cur) throw new AppError('NOT_FOUND');
  if (!canKeepCatalogue(actor, cur.s.countyCode) || !canKeepCatalogue(actor, body.countyCode))
    throw new AppError('FORBIDDEN');
  if (await repo.codeTaken(ctx.db, actor.tenantId, body.creditCode, id))
    throw new AppError('DUPLICATE', { field: 'creditCode' });
  await withAudit(ctx.db, actor, meta, async (tx) => {
    const r = await repo.updateSupplierVersioned(tx, actor.tenantId, id, body.version, {
      name: body.name,
      creditCode: body.creditCode,
      kind: body.kind,
      countyCode: body.countyCode,
      contactName: body.contactName,
      contactPhoneEnc: body.contactPhone ? encryptField(ctx.keys, body.contactPhone) : null,
      contactPhoneMasked: body.contactPhone ? maskPhone(body.contactPhone) : null,
    });
    if (!r) throw new AppError('CONFLICT', { currentVersion: cur.s.version });
    return {
      result: r,
      audit: { action: 'consumption.supplier_update', outcome: 'success', objectType: 'supplier', objectId: id },
    };
  });
  const after = (await repo.findSupplier(ctx.db, actor.tenantId, id))!;
  return supplierDtoOf(after.s, after.countyName, await repo.certificatesOf(ctx.db, [id]), todayIso());
}

/** Edits a product of a supplier the caller keeps; its certificate must be one of that supplier's. */
export async function updateProduct(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  id: string,
  body: ProductUpdateBody,
): Promise<ProductDto> {
  const cur = await repo.findProduct(ctx.db, actor.tenantId, id);
  if (!cur) throw new AppError('NOT_FOUND');
  if (!canKeepCatalogue(actor, cur.countyCode)) throw new AppError('FORBIDDEN');
  if (body.certificateId) {
    const c = await repo.findCertificate(ctx.db, actor.tenantId, body.certificateId);
    if (!c || c.supplierId !== cur.p.supplierId)
      throw new AppError('VALIDATION_FAILED', { fields: { certificateId: 'not a certificate of this supplier' } });
  }
  if (await repo.productNameTaken(ctx.db, cur.p.supplierId, body.name, id))
    throw new AppError('DUPLICATE', { field: 'name' });
  const { version, ...set } = body;
  await withAudit(ctx.db, actor, meta, async (tx) => {
    const r = await repo.updateProductVersioned(tx, actor.tenantId, id, version, set);
    if (!r) throw new AppError('CONFLICT', { currentVersion: cur.p.version });
    return {
      result: r,
      audit: { action: 'consumption.product_update', outcome: 'success', objectType: 'product', objectId: id },
    };
  });
  return productDtoOf((await repo.findProduct(ctx.db, actor.tenantId, id))!, todayIso());
}
