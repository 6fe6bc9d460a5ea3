import { and, asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { consumptionPledges, consumptionPurchases, indicators, units } from '../../db/schema';

export type PledgeRow = typeof consumptionPledges.$inferSelect;

/** The tenant's member units (east side), in the organisation's order. */
export async function memberUnits(db: DbOrTx, tenantId: string, onlyIds?: string[]) {
  const rows = await db
    .select({ id: units.id, code: units.code, name: units.name })
    .from(units)
    .where(and(eq(units.tenantId, tenantId), eq(units.isMember, true), eq(units.side, 'east')))
    .orderBy(asc(units.sort));
  return onlyIds ? rows.filter((u) => onlyIds.includes(u.id)) : rows;
}

export async function unitById(db: DbOrTx, tenantId: string, id: string) {
  const [r] = await db
    .select({ id: units.id, code: units.code, name: units.name, isMember: units.isMember, side: units.side })
    .from(units)
    .where(and(eq(units.tenantId, tenantId), eq(units.id, id)));
  return r;
}

export async function unitIdByCode(db: DbOrTx, tenantId: string, code: string) {
  const [r] = await db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.tenantId, tenantId), eq(units.code, code)));
  return r?.id;
}

export async function pledgesOfYear(db: DbOrTx, tenantId: string, year: number) {
  return db
    .select()
    .from(consumptionPledges)
    .where(and(eq(consumptionPledges.tenantId, tenantId), eq(consumptionPledges.year, year)));
}

/** What each unit bought in a year and counts: confirmed purchases of products certified on the purchase date. */
export async function boughtByUnit(db: DbOrTx, tenantId: string, year: number, unitId?: string) {
  const rows = await db
    .select({
      unitId: consumptionPurchases.buyerUnitId,
      fen: sql<string>`sum(${consumptionPurchases.amountFen})`,
    })
    .from(consumptionPurchases)
    .where(
      and(
        eq(consumptionPurchases.tenantId, tenantId),
        eq(consumptionPurchases.year, year),
        eq(consumptionPurchases.status, 'confirmed'),
        eq(consumptionPurchases.isCounted, true),
        unitId ? eq(consumptionPurchases.buyerUnitId, unitId) : sql`${consumptionPurchases.buyerUnitId} is not null`,
      ),
    )
    .groupBy(consumptionPurchases.buyerUnitId);
  return new Map(rows.map((r) => [r.unitId!, Number(r.fen)]));
}

/** Sets a unit's pledge (a changed amount needs the unit's acceptance again). Returns the row. */
export async function upsertPledge(tx: DbOrTx, tenantId: string, year: number, unitId: string, pledgeFen: number) {
  const [r] = await tx
    .insert(consumptionPledges)
    .values({ tenantId, year, unitId, pledgeFen })
    .onConflictDoUpdate({
      target: [consumptionPledges.tenantId, consumptionPledges.year, consumptionPledges.unitId],
      set: {
        pledgeFen,
        acceptedAt: sql`case when ${consumptionPledges.pledgeFen} = ${pledgeFen} then ${consumptionPledges.acceptedAt} end`,
        acceptedBy: sql`case when ${consumptionPledges.pledgeFen} = ${pledgeFen} then ${consumptionPledges.acceptedBy} end`,
        version: sql`${consumptionPledges.version} + 1`,
        updatedAt: new Date(),
      },
    })
    .returning();
  return r!;
}

export async function acceptPledge(tx: DbOrTx, tenantId: string, year: number, unitId: string, userId: string) {
  const [r] = await tx
    .update(consumptionPledges)
    .set({ acceptedAt: new Date(), acceptedBy: userId, version: sql`${consumptionPledges.version} + 1` })
    .where(
      and(
        eq(consumptionPledges.tenantId, tenantId),
        eq(consumptionPledges.year, year),
        eq(consumptionPledges.unitId, unitId),
        sql`${consumptionPledges.acceptedAt} is null`,
      ),
    )
    .returning();
  return r;
}

/** The year's plan target of an indicator in fen (its `overall`), or null when the plan has none. */
export async function planTarget(db: DbOrTx, tenantId: string, year: number, code: string) {
  const [r] = await db
    .select({ v: sql<string | null>`${indicators.decl} #>> '{target,overall}'` })
    .from(indicators)
    .where(and(eq(indicators.tenantId, tenantId), eq(indicators.year, year), eq(indicators.code, code)));
  return r?.v ? Number(r.v) : null;
}
