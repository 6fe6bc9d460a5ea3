import type { RecordPatch } from '@xiezuo/domain';
import type { Actor, AppContext, RequestMeta } from '../../http/context';
import { AppError } from '../../http/app-error';
import { withAudit } from '../../lib/audit-tx';
import { canSeeRecord, factsOf, isPeriodClosed, isReporter } from './records.policy';
import { presentPeriod, presentUnlock } from './periods.presenter';
import { notifyUnlockDecided } from './periods.notify';
import * as periodsRepo from './periods.repository';
import * as repo from './records.repository';
import { refuseProduced } from './records.produced';
import { applyChange } from './records.service';

const kindOf = (key: string) =>
  (/^\d{4}$/.test(key) ? 'year' : /-Q\d$/.test(key) ? 'quarter' : 'month') as 'year' | 'quarter' | 'month';

export async function listPeriods(ctx: AppContext, actor: Actor) {
  const rows = await periodsRepo.listPeriods(ctx.db, actor.tenantId);
  return rows.map(presentPeriod);
}

/** Closes (or reopens) a month, quarter or year; records in a closed period change only through unlock requests. */
export async function setPeriod(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  key: string,
  status: 'open' | 'closed',
) {
  return withAudit(ctx.db, actor, meta, async (tx) => {
    const values = {
      tenantId: actor.tenantId,
      key,
      kind: kindOf(key),
      status,
      closedAt: status === 'closed' ? new Date() : null,
      closedBy: status === 'closed' ? actor.userId : null,
    };
    await periodsRepo.upsertPeriod(tx, values);
    return {
      result: presentPeriod(values),
      audit: {
        action: status === 'closed' ? 'period.close' : 'period.reopen',
        outcome: 'success',
        objectType: 'period',
        objectId: key,
      },
    };
  });
}

type UnlockRow = periodsRepo.UnlockRow;

const userNames = (ctx: AppContext, tenantId: string) => periodsRepo.userNames(ctx.db, tenantId);

/** The reporter asks to change a locked (closed-period or confirmed) record, giving the reason and the change. */
export async function requestUnlock(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  recordId: string,
  reason: string,
  changes: Omit<RecordPatch, 'version'>,
) {
  const w = await repo.findWide(ctx.db, actor.tenantId, recordId);
  if (!w || !canSeeRecord(actor, factsOf(w.r))) throw new AppError('NOT_FOUND');
  refuseProduced(w.r);
  if (!isReporter(actor, factsOf(w.r))) throw new AppError('FORBIDDEN');
  const locked =
    w.r.status === 'confirmed' || isPeriodClosed(w.r.occurredOn, await repo.closedPeriodKeys(ctx.db, actor.tenantId));
  if (!locked) throw new AppError('INVALID_TRANSITION', { reason: 'record is not locked; edit it directly' });
  const row = await withAudit(ctx.db, actor, meta, async (tx) => {
    const u = await periodsRepo.insertUnlock(tx, {
      tenantId: actor.tenantId,
      recordId,
      reason,
      changes: changes as Record<string, unknown>,
      requestedBy: actor.userId,
    });
    return {
      result: u,
      audit: {
        action: 'record.unlock_request',
        outcome: 'success',
        objectType: 'record',
        objectId: recordId,
        details: { reason },
      },
    };
  });
  return presentUnlock(row, await userNames(ctx, actor.tenantId));
}

export async function listUnlockRequests(ctx: AppContext, actor: Actor, status: UnlockRow['status'] | undefined) {
  const rows = await periodsRepo.listUnlocks(ctx.db, actor.tenantId, status, 500);
  const [names, records] = await Promise.all([
    userNames(ctx, actor.tenantId),
    repo.findManyWide(ctx.db, actor.tenantId, [...new Set(rows.map((r) => r.recordId))]),
  ]);
  const visible = new Set(records.filter((w) => canSeeRecord(actor, factsOf(w.r))).map((w) => w.r.id));
  return rows.filter((r) => visible.has(r.recordId)).map((r) => presentUnlock(r, names));
}

/** The office approves (the change is applied, before and after kept) or rejects an unlock request. */
export async function decideUnlock(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  id: string,
  approve: boolean,
  note: string | undefined,
) {
  const u = await periodsRepo.findUnlock(ctx.db, actor.tenantId, id);
  if (!u) throw new AppError('NOT_FOUND');
  if (u.status !== 'pending') throw new AppError('INVALID_TRANSITION', { status: u.status });
  const w = (await repo.findWide(ctx.db, actor.tenantId, u.recordId))!;
  if (approve) refuseProduced(w.r);
  const snapshot = (r: repo.RecordRow) => ({
    occurredOn: r.occurredOn,
    regionCode: r.regionCode,
    pairingId: r.pairingId,
    values: r.attrs,
    peopleCount: r.peopleCount,
    note: r.note,
  });
  const row = await withAudit(ctx.db, actor, meta, async (tx) => {
    let after: Record<string, unknown> | null = null;
    if (approve) {
      const changed = await applyChange(tx, ctx, actor, w.r, u.changes as Omit<RecordPatch, 'version'>, w.r.version);
      after = snapshot(changed);
      await repo.insertEvent(tx, {
        tenantId: actor.tenantId,
        recordId: u.recordId,
        action: 'unlock_change',
        fromStatus: w.r.status,
        toStatus: changed.status,
        userId: actor.userId,
        reason: u.reason,
        changes: { requestId: id },
      });
    }
    const d = await periodsRepo.decideUnlock(tx, id, {
      status: approve ? 'approved' : 'rejected',
      decidedBy: actor.userId,
      decidedAt: new Date(),
      decisionNote: note ?? null,
      before: snapshot(w.r),
      after,
    });
    await notifyUnlockDecided(ctx, tx, d, w, approve);
    return {
      result: d,
      audit: {
        action: approve ? 'record.unlock_approve' : 'record.unlock_reject',
        outcome: 'success',
        objectType: 'record',
        objectId: u.recordId,
        details: { requestId: id, before: snapshot(w.r), after },
      },
    };
  });
  return presentUnlock(row, await userNames(ctx, actor.tenantId));
}
