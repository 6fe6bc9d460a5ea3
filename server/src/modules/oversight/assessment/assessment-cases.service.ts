import type { AppealBody, AppealDto } from '@xiezuo/domain';
import type { Actor, AppContext, RequestMeta } from '../../../http/context';
import { AppError } from '../../../http/app-error';
import type { DbOrTx } from '../../../db/client';
import { withAudit } from '../../../lib/audit-tx';
import { appealAbilities, canAppeal, canManageAssessment, seesDetail } from './assessment.policy';
import { assertOpen, detailUnitsOf, loadScheme } from './assessment.service';
import { presentAppeal } from './assessment.presenter';
import * as repo from './assessment.repository';

/** Appeals (申诉) and the helpers the office's cases share: the scheme lock and field errors. */

export const invalid = (path: string, message: string) =>
  new AppError('VALIDATION_FAILED', { fields: [{ path, message }] });

/** Holds the scheme row for the transaction and refuses once frozen, so a freeze and a change never interleave. */
export async function lockOpen(tx: DbOrTx, tenantId: string, year: number) {
  const s = await repo.lockScheme(tx, tenantId, year);
  if (!s) throw new AppError('NOT_FOUND');
  assertOpen(s);
  return s;
}

export async function listAppeals(ctx: AppContext, actor: Actor, year: number): Promise<AppealDto[]> {
  const scheme = await loadScheme(ctx.db, actor.tenantId, year);
  const visible = await detailUnitsOf(ctx, actor, year);
  return (await repo.listAppeals(ctx.db, actor.tenantId, year))
    .filter((r) => seesDetail(visible, r.p.unitId))
    .map((r) => presentAppeal(r, appealAbilities(actor, r.p.status, scheme.frozenAt)));
}

/** A unit appeals its score (optionally one item) before the results are frozen. */
export async function createAppeal(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  year: number,
  body: AppealBody,
): Promise<AppealDto> {
  const scheme = await loadScheme(ctx.db, actor.tenantId, year);
  if (!canAppeal(actor, body.unitId)) throw new AppError('FORBIDDEN');
  if (body.itemCode && !scheme.items.some((i) => i.code === body.itemCode))
    throw invalid('itemCode', 'not an item of the scheme / 不是方案中的考核项');
  const id = await withAudit(ctx.db, actor, meta, async (tx) => {
    await lockOpen(tx, actor.tenantId, year);
    const row = await repo.insertAppeal(tx, {
      tenantId: actor.tenantId,
      year,
      unitId: body.unitId,
      itemCode: body.itemCode ?? null,
      reason: body.reason,
      createdBy: actor.userId,
    });
    return {
      result: row.id,
      audit: {
        action: 'assessment.appeal',
        outcome: 'success',
        objectType: 'assessment_appeal',
        objectId: row.id,
        details: { year, ...body },
      },
    };
  });
  const row = (await repo.findAppeal(ctx.db, actor.tenantId, id))!;
  return presentAppeal(row, appealAbilities(actor, row.p.status, null));
}

/** The office accepts or rejects a pending appeal with a note; a score change follows as an adjustment or a data fix. */
export async function decideAppeal(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  id: string,
  accept: boolean,
  note: string,
): Promise<AppealDto> {
  if (!canManageAssessment(actor)) throw new AppError('FORBIDDEN');
  const appeal = await repo.findAppeal(ctx.db, actor.tenantId, id);
  if (!appeal) throw new AppError('NOT_FOUND');
  await withAudit(ctx.db, actor, meta, async (tx) => {
    await lockOpen(tx, actor.tenantId, appeal.p.year);
    const status = accept ? 'accepted' : 'rejected';
    if (!(await repo.decideAppeal(tx, id, { status, decisionNote: note, decidedBy: actor.userId })))
      throw new AppError('INVALID_TRANSITION', { status: appeal.p.status });
    return {
      result: undefined,
      audit: {
        action: 'assessment.appeal_decide',
        outcome: 'success',
        objectType: 'assessment_appeal',
        objectId: id,
        details: { accept, note, unitId: appeal.p.unitId, year: appeal.p.year },
      },
    };
  });
  const row = (await repo.findAppeal(ctx.db, actor.tenantId, id))!;
  return presentAppeal(row, appealAbilities(actor, row.p.status, null));
}
