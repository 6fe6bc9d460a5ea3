import { CLAIMABLE_STATUSES, type ClaimDto, type DonorDto } from '@xiezuo/domain';
import { type z } from 'zod';
import type { claimBody } from '@xiezuo/domain';
import type { DbOrTx } from '../../db/client';
import { AppError } from '../../http/app-error';
import type { AccountActor, Actor, AppContext, RequestMeta } from '../../http/context';
import { appendAudit } from '../../lib/audit-tx';
import { grantExternalRole } from '../accounts/accounts.service';
import { workingNow } from '../settings/working-date.service';
import { isCustodian, needScope } from './charity.policy';
import { tellDonors } from './charity.notify';
import { presentClaim, presentDonor } from './custody.presenter';
import * as custody from './custody.repository';
import * as needs from './needs.repository';
import { charitySettingsOf, syncNeeds, type EventBy } from './needs.service';

type ClaimBody = z.infer<typeof claimBody>;
/** Who claims: a donor signed in by phone, or the Red Cross for a donor who gave offline. */
export type Claimer = { kind: 'account'; account: AccountActor } | { kind: 'staff'; actor: Actor };

const invalid = (path: string, message: string) => new AppError('VALIDATION_FAILED', { fields: [{ path, message }] });

/** The donor a claim is for: the account's own (made on its first claim), or the one the Red Cross names. */
async function donorFor(tx: DbOrTx, who: Claimer, body: ClaimBody) {
  if (who.kind === 'account') {
    const { account } = who;
    const own = await custody.donorOfAccount(tx, account.tenantId, account.accountId);
    if (own) return own;
    if (!body.donor) throw invalid('donor', 'required on a first claim');
    await grantExternalRole(tx, account.accountId, 'donor');
    return custody.insertDonor(tx, { tenantId: account.tenantId, ...body.donor, accountId: account.accountId });
  }
  if (!isCustodian(who.actor)) throw new AppError('FORBIDDEN');
  if (body.donorId) {
    const d = await custody.findDonor(tx, who.actor.tenantId, body.donorId);
    if (!d) throw invalid('donorId', 'no such donor');
    return d;
  }
  if (!body.donor) throw invalid('donor', 'name the donor or choose one');
  return custody.insertDonor(tx, { tenantId: who.actor.tenantId, ...body.donor });
}

const byOf = (who: Claimer): EventBy =>
  who.kind === 'account'
    ? { userId: null, accountId: who.account.accountId }
    : { userId: who.actor.userId, accountId: null };

/**
 * A donor claims a published need, in full or in part: the amount is reserved for the tenant's reservation days
 * until the Red Cross receives the money. Refused on a need not open (CHARITY_NEED_CLOSED) or over what is left
 * (CHARITY_OVER_CAP). The need moves to claimed when its live claims cover it.
 */
export async function createClaim(
  ctx: AppContext,
  who: Claimer,
  meta: RequestMeta,
  body: ClaimBody,
): Promise<ClaimDto> {
  if (who.kind === 'staff' && !isCustodian(who.actor)) throw new AppError('FORBIDDEN');
  const tenantId = who.kind === 'account' ? who.account.tenantId : who.actor.tenantId;
  const now = await workingNow(ctx.db, tenantId);
  const { reservationDays } = await charitySettingsOf(ctx.db, tenantId);
  const id = await ctx.db.transaction(async (tx) => {
    if (!(await needs.lockNeed(tx, tenantId, body.needId))) throw new AppError('NOT_FOUND');
    const n = (await needs.findNeed(tx, tenantId, body.needId, now))!;
    if (!CLAIMABLE_STATUSES.includes(n.status)) throw new AppError('CHARITY_NEED_CLOSED', { status: n.status });
    const leftFen = n.amountFen - n.claimedFen;
    if (body.amountFen > leftFen) throw new AppError('CHARITY_OVER_CAP', { leftFen });
    const donor = await donorFor(tx, who, body);
    const claim = await custody.insertClaim(tx, {
      tenantId,
      needId: n.id,
      donorId: donor.id,
      amountFen: body.amountFen,
      reservedUntil: new Date(now.getTime() + reservationDays * 86_400_000),
    });
    const by = byOf(who);
    await needs.insertEvent(tx, {
      tenantId,
      objectType: 'claim',
      objectId: claim.id,
      action: 'claim',
      toStatus: 'reserved',
      ...by,
    });
    await appendAudit(tx, who.kind === 'staff' ? who.actor : null, meta, {
      tenantId,
      ...(who.kind === 'account' ? { userId: null, username: `account:${who.account.accountId}` } : {}),
      action: 'charity.claim.create',
      outcome: 'success',
      objectType: 'charity_claim',
      objectId: claim.id,
      details: { need: n.id, donor: donor.id, amountFen: body.amountFen },
    });
    await syncNeeds(tx, tenantId, [n.id], now, by);
    await tellDonors(ctx, tx, tenantId, await custody.claimsForUpdate(tx, tenantId, [claim.id]), 'claimed');
    return claim.id;
  });
  const [c] = (await custody.listClaims(ctx.db, tenantId, { kind: 'district' }, { ids: [id] })).items;
  return presentClaim(c!);
}

/**
 * Releases reservations that lapsed by the tenant's clock: each claim is marked expired, audited, and its donor told
 * through the outbox (once, by the message key); the needs go back to published. Run by the daily job and, so no
 * list shows a stale reservation, before each list and claim. Returns how many were released.
 */
export async function lapseReservations(ctx: AppContext, tenantId: string): Promise<number> {
  const now = await workingNow(ctx.db, tenantId);
  return ctx.db.transaction(async (tx) => {
    const lapsed = await custody.lapseReservations(tx, tenantId, now);
    if (!lapsed.length) return 0;
    await syncNeeds(
      tx,
      tenantId,
      lapsed.map((l) => l.needId),
      now,
      { userId: null, accountId: null },
    );
    const claims = await custody.claimsForUpdate(
      tx,
      tenantId,
      lapsed.map((l) => l.id),
    );
    for (const c of claims)
      await appendAudit(tx, null, null, {
        tenantId,
        action: 'charity.claim.lapse',
        outcome: 'success',
        objectType: 'charity_claim',
        objectId: c.id,
        details: { needId: c.needId, amountFen: c.amountFen, reservedUntil: c.reservedUntil.toISOString() },
      });
    await tellDonors(ctx, tx, tenantId, claims, 'released');
    return claims.length;
  });
}

/** Claims the caller sees: the Red Cross and district all, a county its own. */
export async function listClaims(
  ctx: AppContext,
  actor: Actor,
  q: { status?: ClaimDto['status']; county?: string; donorId?: string; page: number; pageSize: number },
) {
  await lapseReservations(ctx, actor.tenantId);
  const r = await custody.listClaims(
    ctx.db,
    actor.tenantId,
    needScope(actor),
    q,
    q.pageSize,
    (q.page - 1) * q.pageSize,
  );
  return { items: r.items.map(presentClaim), total: r.total, page: q.page, pageSize: q.pageSize };
}

/** A signed-in donor's own claims and donor profile (none before the first claim). */
export async function myClaims(
  ctx: AppContext,
  account: AccountActor,
): Promise<{ donor: DonorDto | null; claims: ClaimDto[] }> {
  await lapseReservations(ctx, account.tenantId);
  const donor = await custody.donorOfAccount(ctx.db, account.tenantId, account.accountId);
  if (!donor) return { donor: null, claims: [] };
  const r = await custody.listClaims(ctx.db, account.tenantId, { kind: 'district' }, { donorId: donor.id });
  return { donor: presentDonor(donor), claims: r.items.map(presentClaim) };
}

/** The donors the Red Cross records receipts for. */
export async function listDonors(ctx: AppContext, actor: Actor) {
  return (await custody.listDonors(ctx.db, actor.tenantId)).map(presentDonor);
}
