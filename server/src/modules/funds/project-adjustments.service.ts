import { type z } from 'zod';
import { ADJUSTABLE_STAGES, type projectAdjustmentDecisionBody, type ProjectAdjustmentInput } from '@xiezuo/domain';
import type { fundProjects } from '../../db/schema';
import type { Actor, AppContext, RequestMeta } from '../../http/context';
import { AppError } from '../../http/app-error';
import { withAudit } from '../../lib/audit-tx';
import { checkRules, keepOverride } from './fund-rules.guard';
import { isApprover, isProposer } from './funds.policy';
import { projectWhatIf } from './project-stages.service';
import * as repo from './projects.repository';
import { get, loadVisible } from './projects.service';

const need = (path: string, message: string): never => {
  throw new AppError('VALIDATION_FAILED', { fields: [{ path, message }] });
};

/**
 * 项目调整: the proposing side asks to change an approved project's amount or scope, or to cancel it, with a reason;
 * the funds group (never the proposer) approves it like the project, the fund rules checked on an amount change.
 */
export async function proposeAdjustment(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  projectId: string,
  input: ProjectAdjustmentInput,
) {
  const p = await loadVisible(ctx.db, actor, projectId);
  if (!isProposer(actor, p.countyCode)) throw new AppError('FORBIDDEN');
  if (!ADJUSTABLE_STAGES.includes(p.stage)) throw new AppError('INVALID_TRANSITION', { stage: p.stage });
  if ((await repo.adjustmentsOf(ctx.db, projectId)).some((a) => a.status === 'pending'))
    throw new AppError('INVALID_TRANSITION', { reason: 'an adjustment is already pending / 已有待审批的调整' });
  const committed = p.paidFen + p.pendingFen;
  if (input.kind === 'amount') {
    const amount = input.newAmountFen ?? need('newAmountFen', 'the new amount is required / 请填写调整后金额');
    if (amount < committed) throw new AppError('AMOUNT_OVER_OPEN', { committedFen: committed, newAmountFen: amount });
  }
  if (input.kind === 'scope' && !input.scope) need('scope', 'the new scope is required / 请填写调整内容');
  if (input.kind === 'cancel' && committed > 0)
    throw new AppError('INVALID_TRANSITION', {
      reason: 'money was paid: reduce the amount instead / 已拨付资金的项目不能撤销，请调减金额',
      committedFen: committed,
    });
  await withAudit(ctx.db, actor, meta, async (tx) => {
    const a = await repo.insertAdjustment(tx, {
      tenantId: actor.tenantId,
      projectId,
      kind: input.kind,
      reason: input.reason,
      newAmountFen: input.kind === 'amount' ? input.newAmountFen! : null,
      scope: input.kind === 'scope' ? (input.scope as Record<string, unknown>) : null,
      proposedBy: actor.userId,
    });
    await repo.insertEvent(tx, {
      tenantId: actor.tenantId,
      projectId,
      action: 'adjust_request',
      fromStage: p.stage,
      toStage: p.stage,
      userId: actor.userId,
      reason: input.reason,
      details: { kind: input.kind, newAmountFen: a.newAmountFen },
    });
    return {
      result: a,
      audit: {
        action: 'project.adjust_request',
        outcome: 'success',
        objectType: 'project',
        objectId: projectId,
        details: { adjustment: a.id, kind: input.kind, reason: input.reason },
      },
    };
  });
  return get(ctx, actor, projectId);
}

/** Decides an adjustment: approved changes the project (an amount change after the rules' what-if), rejected not. */
export async function decideAdjustment(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  id: string,
  body: z.infer<typeof projectAdjustmentDecisionBody>,
) {
  const a = await repo.findAdjustment(ctx.db, actor.tenantId, id);
  if (!a) throw new AppError('NOT_FOUND');
  const p = await loadVisible(ctx.db, actor, a.projectId);
  if (!isApprover(actor)) throw new AppError('FORBIDDEN');
  if (a.proposedBy === actor.userId) throw new AppError('SAME_MAKER_CHECKER');
  if (a.status !== 'pending') throw new AppError('INVALID_TRANSITION', { status: a.status });
  const delta = a.kind === 'amount' ? a.newAmountFen! - (p.approvedFen ?? 0) : 0;
  const rules =
    body.approve && delta !== 0
      ? await checkRules(ctx, actor, p.year, { ...projectWhatIf(p, delta), kind: 'adjustment', id: a.id }, body)
      : null;
  const patch: Partial<typeof fundProjects.$inferInsert> =
    a.kind === 'amount'
      ? { approvedFen: a.newAmountFen!, plannedFen: Math.max(p.plannedFen, a.newAmountFen!) }
      : a.kind === 'cancel'
        ? { stage: 'cancelled' }
        : (a.scope as Partial<typeof fundProjects.$inferInsert>);
  await withAudit(ctx.db, actor, meta, async (tx) => {
    const decided = await repo.decideAdjustment(tx, id, {
      status: body.approve ? 'approved' : 'rejected',
      decidedBy: actor.userId,
      decisionNote: body.note ?? null,
    });
    if (!decided) throw new AppError('CONFLICT');
    if (body.approve) {
      const after = await repo.updateVersioned(tx, actor.tenantId, p.id, p.version, patch);
      if (!after) throw new AppError('CONFLICT', { currentVersion: p.version });
      if (rules?.breaks.length)
        await keepOverride(
          tx,
          actor,
          rules,
          { type: 'adjustment', id, projectId: p.id, countyCode: p.countyCode },
          body.reason!,
        );
    }
    await repo.insertEvent(tx, {
      tenantId: actor.tenantId,
      projectId: p.id,
      action: body.approve ? 'adjust_approve' : 'adjust_reject',
      fromStage: p.stage,
      toStage: body.approve && a.kind === 'cancel' ? 'cancelled' : p.stage,
      userId: actor.userId,
      reason: body.note ?? null,
      details: {
        kind: a.kind,
        newAmountFen: a.newAmountFen,
        ...(rules?.breaks.length ? { breaks: rules.breaks } : {}),
      },
    });
    return {
      result: decided,
      audit: {
        action: body.approve ? 'project.adjust_approve' : 'project.adjust_reject',
        outcome: 'success',
        objectType: 'project',
        objectId: p.id,
        details: {
          adjustment: id,
          kind: a.kind,
          ...(rules?.breaks.length ? { override: true, breaks: rules.breaks } : {}),
        },
      },
    };
  });
  return get(ctx, actor, p.id);
}
