import { type z } from 'zod';
import type { ReceiptDto, receiptBody } from '@xiezuo/domain';
import { AppError } from '../../http/app-error';
import type { Actor, AppContext, RequestMeta } from '../../http/context';
import { appendAudit } from '../../lib/audit-tx';
import { workingDate, workingNow } from '../settings/working-date.service';
import { chainDigest, receiptNumber, verifyCode } from './charity.chain';
import { isCustodian } from './charity.policy';
import { tellDonors } from './charity.notify';
import { presentReceipt } from './custody.presenter';
import * as custody from './custody.repository';
import * as needs from './needs.repository';
import { syncNeeds } from './needs.service';

type ReceiptBody = z.infer<typeof receiptBody>;
const invalid = (path: string, message: string) => new AppError('VALIDATION_FAILED', { fields: [{ path, message }] });

/**
 * The Red Cross records money or goods received (捐赠票据): one donor's reserved claims, covered by the amount
 * (CHARITY_RECEIPT_SHORT otherwise), numbered, with an SM3 digest and a verification code for the public page. The
 * claims become received, their needs funded when covered; the donor is told.
 */
export async function recordReceipt(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  body: ReceiptBody,
): Promise<ReceiptDto> {
  if (!isCustodian(actor)) throw new AppError('FORBIDDEN');
  const ids = [...new Set(body.claimIds)];
  if (ids.length !== body.claimIds.length) throw invalid('claimIds', 'a claim is listed twice');
  if (body.receivedOn > (await workingDate(ctx.db, actor.tenantId)))
    throw invalid('receivedOn', 'after the working date');
  if (body.form === 'goods' && !body.valuationNote) throw invalid('valuationNote', 'goods need a valuation');
  const now = await workingNow(ctx.db, actor.tenantId);
  const id = await ctx.db.transaction(async (tx) => {
    const claims = await custody.claimsForUpdate(tx, actor.tenantId, ids);
    if (claims.length !== ids.length) throw invalid('claimIds', 'no such claim');
    if (claims.some((c) => c.donorId !== body.donorId)) throw invalid('claimIds', 'a claim of another donor');
    if (claims.some((c) => c.status !== 'reserved')) throw new AppError('CHARITY_CLAIM_STATE');
    const claimedFen = claims.reduce((s, c) => s + c.amountFen, 0);
    if (body.amountFen < claimedFen) throw new AppError('CHARITY_RECEIPT_SHORT', { claimedFen });
    const year = Number(body.receivedOn.slice(0, 4));
    const number = receiptNumber(year, await custody.nextNumber(tx, actor.tenantId, 'receipt', year));
    const proof = chainDigest({
      kind: 'receipt',
      number,
      amountFen: body.amountFen,
      date: body.receivedOn,
      needIds: claims.map((c) => c.needId),
    });
    const r = await custody.insertReceipt(tx, {
      tenantId: actor.tenantId,
      receiptNo: number,
      donorId: body.donorId,
      amountFen: body.amountFen,
      form: body.form,
      valuationNote: body.valuationNote,
      bankRef: body.bankRef,
      receivedOn: body.receivedOn,
      verifyCode: verifyCode(),
      ...proof,
      recordedBy: actor.userId,
    });
    await custody.setClaims(tx, ids, { status: 'received', receiptId: r.id });
    const by = { userId: actor.userId, accountId: null };
    await needs.insertEvent(tx, {
      tenantId: actor.tenantId,
      objectType: 'receipt',
      objectId: r.id,
      action: 'receive',
      ...by,
      details: { number, amountFen: body.amountFen, claims: ids, digest: proof.digest },
    });
    for (const c of claims)
      await needs.insertEvent(tx, {
        tenantId: actor.tenantId,
        objectType: 'claim',
        objectId: c.id,
        action: 'receive',
        fromStatus: 'reserved',
        toStatus: 'received',
        ...by,
      });
    await appendAudit(tx, actor, meta, {
      action: 'charity.receipt.create',
      outcome: 'success',
      objectType: 'charity_receipt',
      objectId: r.id,
      details: { number, amountFen: body.amountFen, claims: ids, digest: proof.digest },
    });
    await syncNeeds(
      tx,
      actor.tenantId,
      claims.map((c) => c.needId),
      now,
      by,
    );
    await tellDonors(ctx, tx, actor.tenantId, claims, 'received');
    return r.id;
  });
  return getReceipt(ctx, actor, id);
}

export async function getReceipt(ctx: AppContext, actor: Actor, id: string): Promise<ReceiptDto> {
  if (!isCustodian(actor) && !actor.abilities.includes('business.read')) throw new AppError('FORBIDDEN');
  const r = await custody.findReceipt(ctx.db, actor.tenantId, id);
  if (!r) throw new AppError('NOT_FOUND');
  return presentReceipt(r, await custody.claimsOfReceipts(ctx.db, [r.id]));
}

/** The Red Cross's receipts, newest first, each with the claims it covers. */
export async function listReceipts(ctx: AppContext, actor: Actor, q: { page: number; pageSize: number }) {
  const r = await custody.listReceipts(ctx.db, actor.tenantId, q.pageSize, (q.page - 1) * q.pageSize);
  const claims = await custody.claimsOfReceipts(
    ctx.db,
    r.items.map((x) => x.id),
  );
  return {
    items: r.items.map((x) =>
      presentReceipt(
        x,
        claims.filter((c) => c.receiptId === x.id),
      ),
    ),
    total: r.total,
    page: q.page,
    pageSize: q.pageSize,
  };
}
