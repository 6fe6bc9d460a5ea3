import { and, eq, sql } from 'drizzle-orm';
import type { RecordPatch } from '@xiezuo/domain';
import type { Actor, AppContext, RequestMeta } from '../../http/context';
import { AppError } from '../../http/app-error';
import { periods, unlockRequests, users } from '../../db/schema';
import { withAudit } from '../audit/audit.service';
import { canSeeRecord, isReporter } from './records.policy';
import { factsOf, isPeriodClosed } from './records.presenter';
import * as repo from './records.repository';
import { applyChange } from './records.service';

const kindOf = (key: string) => (/^\d{4}$/.test(key) ? 'year' : /-Q\d$/.test(key) ? 'quarter' : 'month') as 'year' | 'quarter' | 'month';

export async function listPeriods(ctx: AppContext, actor: Actor) {
  const rows = await ctx.db.select().from(periods).where(eq(periods.tenantId, actor.tenantId)).orderBy(periods.key);
  return rows.map((p) => ({ key: p.key, kind: p.kind, status: p.status, closedAt: p.closedAt?.toISOString() ?? null }));
}

/** Closes (or reopens) a month, quarter or year; records in a closed period change only through unlock requests. */
export async function setPeriod(ctx: AppContext, actor: Actor, meta: RequestMeta, key: string, status: 'open' | 'closed') {
  return withAudit(ctx.db, actor, meta, async (tx) => {
    const values = { tenantId: actor.tenantId, key, kind: kindOf(key), status, closedAt: status === 'closed' ? new Date() : null, closedBy: status === 'closed' ? actor.userId : null };
    await tx.insert(periods).values(values).onConflictDoUpdate({ target: [periods.tenantId, periods.key], set: { status, closedAt: values.closedAt, closedBy: values.closedBy } });
    return { result: { key, kind: values.kind, status, closedAt: values.closedAt?.toISOString() ?? null }, audit: { action: status === 'closed' ? 'period.close' : 'period.reopen', outcome: 'success', objectType: 'period', objectId: key } };
  });
}

type UnlockRow = typeof unlockRequests.$inferSelect;
function presentUnlock(u: UnlockRow, names: Map<string, string>) {
  return {
    id: u.id,
    recordId: u.recordId,
    status: u.status,
    reason: u.reason,
    changes: u.changes,
    before: u.before ?? null,
    after: u.after ?? null,
    requestedBy: names.get(u.requestedBy) ?? '',
    decidedBy: u.decidedBy ? (names.get(u.decidedBy) ?? '') : null,
    decisionNote: u.decisionNote,
    createdAt: u.createdAt.toISOString(),
    decidedAt: u.decidedAt?.toISOString() ?? null,
  };
}

async function userNames(ctx: AppContext, tenantId: string) {
  const rows = await ctx.db.select({ id: users.id, name: users.displayName }).from(users).where(eq(users.tenantId, tenantId));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The reporter asks to change a locked (closed-period or confirmed) record, giving the reason and the change. */
export async function requestUnlock(ctx: AppContext, actor: Actor, meta: RequestMeta, recordId: string, reason: string, changes: Omit<RecordPatch, 'version'>) {
  const w = await repo.findWide(ctx.db, actor.tenantId, recordId);
  if (!w || !canSeeRecord(actor, factsOf(w.r))) throw new AppError('NOT_FOUND');
  if (!isReporter(actor, factsOf(w.r))) throw new AppError('FORBIDDEN');
  const locked = w.r.status === 'confirmed' || isPeriodClosed(w.r.occurredOn, await repo.closedPeriodKeys(ctx.db, actor.tenantId));
  if (!locked) throw new AppError('INVALID_TRANSITION', { reason: 'record is not locked; edit it directly' });
  const row = await withAudit(ctx.db, actor, meta, async (tx) => {
    const [u] = await tx.insert(unlockRequests).values({ tenantId: actor.tenantId, recordId, reason, changes: changes as Record<string, unknown>, requestedBy: actor.userId }).returning();
    return { result: u!, audit: { action: 'record.unlock_request', outcome: 'success', objectType: 'record', objectId: recordId, details: { reason } } };
  });
  return presentUnlock(row, await userNames(ctx, actor.tenantId));
}

export async function listUnlockRequests(ctx: AppContext, actor: Actor, status: UnlockRow['status'] | undefined) {
  const rows = await ctx.db
    .select()
    .from(unlockRequests)
    .where(and(eq(unlockRequests.tenantId, actor.tenantId), status ? eq(unlockRequests.status, status) : undefined))
    .orderBy(sql`${unlockRequests.createdAt} desc`)
    .limit(500);
  const names = await userNames(ctx, actor.tenantId);
  const visible = [];
  for (const r of rows) {
    const w = await repo.findWide(ctx.db, actor.tenantId, r.recordId);
    if (w && canSeeRecord(actor, factsOf(w.r))) visible.push(presentUnlock(r, names));
  }
  return visible;
}

/** The office approves (the change is applied, before and after kept) or rejects an unlock request. */
export async function decideUnlock(ctx: AppContext, actor: Actor, meta: RequestMeta, id: string, approve: boolean, note: string | undefined) {
  const [u] = await ctx.db.select().from(unlockRequests).where(and(eq(unlockRequests.tenantId, actor.tenantId), eq(unlockRequests.id, id)));
  if (!u) throw new AppError('NOT_FOUND');
  if (u.status !== 'pending') throw new AppError('INVALID_TRANSITION', { status: u.status });
  const w = (await repo.findWide(ctx.db, actor.tenantId, u.recordId))!;
  const snapshot = (r: repo.RecordRow) => ({ occurredOn: r.occurredOn, regionCode: r.regionCode, pairingId: r.pairingId, values: r.attrs, peopleCount: r.peopleCount, note: r.note });
  const row = await withAudit(ctx.db, actor, meta, async (tx) => {
    let after: Record<string, unknown> | null = null;
    if (approve) {
      const changed = await applyChange(tx, ctx, actor, w.r, u.changes as Omit<RecordPatch, 'version'>, w.r.version);
      after = snapshot(changed);
      await repo.insertEvent(tx, { tenantId: actor.tenantId, recordId: u.recordId, action: 'unlock_change', fromStatus: w.r.status, toStatus: changed.status, userId: actor.userId, reason: u.reason, changes: { requestId: id } });
    }
    const [d] = await tx
      .update(unlockRequests)
      .set({ status: approve ? 'approved' : 'rejected', decidedBy: actor.userId, decidedAt: new Date(), decisionNote: note ?? null, before: snapshot(w.r), after })
      .where(eq(unlockRequests.id, id))
      .returning();
    return { result: d!, audit: { action: approve ? 'record.unlock_approve' : 'record.unlock_reject', outcome: 'success', objectType: 'record', objectId: u.recordId, details: { requestId: id, before: snapshot(w.r), after } } };
  });
  return presentUnlock(row, await userNames(ctx, actor.tenantId));
}
