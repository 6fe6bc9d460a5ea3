import { and, asc, count, desc, eq, inArray, max, sql } from 'drizzle-orm';
import { indicatorInput, type IndicatorDecl } from '@xiezuo/domain';
import type { DbOrTx } from '../../db/client';
import { indicators, indicatorVersions, plans, regions, tenantCounties } from '../../db/schema';

export type PlanRow = typeof plans.$inferSelect;
export type IndicatorRow = typeof indicators.$inferSelect;

export async function findPlan(db: DbOrTx, tenantId: string, year: number): Promise<PlanRow | undefined> {
  return (
    await db
      .select()
      .from(plans)
      .where(and(eq(plans.tenantId, tenantId), eq(plans.year, year)))
  )[0];
}

export async function listIndicators(db: DbOrTx, planId: string): Promise<IndicatorRow[]> {
  return db
    .select()
    .from(indicators)
    .where(and(eq(indicators.planId, planId), eq(indicators.isActive, true)))
    .orderBy(asc(indicators.sort), asc(indicators.code));
}

/** Some active indicators of a year's plan by code, in one query (the funds rules read two of them). */
export async function findActiveByCodes(db: DbOrTx, tenantId: string, year: number, codes: string[]) {
  if (!codes.length) return [];
  return db
    .select({ i: indicators })
    .from(indicators)
    .innerJoin(plans, eq(plans.id, indicators.planId))
    .where(
      and(
        eq(plans.tenantId, tenantId),
        eq(plans.year, year),
        eq(indicators.isActive, true),
        inArray(indicators.code, codes),
      ),
    )
    .then((rows) => rows.map((r) => r.i));
}

/** A stored declaration, parsed back through the contract so the engine only sees valid rules. */
export function declOf(row: IndicatorRow): IndicatorDecl {
  return indicatorInput.parse(row.decl) as IndicatorDecl;
}

export async function insertPlan(
  db: DbOrTx,
  tenantId: string,
  year: number,
  status: PlanRow['status'],
): Promise<PlanRow> {
  return (
    await db
      .insert(plans)
      .values({ tenantId, year, status, publishedAt: status === 'published' ? new Date() : null })
      .returning()
  )[0]!;
}

export async function insertIndicators(db: DbOrTx, tenantId: string, plan: PlanRow, decls: IndicatorDecl[]) {
  if (!decls.length) return;
  await db.insert(indicators).values(
    decls.map((d, i) => ({
      tenantId,
      planId: plan.id,
      year: plan.year,
      code: d.code,
      decl: d as unknown as Record<string, unknown>,
      sort: i,
    })),
  );
}

export async function findIndicator(db: DbOrTx, planId: string, code: string): Promise<IndicatorRow | undefined> {
  return (
    await db
      .select()
      .from(indicators)
      .where(and(eq(indicators.planId, planId), eq(indicators.code, code)))
  )[0];
}

export async function insertVersion(db: DbOrTx, row: typeof indicatorVersions.$inferInsert) {
  await db.insert(indicatorVersions).values(row);
}

export async function countiesOf(db: DbOrTx, tenantId: string) {
  return db
    .select({ code: tenantCounties.regionCode, name: regions.name })
    .from(tenantCounties)
    .innerJoin(regions, eq(regions.code, tenantCounties.regionCode))
    .where(eq(tenantCounties.tenantId, tenantId))
    .orderBy(asc(tenantCounties.sort));
}

/** Replaces a declaration with an optimistic version check; false when the version is stale. */
export async function updateDecl(db: DbOrTx, id: string, version: number, decl: IndicatorDecl): Promise<boolean> {
  const rows = await db
    .update(indicators)
    .set({
      decl: decl as unknown as Record<string, unknown>,
      version: sql`${indicators.version} + 1`,
      updatedAt: new Date(),
    })
    .where(and(eq(indicators.id, id), eq(indicators.version, version)))
    .returning({ id: indicators.id });
  return rows.length > 0;
}

/** The years the tenant has a plan for, newest first. */
export async function planYears(db: DbOrTx, tenantId: string): Promise<number[]> {
  const rows = await db
    .select({ year: plans.year })
    .from(plans)
    .where(eq(plans.tenantId, tenantId))
    .orderBy(desc(plans.year));
  return rows.map((r) => r.year);
}

/** The tenant's plans by year, with how many indicators each holds and how many are active. */
export async function listPlans(db: DbOrTx, tenantId: string) {
  return db
    .select({
      plan: plans,
      indicatorCount: count(indicators.id),
      activeCount: sql<number>`count(${indicators.id}) filter (where ${indicators.isActive})`.mapWith(Number),
    })
    .from(plans)
    .leftJoin(indicators, eq(indicators.planId, plans.id))
    .where(eq(plans.tenantId, tenantId))
    .groupBy(plans.id)
    .orderBy(asc(plans.year));
}

/** Every indicator of a plan, deactivated ones included. */
export async function listAllIndicators(db: DbOrTx, planId: string): Promise<IndicatorRow[]> {
  return db
    .select()
    .from(indicators)
    .where(eq(indicators.planId, planId))
    .orderBy(asc(indicators.sort), asc(indicators.code));
}

/** The sort position after the plan's last indicator. */
export async function nextSort(db: DbOrTx, planId: string): Promise<number> {
  const rows = await db
    .select({ last: max(indicators.sort) })
    .from(indicators)
    .where(eq(indicators.planId, planId));
  return (rows[0]?.last ?? -1) + 1;
}

export async function insertIndicator(
  db: DbOrTx,
  tenantId: string,
  plan: PlanRow,
  decl: IndicatorDecl,
  sort: number,
): Promise<IndicatorRow> {
  return (
    await db
      .insert(indicators)
      .values({
        tenantId,
        planId: plan.id,
        year: plan.year,
        code: decl.code,
        decl: decl as unknown as Record<string, unknown>,
        sort,
      })
      .returning()
  )[0]!;
}

/** Copies indicator rows into another plan with their declarations and order (active, version 1). */
export async function copyIndicators(db: DbOrTx, tenantId: string, plan: PlanRow, rows: IndicatorRow[]) {
  if (!rows.length) return;
  await db
    .insert(indicators)
    .values(
      rows.map((r) => ({ tenantId, planId: plan.id, year: plan.year, code: r.code, decl: r.decl, sort: r.sort })),
    );
}

/** Activates or deactivates an indicator with an optimistic version check; false when the version is stale. */
export async function setActive(db: DbOrTx, id: string, version: number, isActive: boolean): Promise<boolean> {
  const rows = await db
    .update(indicators)
    .set({ isActive, version: sql`${indicators.version} + 1`, updatedAt: new Date() })
    .where(and(eq(indicators.id, id), eq(indicators.version, version)))
    .returning({ id: indicators.id });
  return rows.length > 0;
}

/** Publishes a draft plan with a version check; false when it is no longer that draft. */
export async function publishPlan(db: DbOrTx, id: string, version: number): Promise<boolean> {
  const rows = await db
    .update(plans)
    .set({ status: 'published', publishedAt: new Date(), version: sql`${plans.version} + 1` })
    .where(and(eq(plans.id, id), eq(plans.version, version), eq(plans.status, 'draft')))
    .returning({ id: plans.id });
  return rows.length > 0;
}
