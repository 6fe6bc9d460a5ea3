import type { SupplierAccountDto, SupplierPortalDto } from '@xiezuo/domain';
import type { AccountActor, Actor, AppContext, RequestMeta } from '../../http/context';
import { AppError } from '../../http/app-error';
import { withAudit } from '../../lib/audit-tx';
import { findOrCreateAccount } from '../accounts/accounts.service';
import * as repo from './catalogue.repository';
import { canKeepCatalogue } from './consumption.policy';
import { productDtoOf, supplierDtoOf, todayIso } from './consumption.presenter';
import { listOfSupplier } from './purchases.service';

/**
 * Gives a supplier an external account on a phone (the office, or the supplier's county): the account gets the
 * supplier role and is bound to this supplier. A phone already bound to something else is a conflict.
 */
export async function grantSupplierAccount(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  supplierId: string,
  phone: string,
): Promise<SupplierAccountDto> {
  const s = await repo.findSupplier(ctx.db, actor.tenantId, supplierId);
  if (!s) throw new AppError('NOT_FOUND');
  if (!canKeepCatalogue(actor, s.s.countyCode)) throw new AppError('FORBIDDEN');
  return withAudit(ctx.db, actor, meta, async (tx) => {
    const { account } = await findOrCreateAccount(ctx, tx, {
      tenantId: actor.tenantId,
      phone,
      roles: ['supplier'],
      subject: { kind: 'supplier', id: supplierId },
      displayName: s.s.name,
    });
    if (account.subjectKind !== 'supplier' || account.subjectId !== supplierId)
      throw new AppError('CONFLICT', { phone: 'bound to another subject' });
    return {
      result: { supplierId, phoneMasked: account.phoneMasked },
      audit: {
        action: 'consumption.supplier_account',
        outcome: 'success',
        objectType: 'supplier',
        objectId: supplierId,
        details: { accountId: account.id },
      },
    };
  });
}

/** The signed-in supplier's own catalogue and the purchases of its products; 403 for an account bound elsewhere. */
export async function supplierPortal(
  ctx: AppContext,
  account: AccountActor,
  q: { year?: number; page: number; pageSize: number },
): Promise<SupplierPortalDto> {
  if (account.subject?.kind !== 'supplier' || !account.roles.includes('supplier')) throw new AppError('FORBIDDEN');
  const supplierId = account.subject.id;
  const s = await repo.findSupplier(ctx.db, account.tenantId, supplierId);
  if (!s) throw new AppError('FORBIDDEN');
  const asOf = todayIso();
  const supplier = supplierDtoOf(s.s, s.countyName, await repo.certificatesOf(ctx.db, [supplierId]), asOf);
  const { rows } = await repo.listProducts(ctx.db, account.tenantId, { supplierId }, { page: 1, pageSize: 1000 });
  const purchases = await listOfSupplier(ctx, account.tenantId, supplierId, q);
  return {
    supplier,
    products: rows.map((r) => productDtoOf(r, asOf)),
    purchases: { items: purchases.items, total: purchases.total },
  };
}
