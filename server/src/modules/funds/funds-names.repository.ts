import { asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { regions, tenantCounties, units, users } from '../../db/schema';

/** The tenant's assisted counties with their names, in the tenant's order. */
export async function listCounties(db: DbOrTx, tenantId: string) {
  return db
    .select({ code: tenantCounties.regionCode, name: regions.name })
    .from(tenantCounties)
    .innerJoin(regions, eq(regions.code, tenantCounties.regionCode))
    .where(eq(tenantCounties.tenantId, tenantId))
    .orderBy(asc(tenantCounties.sort));
}

/** Names of units and users by id, for presenting rows that name them. */
export async function unitNames(db: DbOrTx, ids: string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids)];
  if (!wanted.length) return new Map();
  const rows = await db.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function userNames(db: DbOrTx, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((i): i is string => !!i))];
  if (!wanted.length) return new Map();
  const rows = await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function regionExists(db: DbOrTx, code: string): Promise<boolean> {
  return (await db.select({ code: regions.code }).from(regions).where(eq(regions.code, code))).length > 0;
}
