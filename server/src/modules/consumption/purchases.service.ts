import {
  coreIndicators,
  DISTRICT,
  notCountedReason,
  type Page,
  type PurchaseBody,
  type PurchaseDto,
  type Scope,
} from '@xiezuo/domain';
import type { Actor, AppContext, RequestMeta } from '../../http/context';
import { AppError } from '../../http/app-error';
import { withAudit } from '../../lib/audit-tx';
import type { DbOrTx } from '../../db/client';
import * as catalogue from './catalogue.repository';
import * as repo from './purchases.repository';
import * as units from './pledges.repository';
import { canConfirmPurchase, canRecordPurchase, canSeePurchase, consumptionScope } from './consumption.policy';
import { producePurchaseRecord } from './purchases.produce';

/** The unit a purchase not made by a member unit is reported under: the unit responsible for consumption.amount. */
const RESPONSIBLE_UNIT = coreIndicators(false).find((i) => i.code === 'consumption.amount')!.responsibleUnits[0]!;

/** A purchase as the caller sees it; an external account (a supplier) confirms nothing. */
function dtoOf(actor: Actor | null, w: repo.PurchaseWide, buyerLabel: string): PurchaseDto {
  const p = w.p;
  return {
    id: p.id,
    buyerKind: p.buyerKind,
    buyerUnitId: p.buyerUnitId,
    buyerName: buyerLabel,
    productId: p.productId,
    productName: w.productName,
    category: w.category,
    supplierId: w.supplierId,
    supplierName: w.supplierName,
    countyCode: w.countyCode,
    quantity: p.quantity,
    amountFen: p.amountFen,
    purchasedOn: p.purchasedOn,
    channel: p.channel,
    platform: p.platform,
    orderNo: p.orderNo,
    status: p.status,
    isCounted: p.isCounted,
    notCountedReason: p.notCountedReason,
    recordId: w.recordId,
    abilities: { confirm: actor !== null && canConfirmPurchase(actor, { ...p, countyCode: w.countyCode }) },
    version: p.version,
  };
}

async function buyerLabelOf(db: DbOrTx, tenantId: string, p: repo.PurchaseRow) {
  if (p.buyerKind !== 'unit') return p.buyerName ?? '';
  return (await units.unitById(db, tenantId, p.buyerUnitId!))?.name ?? '';
}

async function ledgerUnitOf(db: DbOrTx, tenantId: string, p: repo.PurchaseRow) {
  if (p.buyerUnitId) return p.buyerUnitId;
  const id = await units.unitIdByCode(db, tenantId, RESPONSIBLE_UNIT);
  if (!id) throw new AppError('VALIDATION_FAILED', { fields: { buyerKind: `no unit ${RESPONSIBLE_UNIT}` } });
  return id;
}

/** Writes the purchase's ledger record after a change of the purchase (same transaction). */
export async function syncRecord(tx: DbOrTx, ctx: AppContext, actor: Actor, meta: RequestMeta, id: string) {
  const w = (await repo.findWide(tx, actor.tenantId, id))!;
  const label = await buyerLabelOf(tx, actor.tenantId, w.p);
  const unitId = await ledgerUnitOf(tx, actor.tenantId, w.p);
  await producePurchaseRecord(tx, ctx, actor, meta, w, unitId, label);
}

export async function get(ctx: AppContext, actor: Actor, id: string): Promise<PurchaseDto> {
  const w = await repo.findWide(ctx.db, actor.tenantId, id);
  if (!w || !canSeePurchase(actor, { ...w.p, countyCode: w.countyCode })) throw new AppError('NOT_FOUND');
  return dtoOf(actor, w, await buyerLabelOf(ctx.db, actor.tenantId, w.p));
}

export async function list(
  ctx: AppContext,
  actor: Actor,
  q: repo.PurchaseFilter & { page: number; pageSize: number },
): Promise<Page<PurchaseDto>> {
  return listAs(ctx, actor, actor.tenantId, consumptionScope(actor), q);
}

/** The purchases of one supplier's products, for that supplier's own account. */
export async function listOfSupplier(
  ctx: AppContext,
  tenantId: string,
  supplierId: string,
  q: repo.PurchaseFilter & { page: number; pageSize: number },
): Promise<Page<PurchaseDto>> {
  return listAs(ctx, null, tenantId, DISTRICT, { ...q, supplierId });
}

async function listAs(
  ctx: AppContext,
  actor: Actor | null,
  tenantId: string,
  scope: Scope,
  q: repo.PurchaseFilter & { page: number; pageSize: number },
): Promise<Page<PurchaseDto>> {
  const { rows, total } = await repo.list(ctx.db, tenantId, scope, q, q);
  const names = new Map((await units.memberUnits(ctx.db, tenantId)).map((u) => [u.id, u.name]));
  const items = rows.map((w) =>
    dtoOf(actor, w, w.p.buyerUnitId ? (names.get(w.p.buyerUnitId) ?? '') : (w.p.buyerName ?? '')),
  );
  return { items, total, page: q.page, pageSize: q.pageSize };
}

/**
 * Records a purchase. Whether it counts is decided here from the certificate valid on the purchase date: an expired
 * or missing certificate is accepted and kept, marked not counted with its reason. Produces the submitted ledger record.
 */
export async function create(ctx: AppContext, actor: Actor, meta: RequestMeta, body: PurchaseBody) {
  if (!canRecordPurchase(actor, body.buyerUnitId)) throw new AppError('FORBIDDEN');
  const product = await catalogue.findProduct(ctx.db, actor.tenantId, body.productId);
  if (!product) throw new AppError('VALIDATION_FAILED', { fields: { productId: 'unknown product' } });
  if (body.buyerUnitId) {
    const u = await units.unitById(ctx.db, actor.tenantId, body.buyerUnitId);
    if (!u?.isMember || u.side !== 'east')
      throw new AppError('VALIDATION_FAILED', { fields: { buyerUnitId: 'not a member unit' } });
  }
  const reason = notCountedReason(product.cert, body.purchasedOn);
  const row = await withAudit(ctx.db, actor, meta, async (tx) => {
    const r = await repo.insert(tx, {
      ...body,
      buyerName: body.buyerKind === 'unit' ? null : body.buyerName,
      tenantId: actor.tenantId,
      year: Number(body.purchasedOn.slice(0, 4)),
      isCounted: reason === null,
      notCountedReason: reason,
      createdBy: actor.userId,
    });
    if (!r) throw new AppError('DUPLICATE', { fields: { orderNo: 'this order line was already recorded' } });
    await syncRecord(tx, ctx, actor, meta, r.id);
    return {
      result: r,
      audit: {
        action: 'consumption.purchase_create',
        outcome: 'success',
        objectType: 'purchase',
        objectId: r.id,
        details: { amountFen: r.amountFen, counted: r.isCounted },
      },
    };
  });
  return get(ctx, actor, row.id);
}

/** The supplier's county confirms a purchase; its ledger record becomes confirmed and counts. */
export async function confirm(ctx: AppContext, actor: Actor, meta: RequestMeta, id: string, version: number) {
  const w = await repo.findWide(ctx.db, actor.tenantId, id);
  const facts = w && { ...w.p, countyCode: w.countyCode };
  if (!w || !facts || !canSeePurchase(actor, facts)) throw new AppError('NOT_FOUND');
  if (!canConfirmPurchase(actor, facts))
    throw new AppError(w.p.status === 'submitted' ? 'FORBIDDEN' : 'INVALID_TRANSITION');
  await withAudit(ctx.db, actor, meta, async (tx) => {
    await catalogue.lockSupplierOfProduct(tx, w.p.productId);
    const after = await repo.updateVersioned(tx, actor.tenantId, id, version, {
      status: 'confirmed',
      confirmedAt: new Date(),
      confirmedBy: actor.userId,
    });
    if (!after) throw new AppError('CONFLICT', { currentVersion: w.p.version });
    await syncRecord(tx, ctx, actor, meta, id);
    return {
      result: after,
      audit: { action: 'consumption.purchase_confirm', outcome: 'success', objectType: 'purchase', objectId: id },
    };
  });
  return get(ctx, actor, id);
}
