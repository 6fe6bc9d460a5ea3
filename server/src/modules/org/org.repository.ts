import { and, asc, count, desc, eq, ilike, inArray, like, or, sql } from 'drizzle-orm';

import type { DbOrTx } from '../../db/client';
import { orgGroupMembers, orgGroups, regions, tenantCounties, tenants, units } from '../../db/schema';

export type UnitRow = typeof units.$inferSelect;
export type RegionRow = typeof regions.$inferSelect;

export async function findTenant(db: DbOrTx, tenantId: string) {
  return (await db.select().from(tenants).where(eq(tenants.id, tenantId)))[0];
}

export async function listTenantCountyCodes(db: DbOrTx, tenantId: string): Promise<string[]> {
  const rows = await db
    .select({ code: tenantCounties.regionCode })
    .from(tenantCounties)
    .where(eq(tenantCounties.tenantId, tenantId))
    .orderBy(asc(tenantCounties.sort));
  return rows.map((r) => r.code);
}

export async function findRegion(db: DbOrTx, code: string): Promise<RegionRow | undefined> {
  return (await db.select().from(regions).where(eq(regions.code, code)))[0];
}

export async function findRegions(db: DbOrTx, codes: string[]): Promise<RegionRow[]> {
  if (!codes.length) return [];
  return db.select().from(regions).where(inArray(regions.code, codes)).orderBy(regions.code);
}

export async function listChildren(db: DbOrTx, parentCode: string): Promise<(RegionRow & { childCount: number })[]> {
  const child = sql<number>`(select count(*)::int from regions c where c.parent_code = "regions"."code")`;
  return db
    .select({
      code: regions.code,
      name: regions.name,
      level: regions.level,
      parentCode: regions.parentCode,
      side: regions.side,
      childCount: child,
    })
    .from(regions)
    .where(eq(regions.parentCode, parentCode))
    .orderBy(regions.code);
}

/** Regions under any of the roots whose name or code matches. */
export async function searchRegions(db: DbOrTx, roots: string[], q: string, limit: number): Promise<RegionRow[]> {
  if (!roots.length) return [];
  const under = or(...roots.map((r) => like(regions.code, `${r}%`)));
  const match = /^\d+$/.test(q) ? like(regions.code, `${q}%`) : ilike(regions.name, `%${q}%`);
  return db.select().from(regions).where(and(under, match)).orderBy(regions.code).limit(limit);
}

export async function countDescendants(db: DbOrTx, code: string) {
  const rows = await db
    .select({ level: regions.level, n: count() })
    .from(regions)
    .where(like(regions.code, `${code}%`))
    .groupBy(regions.level);
  return Object.fromEntries(rows.map((r) => [r.level, r.n])) as Partial<Record<RegionRow['level'], number>>;
}

export async function listUnits(db: DbOrTx, tenantId: string): Promise<UnitRow[]> {
  return db.select().from(units).where(eq(units.tenantId, tenantId)).orderBy(asc(units.sort), asc(units.name));
}

export async function latestGroupYear(db: DbOrTx, tenantId: string): Promise<number | undefined> {
  const rows = await db
    .select({ year: orgGroups.year })
    .from(orgGroups)
    .where(eq(orgGroups.tenantId, tenantId))
    .orderBy(desc(orgGroups.year))
    .limit(1);
  return rows[0]?.year;
}

export async function listGroups(db: DbOrTx, tenantId: string, year: number) {
  return db
    .select()
    .from(orgGroups)
    .where(and(eq(orgGroups.tenantId, tenantId), eq(orgGroups.year, year)))
    .orderBy(asc(orgGroups.sort));
}

export async function listGroupMembers(db: DbOrTx, groupIds: string[]) {
  if (!groupIds.length) return [];
  return db
    .select({ groupId: orgGroupMembers.groupId, unitId: orgGroupMembers.unitId })
    .from(orgGroupMembers)
    .where(inArray(orgGroupMembers.groupId, groupIds));
}
