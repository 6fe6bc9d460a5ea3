import { and, asc, desc, eq, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { WarningSettings } from '@xiezuo/domain';
import type { DbOrTx } from '../../../db/client';
import {
  orgGroupMembers,
  orgGroups,
  plans,
  recordEvents,
  records,
  regions,
  tenantCounties,
  units,
  warningSettings,
} from '../../../db/schema';

export async function findSettings(db: DbOrTx, tenantId: string) {
  return (await db.select().from(warningSettings).where(eq(warningSettings.tenantId, tenantId)))[0];
}

export async function upsertSettings(db: DbOrTx, tenantId: string, settings: WarningSettings, userId: string) {
  const now = new Date();
  await db
    .insert(warningSettings)
    .values({ tenantId, settings, updatedBy: userId, updatedAt: now })
    .onConflictDoUpdate({ target: warningSettings.tenantId, set: { settings, updatedBy: userId, updatedAt: now } });
}

/** Whether the tenant has a plan for the year (a year without one has no indicator warnings). */
export async function hasPlan(db: DbOrTx, tenantId: string, year: number): Promise<boolean> {
  const rows = await db
    .select({ id: plans.id })
    .from(plans)
    .where(and(eq(plans.tenantId, tenantId), eq(plans.year, year)))
    .limit(1);
  return rows.length > 0;
}

/** The latest plan year not after `maxYear` (or the earliest plan when all lie ahead). */
export async function defaultPlanYear(db: DbOrTx, tenantId: string, maxYear: number): Promise<number | undefined> {
  const past = await db
    .select({ year: plans.year })
    .from(plans)
    .where(and(eq(plans.tenantId, tenantId), lte(plans.year, maxYear)))
    .orderBy(desc(plans.year))
    .limit(1);
  if (past[0]) return past[0].year;
  return (
    await db
      .select({ year: plans.year })
      .from(plans)
      .where(eq(plans.tenantId, tenantId))
      .orderBy(asc(plans.year))
      .limit(1)
  )[0]?.year;
}

export async function listUnits(db: DbOrTx, tenantId: string) {
  return db
    .select({ id: units.id, code: units.code, name: units.name, isMember: units.isMember, side: units.side })
    .from(units)
    .where(eq(units.tenantId, tenantId))
    .orderBy(asc(units.sort), asc(units.code));
}

export async function listCounties(db: DbOrTx, tenantId: string) {
  return db
    .select({ code: tenantCounties.regionCode, name: regions.name })
    .from(tenantCounties)
    .innerJoin(regions, eq(regions.code, tenantCounties.regionCode))
    .where(eq(tenantCounties.tenantId, tenantId))
    .orderBy(asc(tenantCounties.sort));
}

/** Units in a working group of a year (its lead and members). */
export async function groupUnitIds(db: DbOrTx, tenantId: string, year: number, groupCode: string): Promise<string[]> {
  const rows = await db
    .select({ id: orgGroupMembers.unitId })
    .from(orgGroupMembers)
    .innerJoin(orgGroups, eq(orgGroups.id, orgGroupMembers.groupId))
    .where(
      and(
        eq(orgGroups.tenantId, tenantId),
        eq(orgGroups.year, year),
        eq(orgGroups.code, groupCode),
        eq(orgGroups.kind, 'working'),
      ),
    );
  return rows.map((r) => r.id);
}

/** Units leading a working group in a year. */
export async function groupLeadIds(db: DbOrTx, tenantId: string, year: number): Promise<string[]> {
  const rows = await db
    .select({ id: orgGroups.leadUnitId })
    .from(orgGroups)
    .where(and(eq(orgGroups.tenantId, tenantId), eq(orgGroups.year, year), eq(orgGroups.kind, 'working')));
  return rows.map((r) => r.id).filter((id): id is string => id !== null);
}

export type RecordFilter = {
  tenantId: string;
  year: number;
  asOf: string;
  counties: string[] | null;
  unitIds: string[] | null;
};

function recordWhere(f: RecordFilter): SQL {
  return and(
    eq(records.tenantId, f.tenantId),
    eq(records.year, f.year),
    f.counties ? (f.counties.length ? inArray(records.countyCode, f.counties) : sql`false`) : undefined,
    f.unitIds ? (f.unitIds.length ? inArray(records.eastUnitId, f.unitIds) : sql`false`) : undefined,
  )!;
}

/** Days from a timestamp (as a Beijing date) to the as-of date. */
const daysSince = (col: SQL | typeof records.submittedAt, asOf: string) =>
  sql<number>`(${asOf}::date - (${col} at time zone 'Asia/Shanghai')::date)`;

/** Submitted records still awaiting the other side for at least `minDays`, grouped by type, unit and county. */
export async function awaitingGroups(db: DbOrTx, f: RecordFilter, minDays: number) {
  const days = daysSince(records.submittedAt, f.asOf);
  return db
    .select({
      type: records.typeCode,
      unitId: records.eastUnitId,
      county: records.countyCode,
      reporterSide: records.reporterSide,
      count: sql<number>`count(*)::int`,
      days: sql<number>`max(${days})::int`,
      anyId: sql<string>`min(${records.id}::text)`,
    })
    .from(records)
    .where(
      and(
        recordWhere(f),
        eq(records.status, 'submitted'),
        sql`${records.submittedAt} is not null`,
        sql`${days} >= ${minDays}`,
      ),
    )
    .groupBy(records.typeCode, records.eastUnitId, records.countyCode, records.reporterSide)
    .orderBy(sql`max(${days}) desc`, records.typeCode);
}

/** Disputed records whose dispute is at least `minDays` old on the as-of date. */
export async function staleDisputes(db: DbOrTx, f: RecordFilter, minDays: number) {
  const disputedAt = sql`coalesce((select max(e.at) from ${recordEvents} e where e.record_id = ${records.id} and e.action = 'dispute'), ${records.updatedAt})`;
  const days = daysSince(disputedAt, f.asOf);
  return db
    .select({
      id: records.id,
      type: records.typeCode,
      unitId: records.eastUnitId,
      county: records.countyCode,
      occurredOn: records.occurredOn,
      reason: records.disputeReason,
      days: sql<number>`${days}::int`,
    })
    .from(records)
    .where(and(recordWhere(f), eq(records.status, 'disputed'), sql`${days} >= ${minDays}`))
    .orderBy(sql`${days} desc`, records.id);
}

/** The latest occurredOn of each unit's non-draft records in the year up to the as-of date. */
export async function lastRecordOn(
  db: DbOrTx,
  tenantId: string,
  year: number,
  asOf: string,
  unitIds: string[],
): Promise<Map<string, string>> {
  if (!unitIds.length) return new Map();
  const rows = await db
    .select({ unitId: records.eastUnitId, last: sql<string>`max(${records.occurredOn})::text` })
    .from(records)
    .where(
      and(
        eq(records.tenantId, tenantId),
        eq(records.year, year),
        inArray(records.eastUnitId, unitIds),
        sql`${records.status} not in ('draft','withdrawn')`,
        sql`${records.occurredOn} <= ${asOf}::date`,
      ),
    )
    .groupBy(records.eastUnitId);
  return new Map(rows.map((r) => [r.unitId!, r.last]));
}
