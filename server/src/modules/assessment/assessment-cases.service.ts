import type { z } from 'zod';
import type { adjustmentBody, AdjustmentDto, appealBody, AppealDto } from '@xiezuo/domain';
import type { Actor, AppContext, RequestMeta } from '../../http/context';
import { AppError } from '../../http/app-error';
import type { DbOrTx } from '../../db/client';
import { withAudit } from '../audit/audit.service';
import { canAppeal, canManageAssessment, seesDetail } from './assessment.policy';
import { assertOpen, detailUnitsOf, loadScheme } from './assessment.service';
import * as repo from './assessment.repository';

/** Adjustments (加分 / 扣分) and appeals (申诉): the cases the office decides on top of the computed scores. */

const invalid = (path: string, message: string) => new AppError('VALIDATION_FAILED', { fields: [{ path, message }] });

/** Holds the scheme row for the transaction and refuses once frozen, so a freeze and a change never interleave. */
async function lockOpen(tx: DbOrTx, tenantId: string, year: number) {
  const s = await repo.lockScheme(tx, tenantId, year);
  if (!s) throw new AppError('NOT_FOUND');
  assertOpen(s);
  return s;
}

function presentAdjustment(r: Awaited<ReturnType<typeof repo.listAdjustments>>[number]): AdjustmentDto {
  const a = r.a;
  return { id: a.id, year: a.year, unit: { id: a.unitId, name: r.unitName }, itemCode: a.itemCode, kind: a.kind === 'deduction' ? 'deduction' : 'bonus', points: a.points, reason: a.reason, evidence: a.evidence, createdAt: a.createdAt.toISOString(), createdBy: r.by };
}

export async function listAdjustments(ctx: AppContext, actor: Actor, year: number): Promise<AdjustmentDto[]> {
  await loadScheme(ctx.db, actor.tenantId, year);
  const visible = await detailUnitsOf(ctx, actor, year);
  return (await repo.listAdjustments(ctx.db, actor.tenantId, year)).filter((r) => seesDetail(visible, r.a.unitId)).map(presentAdjustment);
}

/** Records a bonus or deduction for a member unit against an adjustment item of the scheme, with reason and evidence. */
export async function addAdjustment(ctx: AppContext, actor: Actor, meta: RequestMeta, year: number, body: z.infer<typeof adjustmentBody>): Promise<AdjustmentDto> {
  if (!canManageAssessment(actor)) throw new AppError('FORBIDDEN');
  const scheme = await loadScheme(ctx.db, actor.tenantId, year);
  const item = scheme.items.find((i) => i.code === body.itemCode);
  if (!item || (item.kind !== 'bonus' && item.kind !== 'deduction')) throw invalid('itemCode', 'not a bonus or deduction item of the scheme / 不是方案中的加分或扣分项');
  if (!(await repo.memberUnits(ctx.db, actor.tenantId)).some((u) => u.id === body.unitId)) throw invalid('unitId', 'not a member unit / 不是成员单位');
  const id = await withAudit(ctx.db, actor, meta, async (tx) => {
    await lockOpen(tx, actor.tenantId, year);
    const row = await repo.insertAdjustment(tx, { tenantId: actor.tenantId, year, unitId: body.unitId, itemCode: item.code, kind: item.kind, points: body.points, reason: body.reason, evidence: body.evidence, createdBy: actor.userId });
    return { result: row.id, audit: { action: 'assessment.adjust', outcome: 'success', objectType: 'assessment_adjustment', objectId: row.id, details: { year, ...body, kind: item.kind } } };
  });
  return (await listAdjustments(ctx, actor, year)).find((a) => a.id === id)!;
}

function presentAppeal(r: repo.AppealWide, actor: Actor, frozen: boolean): AppealDto {
  const p = r.p;
  return {
    id: p.id,
    year: p.year,
    unit: { id: p.unitId, name: r.unitName },
    itemCode: p.itemCode,
    reason: p.reason,
    status: p.status,
    decisionNote: p.decisionNote,
    createdAt: p.createdAt.toISOString(),
    createdBy: r.by,
    decidedAt: p.decidedAt?.toISOString() ?? null,
    decidedBy: r.decider,
    abilities: { decide: canManageAssessment(actor) && p.status === 'pending' && !frozen },
  };
}

export async function listAppeals(ctx: AppContext, actor: Actor, year: number): Promise<AppealDto[]> {
  const scheme = await loadScheme(ctx.db, actor.tenantId, year);
  const visible = await detailUnitsOf(ctx, actor, year);
  return (await repo.listAppeals(ctx.db, actor.tenantId, year)).filter((r) => seesDetail(visible, r.p.unitId)).map((r) => presentAppeal(r, actor, !!scheme.frozenAt));
}

/** A unit appeals its score (optionally one item) before the results are frozen. */
export async function createAppeal(ctx: AppContext, actor: Actor, meta: RequestMeta, year: number, body: z.infer<typeof appealBody>): Promise<AppealDto> {
  const scheme = await loadScheme(ctx.db, actor.tenantId, year);
  if (!canAppeal(actor, body.unitId)) throw new AppError('FORBIDDEN');
  if (body.itemCode && !scheme.items.some((i) => i.code === body.itemCode)) throw invalid('itemCode', 'not an item of the scheme / 不是方案中的考核项');
  const id = await withAudit(ctx.db, actor, meta, async (tx) => {
    await lockOpen(tx, actor.tenantId, year);
    const row = await repo.insertAppeal(tx, { tenantId: actor.tenantId, year, unitId: body.unitId, itemCode: body.itemCode ?? null, reason: body.reason, createdBy: actor.userId });
    return { result: row.id, audit: { action: 'assessment.appeal', outcome: 'success', objectType: 'assessment_appeal', objectId: row.id, details: { year, ...body } } };
  });
  return presentAppeal((await repo.findAppeal(ctx.db, actor.tenantId, id))!, actor, false);
}

/** The office accepts or rejects a pending appeal with a note; a score change follows as an adjustment or a data fix. */
export async function decideAppeal(ctx: AppContext, actor: Actor, meta: RequestMeta, id: string, accept: boolean, note: string): Promise<AppealDto> {
  if (!canManageAssessment(actor)) throw new AppError('FORBIDDEN');
  const appeal = await repo.findAppeal(ctx.db, actor.tenantId, id);
  if (!appeal) throw new AppError('NOT_FOUND');
  await withAudit(ctx.db, actor, meta, async (tx) => {
    await lockOpen(tx, actor.tenantId, appeal.p.year);
    const status = accept ? 'accepted' : 'rejected';
    if (!(await repo.decideAppeal(tx, id, { status, decisionNote: note, decidedBy: actor.userId }))) throw new AppError('INVALID_TRANSITION', { status: appeal.p.status });
    return { result: undefined, audit: { action: 'assessment.appeal_decide', outcome: 'success', objectType: 'assessment_appeal', objectId: id, details: { accept, note, unitId: appeal.p.unitId, year: appeal.p.year } } };
  });
  return presentAppeal((await repo.findAppeal(ctx.db, actor.tenantId, id))!, actor, false);
}
