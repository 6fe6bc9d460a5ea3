import type { z } from 'zod';
import { checkRuleFields, expectedShare, type IndicatorDecl, type indicatorInput, type ProgressDto } from '@xiezuo/domain';
import type { Actor, AppContext, RequestMeta } from '../../http/context';
import { AppError } from '../../http/app-error';
import { withAudit } from '../audit/audit.service';
import { evaluatePlan } from './engine';
import * as repo from './indicators.repository';

const today = () => new Date().toISOString().slice(0, 10);

async function loadPlan(ctx: AppContext, actor: Actor, year: number) {
  const plan = await repo.findPlan(ctx.db, actor.tenantId, year);
  if (!plan) throw new AppError('NOT_FOUND');
  return plan;
}

export async function getPlan(ctx: AppContext, actor: Actor, year: number) {
  const plan = await loadPlan(ctx, actor, year);
  const rows = await repo.listIndicators(ctx.db, plan.id);
  return {
    year,
    status: plan.status,
    publishedAt: plan.publishedAt?.toISOString() ?? null,
    version: plan.version,
    indicators: rows.map((r) => ({ ...repo.declOf(r), id: r.id, year, version: r.version, sort: r.sort })),
  };
}

/** Which slice of the plan the caller may see: a county officer their county, a unit its own records, a group its indicators. */
export function progressScope(actor: Actor, q: { county?: string; group?: string; unit?: string }) {
  const counties = actor.roles.filter((r) => r.role === 'county_officer').map((r) => r.scopeId!);
  const units = actor.roles.filter((r) => r.role === 'unit_reporter').map((r) => r.scopeId!);
  const groups = actor.roles.filter((r) => r.role === 'group_lead').map((r) => r.scopeId!);
  const wide = actor.roles.some((r) => ['office_admin', 'leader', 'auditor'].includes(r.role));
  if (wide) return q;
  if (counties.length) {
    if (q.county && !counties.includes(q.county)) throw new AppError('FORBIDDEN');
    return { ...q, county: q.county ?? counties[0] };
  }
  if (groups.length) {
    if (q.group && !groups.includes(q.group)) throw new AppError('FORBIDDEN');
    return { ...q, group: q.group ?? groups[0] };
  }
  if (units.length) {
    if (q.unit && !units.includes(q.unit)) throw new AppError('FORBIDDEN');
    return { ...q, unit: q.unit ?? units[0] };
  }
  throw new AppError('FORBIDDEN');
}

/** Every indicator of the plan computed live from the ledger, for a date and a county / group / unit. */
export async function progress(ctx: AppContext, actor: Actor, year: number, q: { asOf?: string; county?: string; group?: string; unit?: string }): Promise<ProgressDto> {
  const scoped = progressScope(actor, q);
  const plan = await loadPlan(ctx, actor, year);
  const asOf = q.asOf ?? (today() < `${year}-12-31` ? today() : `${year}-12-31`);
  const counties = await repo.countiesOf(ctx.db, actor.tenantId);
  if (scoped.county && !counties.some((c) => c.code === scoped.county)) throw new AppError('NOT_FOUND');
  const decls = (await repo.listIndicators(ctx.db, plan.id)).map(repo.declOf).filter((d) => !scoped.group || d.group === scoped.group);
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

/** Changes an indicator's declaration; in a published plan the old version is kept and the change audited with a reason. */
export async function updateIndicator(ctx: AppContext, actor: Actor, meta: RequestMeta, year: number, code: string, body: z.infer<typeof indicatorInput> & { version: number; reason?: string }) {
  const plan = await loadPlan(ctx, actor, year);
  const row = await repo.findIndicator(ctx.db, plan.id, code);
  if (!row) throw new AppError('NOT_FOUND');
  if (row.version !== body.version) throw new AppError('CONFLICT', { currentVersion: row.version });
  const { version: _v, reason, ...decl } = body;
  const problems = checkRuleFields(decl.rule);
  if (problems.length) throw new AppError('VALIDATION_FAILED', { fields: problems.map((m) => ({ path: 'rule', message: m })) });
  if (decl.code !== code) throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'code', message: 'the code cannot change' }] });
  if (plan.status === 'published' && !reason) throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'reason', message: 'a published plan’s indicator changes need a reason / 已发布方案的指标调整须说明理由' }] });
  await withAudit(ctx.db, actor, meta, async (tx) => {
    if (plan.status === 'published') await repo.insertVersion(tx, { tenantId: actor.tenantId, indicatorId: row.id, version: row.version, decl: row.decl, changedBy: actor.userId, reason });
    const updated = await repo.updateDecl(tx, row.id, row.version, decl as IndicatorDecl);
    if (!updated) throw new AppError('CONFLICT', { currentVersion: row.version });
    return { result: undefined, audit: { action: 'indicator.update', outcome: 'success', objectType: 'indicator', objectId: `${year}:${code}`, details: { before: row.decl, after: decl, reason } } };
  });
  return getPlan(ctx, actor, year);
}
