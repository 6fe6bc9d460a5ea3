import { canMoveTo, PROJECT_TRANSITIONS, type ProjectStage, type ProjectTransitionBody } from '@xiezuo/domain';
import type { DbOrTx } from '../../db/client';
import type { fundProjects } from '../../db/schema';
import type { Actor, AppContext, RequestMeta } from '../../http/context';
import { AppError } from '../../http/app-error';
import { withAudit } from '../../lib/audit-tx';
import { listEvidence } from '../../lib/files/evidence.service';
import { PROJECT_EVIDENCE } from './fund-evidence';
import { produceCompletionRecord } from './fund-records';
import { checkRules, keepOverride } from './fund-rules.guard';
import type { WhatIf } from './fund-rules.service';
import { isApprover, isCountySide, isProposer } from './funds.policy';
import * as repo from './projects.repository';
import { get, loadVisible } from './projects.service';

type Patch = Partial<typeof fundProjects.$inferInsert>;
const need = (path: string, message: string): never => {
  throw new AppError('VALIDATION_FAILED', { fields: [{ path, message }] });
};

/** Whether the actor is the party the step needs; the approver never approves their own proposal. */
function mayTake(actor: Actor, p: repo.ProjectRow, to: ProjectStage): boolean {
  switch (PROJECT_TRANSITIONS[to].by) {
    case 'proposer':
      return isProposer(actor, p.countyCode);
    case 'approver':
      if (isApprover(actor) && p.proposedBy === actor.userId && (to === 'approved' || to === 'returned'))
        throw new AppError('SAME_MAKER_CHECKER');
      return isApprover(actor);
    case 'county':
      return isCountySide(actor, p.countyCode);
    case 'money':
      return false;
    default: {
      const never: never = PROJECT_TRANSITIONS[to].by;
      return never;
    }
  }
}

/** The what-if of approving a project: its approved amount paid to its county for its purpose and level. */
export const projectWhatIf = (p: repo.ProjectRow, amountFen: number): WhatIf => ({
  kind: 'project',
  id: p.id,
  title: `${p.code} ${p.name}`,
  rows: [{ countyCode: p.countyCode, fundKind: p.fundSource, purpose: p.category, level: p.level, amountFen }],
});

/** The fields a step sets, from the body it needs (completion, hand-over, evaluation); 400 when missing or wrong. */
async function stepPatch(
  db: DbOrTx,
  p: repo.ProjectRow,
  to: ProjectStage,
  body: ProjectTransitionBody,
): Promise<Patch> {
  switch (to) {
    case 'approved': {
      const approvedFen = body.approvedFen ?? p.plannedFen;
      if (approvedFen > p.plannedFen)
        need('approvedFen', 'the approved amount exceeds the planned amount / 批复金额不能超过计划投资');
      return { approvedFen };
    }
    case 'completed': {
      const c = body.completion ?? need('completion', 'completion details are required / 请填写验收情况');
      if ((await listEvidence(db, PROJECT_EVIDENCE, [p.id])).length === 0) throw new AppError('EVIDENCE_REQUIRED');
      const outputs = p.outputs.map((o, i) => ({
        ...o,
        actual: c.outputs.find((x) => x.index === i)?.actual ?? o.actual,
      }));
      if (c.outputs.some((x) => x.index >= p.outputs.length))
        need('completion.outputs', 'no such output / 无此产出指标');
      return {
        outputs,
        completion: { ...c, outputs: undefined },
        households: c.households,
        persons: c.persons,
        poorHouseholds: c.poorHouseholds,
        poorPersons: c.poorPersons,
      };
    }
    case 'assets_transferred':
      return {
        assets: body.assets ?? need('assets', 'the owner and value of the assets are required / 请填写资产确权信息'),
      };
    case 'evaluated':
      return { evaluation: body.evaluation ?? need('evaluation', 'the evaluation is required / 请填写绩效评价') };
    default:
      return {};
  }
}

/**
 * One stage step (POST /api/projects/:id/transitions): 404 outside scope, 409 for a skip or a money stage, 403 for
 * the wrong party (SAME_MAKER_CHECKER approving one's own proposal), 400 without a needed reason or body; approval
 * checks the fund rules first. One transaction: the project, its event, any override, the ledger record, the audit.
 */
export async function transition(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  id: string,
  body: ProjectTransitionBody,
) {
  const p = await loadVisible(ctx.db, actor, id);
  const to = body.to as ProjectStage;
  if (PROJECT_TRANSITIONS[to].by === 'money' || !canMoveTo(p.stage, to))
    throw new AppError('INVALID_TRANSITION', { stage: p.stage, to });
  if (!mayTake(actor, p, to)) throw new AppError('FORBIDDEN');
  if (PROJECT_TRANSITIONS[to].needsReason && !body.reason?.trim()) need('reason', 'a reason is required / 请填写理由');
  if (body.version !== undefined && body.version !== p.version)
    throw new AppError('CONFLICT', { currentVersion: p.version });
  const patch = await stepPatch(ctx.db, p, to, body);
  const rules =
    to === 'approved' ? await checkRules(ctx, actor, p.year, projectWhatIf(p, patch.approvedFen!), body) : null;
  await withAudit(ctx.db, actor, meta, async (tx) => {
    const after = await repo.updateVersioned(tx, actor.tenantId, id, p.version, {
      ...patch,
      stage: to,
      ...(to === 'approved' ? { approvedBy: actor.userId } : {}),
    });
    if (!after) throw new AppError('CONFLICT', { currentVersion: p.version });
    const overridden = !!rules?.breaks.length;
    if (rules && overridden)
      await keepOverride(
        tx,
        actor,
        rules,
        { type: 'project', id, projectId: id, countyCode: p.countyCode },
        body.reason!,
      );
    if (to === 'completed') await produceCompletionRecord(tx, ctx, actor, meta, after, body.completion!);
    await repo.insertEvent(tx, {
      tenantId: actor.tenantId,
      projectId: id,
      action: overridden ? 'approve_override' : to,
      fromStage: p.stage,
      toStage: to,
      userId: actor.userId,
      reason: body.reason?.trim() || null,
      details: rules ? { breaks: rules.breaks, before: rules.before, after: rules.district } : null,
    });
    return {
      result: after,
      audit: {
        action: `project.${to}`,
        outcome: 'success',
        objectType: 'project',
        objectId: id,
        details: {
          from: p.stage,
          to,
          ...(body.reason ? { reason: body.reason } : {}),
          ...(overridden ? { override: true, breaks: rules!.breaks } : {}),
        },
      },
    };
  });
  return get(ctx, actor, id);
}
