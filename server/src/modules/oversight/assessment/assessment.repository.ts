import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { listByOwners, type EvidenceTable } from '../../../lib/files/evidence.repository';
import {
  assessmentAdjustmentFiles,
  assessmentAdjustments,
  assessmentAppeals,
  assessmentSchemes,
  orgGroupMembers,
  orgGroups,
  recordEvents,
  records,
  units,
  users,
} from '../../../db/schema';

export type SchemeRow = typeof assessmentSchemes.$inferSelect;

export async function findScheme(db: DbOrTx, tenantId: string, year: number): Promise<SchemeRow | undefined> {
  return (
    await db
      .select()
      .from(assessmentSchemes)
      .where(and(eq(assessmentSchemes.tenantId, tenantId), eq(assessmentSchemes.year, year)))
  )[0];
}

/** Locks the scheme row for the rest of the transaction, so freezing and changes cannot interleave. */
export async function lockScheme(tx: DbOrTx, tenantId: string, year: number): Promise<SchemeRow | undefined> {
  return (
    await tx
      .select()
      .from(assessmentSchemes)
      .where(and(eq(assessmentSchemes.tenantId, tenantId), eq(assessmentSchemes.year, year)))
      .for('update')
  )[0];
}

export async function insertScheme(db: DbOrTx, row: typeof assessmentSchemes.$inferInsert) {
  await db.insert(assessmentSchemes).values(row).onConflictDoNothing();
}

export async function updateScheme(
  db: DbOrTx,
  tenantId: string,
  year: number,
  version: number,
  patch: Partial<typeof assessmentSchemes.$inferInsert>,
): Promise<boolean> {
  const rows = await db
    .update(assessmentSchemes)
    .set({ ...patch, version: sql`${assessmentSchemes.version} + 1`, updatedAt: new Date() })
    .where(
      and(
        eq(assessmentSchemes.tenantId, tenantId),
        eq(assessmentSchemes.year, year),
        eq(assessmentSchemes.version, version),
      ),
    )
    .returning({ year: assessmentSchemes.year });
  return rows.length > 0;
}

/** The member units of the eastern side, in their display order. */
export async function memberUnits(db: DbOrTx, tenantId: string) {
  return db
    .select({ id: units.id, code: units.code, name: units.name })
    .from(units)
    .where(and(eq(units.tenantId, tenantId), eq(units.isMember, true), eq(units.side, 'east')))
    .orderBy(asc(units.sort), asc(units.code));
}

/** Units of a working group in a year, or in the latest year that declares it. */
export async function groupUnitIds(db: DbOrTx, tenantId: string, year: number, codes: string[]): Promise<string[]> {
  if (!codes.length) return [];
  const rows = await db
    .select({ id: orgGroupMembers.unitId, year: orgGroups.year })
    .from(orgGroupMembers)
    .innerJoin(orgGroups, eq(orgGroups.id, orgGroupMembers.groupId))
    .where(
      and(
        eq(orgGroups.tenantId, tenantId),
        eq(orgGroups.kind, 'working'),
        inArray(orgGroups.code, codes),
        sql`${orgGroups.year} <= ${year}`,
      ),
    );
  const latest = Math.max(0, ...rows.map((r) => r.year));
  return [...new Set(rows.filter((r) => r.year === latest).map((r) => r.id))];
}

const beijingDate = (col: unknown) => sql`(${col} at time zone 'Asia/Shanghai')::date`;

/** Per unit: the east-reported records of the year due by the as-of date, and those submitted within `days` of occurring. */
export async function reportingTimeliness(db: DbOrTx, tenantId: string, year: number, asOf: string, days: number) {
  const submitted = sql`${records.submittedAt} is not null and ${beijingDate(records.submittedAt)} <= ${asOf}::date`;
  // a draft still unsubmitted after the window counts as late
  const overdueDraft = sql`${records.submittedAt} is null and ${records.status} = 'draft' and ${records.occurredOn} + ${days}::int < ${asOf}::date`;
  return db
    .select({
      unitId: records.eastUnitId,
      due: sql<number>`(count(*) filter (where ${submitted} or ${overdueDraft}))::int`,
      onTime: sql<number>`(count(*) filter (where ${submitted} and ${beijingDate(records.submittedAt)} - ${records.occurredOn} <= ${days}::int))::int`,
    })
    .from(records)
    .where(
      and(
        eq(records.tenantId, tenantId),
        eq(records.year, year),
        eq(records.reporterSide, 'east'),
        sql`${records.occurredOn} <= ${asOf}::date`,
      ),
    )
    .groupBy(records.eastUnitId);
}

/** Per east unit: west-reported records it had to confirm, and those confirmed or disputed within `days` of submission. */
export async function confirmationTimeliness(db: DbOrTx, tenantId: string, year: number, asOf: string, days: number) {
  const handledAt = sql`coalesce(${records.confirmedAt}, (select min(e.at) from ${recordEvents} e where e.record_id = ${records.id} and e.action in ('confirm','dispute')))`;
  const handled = sql`${records.status} in ('confirmed','disputed') and ${handledAt} is not null`;
  const waitingTooLong = sql`${records.status} = 'submitted' and ${beijingDate(records.submittedAt)} + ${days}::int < ${asOf}::date`;
  return db
    .select({
      unitId: records.eastUnitId,
      due: sql<number>`(count(*) filter (where ${handled} or ${waitingTooLong}))::int`,
      onTime: sql<number>`(count(*) filter (where ${handled} and ${beijingDate(handledAt)} - ${beijingDate(records.submittedAt)} <= ${days}::int))::int`,
    })
    .from(records)
    .where(
      and(
        eq(records.tenantId, tenantId),
        eq(records.year, year),
        eq(records.reporterSide, 'west'),
        sql`${records.submittedAt} is not null`,
        sql`${beijingDate(records.submittedAt)} <= ${asOf}::date`,
      ),
    )
    .groupBy(records.eastUnitId);
}

/** Per unit: east-reported records submitted in the year, and those the other side ever disputed. */
export async function disputeCounts(db: DbOrTx, tenantId: string, year: number, asOf: string) {
  const disputed = sql`(${records.status} = 'disputed' or exists (select 1 from ${recordEvents} e where e.record_id = ${records.id} and e.action = 'dispute'))`;
  return db
    .select({
      unitId: records.eastUnitId,
      submitted: sql<number>`count(*)::int`,
      disputed: sql<number>`(count(*) filter (where ${disputed}))::int`,
    })
    .from(records)
    .where(
      and(
        eq(records.tenantId, tenantId),
        eq(records.year, year),
        eq(records.reporterSide, 'east'),
        sql`${records.submittedAt} is not null`,
        sql`${records.occurredOn} <= ${asOf}::date`,
      ),
    )
    .groupBy(records.eastUnitId);
}

const adjustmentSelect = (db: DbOrTx) =>
  db
    .select({ a: assessmentAdjustments, unitName: units.name, by: users.displayName })
    .from(assessmentAdjustments)
    .innerJoin(units, eq(units.id, assessmentAdjustments.unitId))
    .leftJoin(users, eq(users.id, assessmentAdjustments.createdBy));
export type AdjustmentWide = Awaited<ReturnType<ReturnType<typeof adjustmentSelect>['where']>>[number];

export async function listAdjustments(db: DbOrTx, tenantId: string, year: number): Promise<AdjustmentWide[]> {
  return adjustmentSelect(db)
    .where(and(eq(assessmentAdjustments.tenantId, tenantId), eq(assessmentAdjustments.year, year)))
    .orderBy(desc(assessmentAdjustments.createdAt));
}

export async function findAdjustment(db: DbOrTx, tenantId: string, id: string): Promise<AdjustmentWide | undefined> {
  return (
    await adjustmentSelect(db).where(
      and(eq(assessmentAdjustments.tenantId, tenantId), eq(assessmentAdjustments.id, id)),
    )
  )[0];
}

/** Evidence files of some adjustments, oldest first. */
/** Where an adjustment's evidence files are listed (lib/files evidence). */
export const adjustmentEvidence: EvidenceTable = { table: assessmentAdjustmentFiles, ownerKey: 'adjustmentId' };

export const filesOfAdjustments = (db: DbOrTx, adjustmentIds: string[]) =>
  listByOwners(db, adjustmentEvidence, adjustmentIds);

export async function insertAdjustment(db: DbOrTx, row: typeof assessmentAdjustments.$inferInsert) {
  return (await db.insert(assessmentAdjustments).values(row).returning())[0]!;
}

const appealSelect = (db: DbOrTx) =>
  db
    .select({
      p: assessmentAppeals,
      unitName: units.name,
      by: sql<string | null>`(select display_name from ${users} u where u.id = ${assessmentAppeals.createdBy})`,
      decider: sql<string | null>`(select display_name from ${users} u where u.id = ${assessmentAppeals.decidedBy})`,
    })
    .from(assessmentAppeals)
    .innerJoin(units, eq(units.id, assessmentAppeals.unitId));
export type AppealWide = Awaited<ReturnType<ReturnType<typeof appealSelect>['where']>>[number];

export async function listAppeals(db: DbOrTx, tenantId: string, year: number) {
  return appealSelect(db)
    .where(and(eq(assessmentAppeals.tenantId, tenantId), eq(assessmentAppeals.year, year)))
    .orderBy(desc(assessmentAppeals.createdAt));
}

export async function findAppeal(db: DbOrTx, tenantId: string, id: string) {
  return (await appealSelect(db).where(and(eq(assessmentAppeals.tenantId, tenantId), eq(assessmentAppeals.id, id))))[0];
}

export async function countPendingAppeals(db: DbOrTx, tenantId: string, year: number): Promise<number> {
  const r = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(assessmentAppeals)
    .where(
      and(
        eq(assessmentAppeals.tenantId, tenantId),
        eq(assessmentAppeals.year, year),
        eq(assessmentAppeals.status, 'pending'),
      ),
    );
  return r[0]?.n ?? 0;
}

export async function insertAppeal(db: DbOrTx, row: typeof assessmentAppeals.$inferInsert) {
  return (await db.insert(assessmentAppeals).values(row).returning())[0]!;
}

/** Decides a pending appeal; false when it was already decided. */
export async function decideAppeal(
  db: DbOrTx,
  id: string,
  patch: Pick<typeof assessmentAppeals.$inferInsert, 'status' | 'decisionNote' | 'decidedBy'>,
): Promise<boolean> {
  const rows = await db
    .update(assessmentAppeals)
    .set({ ...patch, decidedAt: new Date() })
    .where(and(eq(assessmentAppeals.id, id), eq(assessmentAppeals.status, 'pending')))
    .returning({ id: assessmentAppeals.id });
  return rows.length > 0;
}
