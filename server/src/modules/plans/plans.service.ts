import { selectableYears, type PlanDto, type PlanListDto, type PlanYearsDto } from '@xiezuo/domain';
import type { Actor, AppContext, RequestMeta } from '../../http/context';
import { AppError } from '../../http/app-error';
import { withAudit } from '../../lib/audit-tx';
import * as repo from '../progress/progress.repository';
import { getPlan, loadPlan } from '../progress/progress.service';
import { canManagePlans } from './plans.policy';
import { presentPlanList, presentPlanYears } from './plans.presenter';

const isUniqueViolation = (err: unknown): boolean => {
  const e = err as { code?: string; cause?: { code?: string } };
  return e?.code === '23505' || e?.cause?.code === '23505';
};

/** The tenant's plan years with their status and how many indicators each holds. */
export async function listPlans(ctx: AppContext, actor: Actor): Promise<PlanListDto> {
  const rows = await repo.listPlans(ctx.db, actor.tenantId);
  return presentPlanList(rows, { manage: canManagePlans(actor) });
}

/** The years that have a plan and the years one may be given (what every year selector offers). */
export async function planYears(ctx: AppContext, actor: Actor, now = new Date()): Promise<PlanYearsDto> {
  return presentPlanYears(await repo.planYears(ctx.db, actor.tenantId), selectableYears(now));
}

/** Publishes a draft plan (once): from then on its indicator changes are versioned and need a reason. */
export async function publishPlan(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  year: number,
  version: number,
): Promise<PlanDto> {
  const plan = await loadPlan(ctx, actor, year);
  if (plan.status === 'published') throw new AppError('INVALID_TRANSITION', { status: plan.status });
  if (plan.version !== version) throw new AppError('CONFLICT', { currentVersion: plan.version });
  await withAudit(ctx.db, actor, meta, async (tx) => {
    if (!(await repo.publishPlan(tx, plan.id, version)))
      throw new AppError('CONFLICT', { currentVersion: plan.version });
    return {
      result: undefined,
      audit: {
        action: 'plan.publish',
        outcome: 'success',
        objectType: 'plan',
        objectId: String(year),
        details: { version },
      },
    };
  });
  return getPlan(ctx, actor, year, { includeInactive: true });
}

/**
 * Copies a plan's active indicators (declarations, targets, order) into a new draft plan for another year.
 * 409 PLAN_EXISTS when that year already has a plan: a copy never overwrites.
 */
export async function copyPlan(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  year: number,
  toYear: number,
): Promise<PlanDto> {
  const from = await loadPlan(ctx, actor, year);
  if (toYear === year)
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ path: 'toYear', message: 'copy to another year / 请选择其他年度' }],
    });
  if (await repo.findPlan(ctx.db, actor.tenantId, toYear)) throw new AppError('PLAN_EXISTS', { year: toYear });
  const rows = (await repo.listAllIndicators(ctx.db, from.id)).filter((r) => r.isActive);
  try {
    await withAudit(ctx.db, actor, meta, async (tx) => {
      const plan = await repo.insertPlan(tx, actor.tenantId, toYear, 'draft');
      await repo.copyIndicators(tx, actor.tenantId, plan, rows);
      return {
        result: undefined,
        audit: {
          action: 'plan.copy',
          outcome: 'success',
          objectType: 'plan',
          objectId: String(toYear),
          details: { fromYear: year, toYear, codes: rows.map((r) => r.code) },
        },
      };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('PLAN_EXISTS', { year: toYear });
    throw err;
  }
  return getPlan(ctx, actor, toYear, { includeInactive: true });
}
