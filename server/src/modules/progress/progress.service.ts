import type { z } from 'zod';
import {
  expectedShare,
  scopeOf,
  sliceOf,
  type IndicatorDecl,
  type indicatorActiveBody,
  type indicatorChangeBody,
  type indicatorCreateBody,
  type PlanDto,
  type ProgressDto,
} from '@xiezuo/domain';
import type { Actor, AppContext, RequestMeta } from '../../http/context';
import { AppError } from '../../http/app-error';
import { withAudit } from '../../lib/audit-tx';
import { evaluatePlan } from './engine';
import * as repo from './progress.repository';
import { declIssues, invalid, planRefs, REASON_REQUIRED } from '../plans/plans-refs';
import { planAbilities } from '../plans/plans.policy';
import { presentPlan } from '../plans/plans.presenter';
import { asOfInYear } from '../settings/working-date.service';

export async function loadPlan(ctx: AppContext, actor: Actor, year: number) {
  const plan = await repo.findPlan(ctx.db, actor.tenantId, year);
  if (!plan) throw new AppError('NOT_FOUND');
  return plan;
}

/** A plan with its indicators: the active ones (what the engine counts), or with `includeInactive` every one ever declared. */
export async function getPlan(
  ctx: AppContext,
  actor: Actor,
  year: number,
  opts: { includeInactive?: boolean } = {},
): Promise<PlanDto> {
  const plan = await loadPlan(ctx, actor, year);
  const rows = opts.includeInactive
    ? await repo.listAllIndicators(ctx.db, plan.id)
    : await repo.listIndicators(ctx.db, plan.id);
  return presentPlan(year, plan, rows, planAbilities(actor, plan));
}

/** The active declarations of some indicators of a year's plan (none when the year has no plan or lacks them). */
export async function declarationsOf(ctx: AppContext, tenantId: string, year: number, codes: string[]) {
  return (await repo.findActiveByCodes(ctx.db, tenantId, year, codes)).map(repo.declOf);
}

/** Which slice of the plan the caller may see: a county officer their county, a unit its own records, a group its indicators. */
export function progressScope<Q extends { county?: string; group?: string; unit?: string }>(actor: Actor, q: Q): Q {
  const slice = sliceOf(scopeOf(actor));
  if (!slice) throw new AppError('FORBIDDEN');
  if (slice.kind === 'district') return q;
  const asked = q[slice.kind];
  if (asked && !slice.ids.includes(asked)) throw new AppError('FORBIDDEN');
  return { ...q, [slice.kind]: asked ?? slice.ids[0] };
}

/** Every indicator of the plan computed live from the ledger, for a date and a county / group / unit. */
export async function progress(
  ctx: AppContext,
  actor: Actor,
  year: number,
  q: { asOf?: string; county?: string; group?: string; unit?: string },
): Promise<ProgressDto> {
  return evaluateProgress(ctx, actor, year, progressScope(actor, q));
}

/**
 * The district's figures whatever the caller's scope: oversight judges indicators on them (a unit's share of a
 * district target says nothing on its own) and narrows what it shows itself.
 */
export const districtProgress = (ctx: AppContext, actor: Actor, year: number, asOf?: string) =>
  evaluateProgress(ctx, actor, year, { asOf });

async function evaluateProgress(
  ctx: AppContext,
  actor: Actor,
  year: number,
  scoped: { asOf?: string; county?: string; group?: string; unit?: string },
): Promise<ProgressDto> {
  const asOf = scoped.asOf ?? (await asOfInYear(ctx.db, actor.tenantId, year));
  // the plan's indicators and the counties are read side by side: a dashboard asks for this often
  const [rows, counties] = await Promise.all([
    loadPlan(ctx, actor, year).then((plan) => repo.listIndicators(ctx.db, plan.id)),
    repo.countiesOf(ctx.db, actor.tenantId),
  ]);
  if (scoped.county && !counties.some((c) => c.code === scoped.county)) throw new AppError('NOT_FOUND');
  const decls = rows.map(repo.declOf).filter((d) => !scoped.group || d.group === scoped.group);
  const scope = { tenantId: actor.tenantId, year, asOf, county: scoped.county, unit: scoped.unit };
  const items = await evaluatePlan(ctx.db, decls, scope, counties);
  return { year, asOf, expectedShare: Math.round(expectedShare({ kind: 'linear' }, year, asOf) * 1000) / 1000, items };
}

export async function findDecl(ctx: AppContext, actor: Actor, year: number, code: string): Promise<IndicatorDecl> {
  const plan = await loadPlan(ctx, actor, year);
  const row = await repo.findIndicator(ctx.db, plan.id, code);
  if (!row || !row.isActive) throw new AppError('NOT_FOUND');
  return repo.declOf(row);
}

type ChangeBody = z.infer<typeof indicatorChangeBody>;

/** Changes an indicator's declaration; in a published plan the old version is kept and the change audited with a reason. */
export async function updateIndicator(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  year: number,
  code: string,
  body: ChangeBody,
): Promise<PlanDto> {
  const plan = await loadPlan(ctx, actor, year);
  const row = await repo.findIndicator(ctx.db, plan.id, code);
  if (!row) throw new AppError('NOT_FOUND');
  if (row.version !== body.version) throw new AppError('CONFLICT', { currentVersion: row.version });
  const { version: _v, reason, ...input } = body;
  const decl = input as IndicatorDecl;
  if (decl.code !== code) throw invalid([{ path: 'code', zh: '指标代码不能修改', en: 'the code cannot change' }]);
  const problems = declIssues(decl, await planRefs(ctx, actor));
  if (plan.status === 'published' && !reason) problems.push(REASON_REQUIRED);
  if (problems.length) throw invalid(problems);
  await withAudit(ctx.db, actor, meta, async (tx) => {
    if (plan.status === 'published')
      await repo.insertVersion(tx, {
        tenantId: actor.tenantId,
        indicatorId: row.id,
        version: row.version,
        decl: row.decl,
        changedBy: actor.userId,
        reason,
      });
    const updated = await repo.updateDecl(tx, row.id, row.version, decl);
    if (!updated) throw new AppError('CONFLICT', { currentVersion: row.version });
    return {
      result: undefined,
      audit: {
        action: 'indicator.update',
        outcome: 'success',
        objectType: 'indicator',
        objectId: `${year}:${code}`,
        details: { before: row.decl, after: decl, reason },
      },
    };
  });
  return getPlan(ctx, actor, year, { includeInactive: true });
}

/** Adds an indicator to a plan: the code is unique in the plan, the declaration checked; a published plan needs a reason. */
export async function createIndicator(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  year: number,
  body: z.infer<typeof indicatorCreateBody>,
): Promise<PlanDto> {
  const plan = await loadPlan(ctx, actor, year);
  const { reason, ...input } = body;
  const decl = input as IndicatorDecl;
  if (await repo.findIndicator(ctx.db, plan.id, decl.code)) throw new AppError('DUPLICATE', { field: 'code' });
  const problems = declIssues(decl, await planRefs(ctx, actor));
  if (plan.status === 'published' && !reason) problems.push(REASON_REQUIRED);
  if (problems.length) throw invalid(problems);
  await withAudit(ctx.db, actor, meta, async (tx) => {
    await repo.insertIndicator(tx, actor.tenantId, plan, decl, await repo.nextSort(tx, plan.id));
    return {
      result: undefined,
      audit: {
        action: 'indicator.create',
        outcome: 'success',
        objectType: 'indicator',
        objectId: `${year}:${decl.code}`,
        details: { after: decl, reason },
      },
    };
  });
  return getPlan(ctx, actor, year, { includeInactive: true });
}

/**
 * Deactivates (or reactivates) an indicator. Nothing is deleted: the row, its versions and its audit trail stay, so a
 * value reported under it can still be explained; the engine simply stops counting it.
 */
export async function setIndicatorActive(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  year: number,
  code: string,
  body: z.infer<typeof indicatorActiveBody>,
): Promise<PlanDto> {
  const plan = await loadPlan(ctx, actor, year);
  const row = await repo.findIndicator(ctx.db, plan.id, code);
  if (!row) throw new AppError('NOT_FOUND');
  if (row.version !== body.version) throw new AppError('CONFLICT', { currentVersion: row.version });
  if (row.isActive === body.isActive) return getPlan(ctx, actor, year, { includeInactive: true });
  if (plan.status === 'published' && !body.reason) throw invalid([REASON_REQUIRED]);
  await withAudit(ctx.db, actor, meta, async (tx) => {
    if (plan.status === 'published')
      await repo.insertVersion(tx, {
        tenantId: actor.tenantId,
        indicatorId: row.id,
        version: row.version,
        decl: row.decl,
        changedBy: actor.userId,
        reason: body.reason,
      });
    if (!(await repo.setActive(tx, row.id, row.version, body.isActive)))
      throw new AppError('CONFLICT', { currentVersion: row.version });
    const action = body.isActive ? 'indicator.reactivate' : 'indicator.deactivate';
    return {
      result: undefined,
      audit: {
        action,
        outcome: 'success',
        objectType: 'indicator',
        objectId: `${year}:${code}`,
        details: { version: row.version, reason: body.reason },
      },
    };
  });
  return getPlan(ctx, actor, year, { includeInactive: true });
}
