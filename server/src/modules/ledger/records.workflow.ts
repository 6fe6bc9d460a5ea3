import { canTransition, nextStatus, recordType, TRANSITIONS, type RecordAction, type RecordDto } from '@xiezuo/domain';
import type { Actor, AppContext, RequestMeta } from '../../http/context';
import { AppError } from '../../http/app-error';
import { withAudit } from '../../lib/audit-tx';
import { notifyRecordStep } from './records.notify';
import { canSeeRecord, factsOf, isPeriodClosed, mayAct } from './records.policy';
import * as repo from './records.repository';
import { refuseProduced } from './records.produced';
import { get } from './records.service';

/**
 * Takes one workflow step (submit, review, return, withdraw, confirm, dispute) in one transaction with its event
 * and audit row. 404 outside scope, 403 for the wrong side, 409 from the wrong status, 400 without a needed reason.
 */
export async function transition(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  id: string,
  action: RecordAction,
  reason: string | undefined,
): Promise<RecordDto> {
  const w = await repo.findWide(ctx.db, actor.tenantId, id);
  if (!w || !canSeeRecord(actor, factsOf(w.r))) throw new AppError('NOT_FOUND');
  refuseProduced(w.r);
  const facts = factsOf(w.r);
  const periodClosed = isPeriodClosed(w.r.occurredOn, await repo.closedPeriodKeys(ctx.db, actor.tenantId));
  if (TRANSITIONS[action].needsReason && !reason?.trim())
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ path: 'reason', message: 'a reason is required / 请填写理由' }],
    });
  if (!canTransition(action, facts.status)) throw new AppError('INVALID_TRANSITION', { status: facts.status, action });
  if (action === 'withdraw' && periodClosed) throw new AppError('PERIOD_CLOSED');
  if (!mayAct(actor, facts, action, periodClosed)) throw new AppError('FORBIDDEN');
  const to = nextStatus(action, { review: recordType(w.r.typeCode)?.review ?? false });
  await withAudit(ctx.db, actor, meta, async (tx) => {
    const now = new Date();
    const patch = {
      status: to,
      ...(action === 'submit' ? { submittedAt: now, disputeReason: null } : {}),
      ...(action === 'confirm' ? { confirmedAt: now, confirmedBy: actor.userId } : {}),
      ...(action === 'dispute' ? { disputeReason: reason!.trim() } : {}),
    };
    const after = await repo.updateVersioned(tx, actor.tenantId, id, w.r.version, patch);
    if (!after) throw new AppError('CONFLICT', { currentVersion: w.r.version });
    await repo.insertEvent(tx, {
      tenantId: actor.tenantId,
      recordId: id,
      action,
      fromStatus: facts.status,
      toStatus: to,
      userId: actor.userId,
      reason: reason?.trim() || null,
    });
    await notifyRecordStep(ctx, tx, w, after, action, reason);
    return {
      result: after,
      audit: {
        action: `record.${action}`,
        outcome: 'success',
        objectType: 'record',
        objectId: id,
        details: { from: facts.status, to, ...(reason ? { reason } : {}) },
      },
    };
  });
  return get(ctx, actor, id);
}
