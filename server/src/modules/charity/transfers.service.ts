import { type z } from 'zod';
import { ROLE_ABILITIES, type TransferDto, type transferBody } from '@xiezuo/domain';
import type { DbOrTx } from '../../db/client';
import { AppError } from '../../http/app-error';
import type { Actor, AppContext, RequestMeta } from '../../http/context';
import { appendAudit } from '../../lib/audit-tx';
import { producedRecordOf, produceRecord } from '../ledger/records.produce';
import { workingDate } from '../settings/working-date.service';
import { batchNumber, chainDigest, verifyCode } from './charity.chain';
import { actsForCounty, canSeeCounty, isCustodian, needScope } from './charity.policy';
import { tellDonors } from './charity.notify';
import { presentTransfer } from './custody.presenter';
import * as custody from './custody.repository';
import * as needs from './needs.repository';

type TransferBody = z.infer<typeof transferBody>;
const invalid = (path: string, message: string) => new AppError('VALIDATION_FAILED', { fields: [{ path, message }] });

/** The member unit the Red Cross user acts for: the east unit of the records its batches produce. */
function custodianUnit(actor: Actor): string {
  const g = actor.roles.find((r) => ROLE_ABILITIES[r.role].includes('charity.custody') && r.scopeId);
  if (!g) throw new AppError('FORBIDDEN');
  return g.scopeId!;
}

/**
 * The Red Cross passes received money on to one county in a batch (划转): every claim must be received and its need
 * in that county (CHARITY_WRONG_COUNTY otherwise). The batch's digest chains the digests of the receipts behind it.
 */
export async function createTransfer(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  body: TransferBody,
): Promise<TransferDto> {
  if (!isCustodian(actor)) throw new AppError('FORBIDDEN');
  const unitId = custodianUnit(actor);
  const ids = [...new Set(body.claimIds)];
  if (ids.length !== body.claimIds.length) throw invalid('claimIds', 'a claim is listed twice');
  if (body.transferredOn > (await workingDate(ctx.db, actor.tenantId)))
    throw invalid('transferredOn', 'after the working date');
  const id = await ctx.db.transaction(async (tx) => {
    const claims = await custody.claimsForUpdate(tx, actor.tenantId, ids);
    if (claims.length !== ids.length) throw invalid('claimIds', 'no such claim');
    if (claims.some((c) => c.status !== 'received')) throw new AppError('CHARITY_CLAIM_STATE');
    const other = claims.filter((c) => c.countyCode !== body.countyCode);
    if (other.length) throw new AppError('CHARITY_WRONG_COUNTY', { claims: other.map((c) => c.id) });
    const receipts = await custody.receiptsByIds(tx, [...new Set(claims.map((c) => c.receiptId!))]);
    if (receipts.some((r) => r.receivedOn > body.transferredOn))
      throw invalid('transferredOn', 'before the money was received');
    const amountFen = claims.reduce((s, c) => s + c.amountFen, 0);
    const year = Number(body.transferredOn.slice(0, 4));
    const number = batchNumber(year, await custody.nextNumber(tx, actor.tenantId, 'transfer', year));
    const proof = chainDigest({
      kind: 'transfer',
      number,
      amountFen,
      date: body.transferredOn,
      needIds: claims.map((c) => c.needId),
      prev: receipts
        .map((r) => r.digest)
        .sort()
        .join(','),
    });
    const t = await custody.insertTransfer(tx, {
      tenantId: actor.tenantId,
      batchNo: number,
      countyCode: body.countyCode,
      amountFen,
      transferredOn: body.transferredOn,
      custodianUnitId: unitId,
      verifyCode: verifyCode(),
      ...proof,
      recordedBy: actor.userId,
    });
    await custody.setClaims(tx, ids, { status: 'passed_on', transferId: t.id });
    const by = { userId: actor.userId, accountId: null };
    await needs.insertEvent(tx, {
      tenantId: actor.tenantId,
      objectType: 'transfer',
      objectId: t.id,
      action: 'pass_on',
      toStatus: 'sent',
      ...by,
      details: { number, amountFen, claims: ids, digest: proof.digest },
    });
    for (const c of claims)
      await needs.insertEvent(tx, {
        tenantId: actor.tenantId,
        objectType: 'claim',
        objectId: c.id,
        action: 'pass_on',
        fromStatus: 'received',
        toStatus: 'passed_on',
        ...by,
      });
    await appendAudit(tx, actor, meta, {
      action: 'charity.transfer.create',
      outcome: 'success',
      objectType: 'charity_transfer',
      objectId: t.id,
      details: { number, county: body.countyCode, amountFen, claims: ids, digest: proof.digest },
    });
    await tellDonors(ctx, tx, actor.tenantId, claims, 'passed_on');
    return t.id;
  });
  return getTransfer(ctx, actor, id);
}

/**
 * The county confirms a batch arrived: its claims become confirmed and each produces its `donation` ledger record
 * (via the Red Cross, linked back to the claim), so social.donations counts from the chain. One transaction.
 */
export async function confirmTransfer(ctx: AppContext, actor: Actor, meta: RequestMeta, id: string, version: number) {
  await ctx.db.transaction(async (tx) => {
    const t = await custody.findTransfer(tx, actor.tenantId, id, true);
    if (!t || !canSeeCounty(actor, t.countyCode)) throw new AppError('NOT_FOUND');
    if (!actsForCounty(actor, t.countyCode)) throw new AppError('FORBIDDEN');
    if (t.status !== 'sent') throw new AppError('INVALID_TRANSITION', { status: t.status });
    const after = await custody.updateTransfer(tx, id, version, {
      status: 'confirmed',
      confirmedBy: actor.userId,
      confirmedAt: new Date(),
    });
    if (!after) throw new AppError('CONFLICT', { currentVersion: t.version });
    const claims = await custody.claimsOfTransfer(tx, id);
    await custody.setClaims(
      tx,
      claims.map((c) => c.id),
      { status: 'confirmed' },
    );
    await produceDonations(ctx, tx, actor, meta, t, claims);
    const by = { userId: actor.userId, accountId: null };
    await needs.insertEvent(tx, {
      tenantId: actor.tenantId,
      objectType: 'transfer',
      objectId: id,
      action: 'confirm',
      fromStatus: 'sent',
      toStatus: 'confirmed',
      ...by,
    });
    await appendAudit(tx, actor, meta, {
      action: 'charity.transfer.confirm',
      outcome: 'success',
      objectType: 'charity_transfer',
      objectId: id,
      details: { number: t.batchNo, amountFen: t.amountFen, digest: t.digest },
    });
    await tellDonors(ctx, tx, actor.tenantId, claims, 'confirmed');
  });
  return getTransfer(ctx, actor, id);
}

type Batch = { countyCode: string; transferredOn: string; custodianUnitId: string; batchNo: string };
async function produceDonations(
  ctx: AppContext,
  tx: DbOrTx,
  actor: Actor,
  meta: RequestMeta,
  t: Batch,
  claims: custody.ClaimView[],
) {
  const receipts = new Map(
    (await custody.receiptsByIds(tx, [...new Set(claims.map((c) => c.receiptId!))])).map((r) => [r.id, r]),
  );
  for (const c of claims)
    await produceRecord(tx, ctx, actor, meta, {
      type: 'donation',
      occurredOn: t.transferredOn,
      eastUnitId: t.custodianUnitId,
      countyCode: t.countyCode,
      values: {
        donor: c.donorName,
        form: receipts.get(c.receiptId!)?.form ?? 'cash',
        amountFen: c.amountFen,
        viaRedCross: true,
        passedOnOn: t.transferredOn,
      },
      note: `${t.batchNo} · ${c.needTitle}`,
      status: 'confirmed',
      source: { type: 'charity_transfer_line', id: c.id },
    });
}

export async function getTransfer(ctx: AppContext, actor: Actor, id: string): Promise<TransferDto> {
  const t = await custody.findTransfer(ctx.db, actor.tenantId, id);
  if (!t || !canSeeCounty(actor, t.countyCode)) throw new AppError('NOT_FOUND');
  return presentTransfer(t, await linesOf(ctx, actor.tenantId, id), actor);
}

async function linesOf(ctx: AppContext, tenantId: string, transferId: string) {
  const claims = await custody.claimsOfTransfer(ctx.db, transferId);
  return Promise.all(
    claims.map(async (c) => ({
      ...c,
      recordId: (await producedRecordOf(ctx.db, tenantId, { type: 'charity_transfer_line', id: c.id }))?.id ?? null,
    })),
  );
}

/** Batches the caller sees: the Red Cross and district all, a county its own. */
export async function listTransfers(
  ctx: AppContext,
  actor: Actor,
  q: { county?: string; page: number; pageSize: number },
) {
  const r = await custody.listTransfers(
    ctx.db,
    actor.tenantId,
    needScope(actor),
    q.county,
    q.pageSize,
    (q.page - 1) * q.pageSize,
  );
  const items = await Promise.all(
    r.items.map(async (t) => presentTransfer(t, await linesOf(ctx, actor.tenantId, t.id), actor)),
  );
  return { items, total: r.total, page: q.page, pageSize: q.pageSize };
}
