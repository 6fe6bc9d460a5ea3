import { and, asc, eq, sql } from 'drizzle-orm';
import { indicatorInput, type IndicatorDecl } from '@xiezuo/domain';
import type { DbOrTx } from '../../db/client';
import { indicators, indicatorVersions, plans, regions, tenantCounties } from '../../db/schema';

export type PlanRow = typeof plans.$inferSelect;
export type IndicatorRow = typeof indicators.$inferSelect;

export async function findPlan(db: DbOrTx, tenantId: string, year: number): Promise<PlanRow | undefined> {
  return (await db.select().from(plans).where(and(eq(plans.tenantId, tenantId), eq(plans.year, year))))[0];
}

export async function listIndicators(db: DbOrTx, planId: string): Promise<IndicatorRow[]> {
  return db.select().from(indicators).where(and(eq(indicators.planId, planId), eq(indicators.isActive, true))).orderBy(asc(indicators.sort), asc(indicators.code));
}

/** A stored declaration, parsed back through the contract so the engine only sees valid rules. */
export function declOf(row: IndicatorRow): IndicatorDecl {
  return indicatorInput.parse(row.decl) as IndicatorDecl;
}

export async function insertPlan(db: DbOrTx, tenantId: string, year: number, status: PlanRow['status']): Promise<PlanRow> {
  return (await db.insert(plans).values({ tenantId, year, status, publishedAt: status === 'published' ? new Date() : null }).returning())[0]!;
}

export async function insertIndicators(db: DbOrTx, tenantId: string, plan: PlanRow, decls: IndicatorDecl[]) {
  if (!decls.length) return;
  await db.insert(indicators).values(decls.map((d, i) => ({ tenantId, planId: plan.id, year: plan.year, code: d.code, decl: d as unknown as Record<string, unknown>, sort: i })));
}

export async function findIndicator(db: DbOrTx, planId: string, code: string): Promise<IndicatorRow | undefined> {
  return (await db.select().from(indicators).where(and(eq(indicators.planId, planId), eq(indicators.code, code))))[0];
}

export async function insertVersion(db: DbOrTx, row: typeof indicatorVersions.$inferInsert) {
  await db.insert(indicatorVersions).values(row);
}

export async function countiesOf(db: DbOrTx, tenantId: string) {
  return db.select({ code: tenantCounties.regionCode, name: regions.name }).from(tenantCounties).innerJoin(regions, eq(regions.code, tenantCounties.regionCode)).where(eq(tenantCounties.tenantId, tenantId)).orderBy(asc(tenantCounties.sort));
}

/** Replaces a declaration with an optimistic version check; false when the version is stale. */
export async function updateDecl(db: DbOrTx, id: string, version: number, decl: IndicatorDecl): Promise<boolean> {
  const rows = await db
    .update(indicators)
    .set({ decl: decl as unknown as Record<string, unknown>, version: sql`${indicators.version} + 1`, updatedAt: new Date() })
    .where(and(eq(indicators.id, id), eq(indicators.version, version)))
    .returning({ id: indicators.id });
  return rows.length > 0;
}
