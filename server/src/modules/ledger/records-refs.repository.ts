import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { pairings, regions, tenantCounties, units } from '../../db/schema';

/** The region codes of the tenant's assisted counties. */
export const tenantCountyCodes = async (db: DbOrTx, tenantId: string): Promise<string[]> =>
  (
    await db
      .select({ code: tenantCounties.regionCode })
      .from(tenantCounties)
      .where(eq(tenantCounties.tenantId, tenantId))
  ).map((c) => c.code);

/** The tenant's units with their side. */
export const unitSides = (db: DbOrTx, tenantId: string) =>
  db.select({ id: units.id, side: units.side }).from(units).where(eq(units.tenantId, tenantId));

/** Which of these region codes exist. */
export async function existingRegionCodes(db: DbOrTx, codes: string[]): Promise<Set<string>> {
  if (!codes.length) return new Set();
  const rows = await db.select({ code: regions.code }).from(regions).where(inArray(regions.code, codes));
  return new Set(rows.map((r) => r.code));
}

/** The county of each of these pairings of the tenant (pairings of other tenants are not found). */
export async function pairingCounties(db: DbOrTx, tenantId: string, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ id: pairings.id, county: pairings.countyCode })
    .from(pairings)
    .where(and(eq(pairings.tenantId, tenantId), inArray(pairings.id, ids)));
  return new Map(rows.map((p) => [p.id, p.county]));
}
