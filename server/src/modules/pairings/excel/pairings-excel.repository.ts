import { asc, eq, like, or } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { regions, units } from '../../../db/schema';

export type UnitRef = { id: string; code: string; name: string; side: 'east' | 'west'; regionCode: string | null };
export type RegionRef = { code: string; name: string; level: string; parentCode: string | null };

/** The tenant's units, east then west, for name/code lookup and the template's reference sheet. */
export async function listUnitRefs(db: DbOrTx, tenantId: string): Promise<UnitRef[]> {
  return db
    .select({ id: units.id, code: units.code, name: units.name, side: units.side, regionCode: units.regionCode })
    .from(units)
    .where(eq(units.tenantId, tenantId))
    .orderBy(asc(units.side), asc(units.sort), asc(units.code));
}

/** Regions at or under any of the roots (the district and the assisted counties), in code order. */
export async function listRegionsUnder(db: DbOrTx, roots: string[]): Promise<RegionRef[]> {
  if (!roots.length) return [];
  return db
    .select({ code: regions.code, name: regions.name, level: regions.level, parentCode: regions.parentCode })
    .from(regions)
    .where(or(...roots.map((r) => like(regions.code, `${r}%`))))
    .orderBy(asc(regions.code));
}
