import type { AppContext, RequestMeta } from '../../http/context';
import { AppError } from '../../http/app-error';
import { withAudit } from '../../lib/audit-tx';
import { accountsOf } from '../accounts/accounts.service';
import { enqueueMessage } from '../messages/outbox';
import { workingDate } from '../settings/working-date.service';
import * as repo from './followups.repository';
import * as apps from './applications.repository';
import * as workers from './workers.repository';
import { auditActorOf, tenantOf, type Caller } from './labour.policy';
import { canSeeApplication } from './applications.service';

/** Days after its due date a follow-up waits for an answer before it is recorded as silence. */
export const SILENCE_DAYS = 14;

/**
 * The scheduled 稳岗 follow-up for a tenant on its working date: each hire reaching 1, 3 or 6 months is asked
 * "still employed?" (the worker and the employer's accounts, through the outbox); unanswered ones turn silent.
 */
export async function sendDueFollowups(ctx: AppContext, tenantId: string) {
  const asOf = await workingDate(ctx.db, tenantId);
  const due = await repo.dueUnsent(ctx.db, tenantId, asOf);
  let sent = 0;
  for (const d of due) {
    await ctx.db.transaction(async (tx) => {
      const employer = await accountsOf(tx, tenantId, { kind: 'enterprise', id: d.employerId });
      const to = [
        ...(d.workerAccountId ? [{ kind: 'account' as const, id: d.workerAccountId }] : []),
        ...employer.map((a) => ({ kind: 'account' as const, id: a.id })),
      ];
      sent += await enqueueMessage(ctx, tx, {
        tenantId,
        to,
        template: 'labour.followup',
        vars: { title: d.title.slice(0, 12), months: d.f.month },
        link: `/jobs?followup=${d.f.id}`,
        key: `labour.followup:${d.f.id}`,
      });
      await repo.markSent(tx, d.f.id);
    });
  }
  const silent = await repo.markSilent(ctx.db, tenantId, asOf, SILENCE_DAYS);
  return { due: due.length, messages: sent, silent, asOf };
}

/**
 * An answer to a follow-up (the worker, the employer or the county): "no longer employed" makes the hire `left`,
 * returns the worker to the pool and closes the later follow-ups. The employment record stays: the person was employed.
 */
export async function answerFollowup(ctx: AppContext, c: Caller, meta: RequestMeta, id: string, isEmployed: boolean) {
  const tenantId = tenantOf(c);
  const f = await repo.findById(ctx.db, tenantId, id);
  const a = f && (await apps.findWide(ctx.db, tenantId, f.applicationId));
  if (!f || !a || !canSeeApplication(c, a)) throw new AppError('NOT_FOUND');
  if (c.kind === 'staff' && !c.actor.abilities.includes('business.write')) throw new AppError('FORBIDDEN');
  if (f.answer === 'employed' || f.answer === 'left' || a.a.status !== 'confirmed')
    throw new AppError('INVALID_TRANSITION');
  const { actor, who } = auditActorOf(c);
  await withAudit(ctx.db, actor, meta, async (tx) => {
    await repo.answer(tx, id, isEmployed ? 'employed' : 'left');
    if (!isEmployed) {
      const after = await apps.updateVersioned(tx, tenantId, a.a.id, a.a.version, { status: 'left' });
      if (!after) throw new AppError('CONFLICT', { currentVersion: a.a.version });
      await apps.insertEvent(tx, {
        tenantId,
        applicationId: a.a.id,
        fromStatus: 'confirmed',
        toStatus: 'left',
        userId: c.kind === 'staff' ? c.actor.userId : null,
        accountId: c.kind === 'account' ? c.account.accountId : null,
      });
      await workers.setStatus(tx, a.a.workerId, 'available');
      await repo.closeLater(tx, a.a.id, f.month);
    }
    return {
      result: null,
      audit: {
        ...who,
        action: 'labour.followup_answer',
        outcome: 'success',
        objectType: 'labour_followup',
        objectId: id,
        details: { month: f.month, isEmployed },
      },
    };
  });
  return (await repo.listByApplication(ctx.db, a.a.id)).map((r) => ({
    id: r.id,
    applicationId: r.applicationId,
    month: r.month,
    dueOn: r.dueOn,
    sentAt: r.sentAt?.toISOString() ?? null,
    answer: r.answer,
  }));
}
