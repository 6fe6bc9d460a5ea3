import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import {
  cohortResults,
  cohorts,
  cohortStudents,
  cohortSupports,
  orgGroups,
  persons,
  records,
  regions,
  units,
} from '../../db/schema';

export type CohortRow = typeof cohorts.$inferSelect;
export type CohortWide = CohortRow & {
  schoolName: string;
  countyName: string;
  students: number;
  supported: number;
  amountFen: number;
};

const studentsOf = sql<number>`(select count(*)::int from ${cohortStudents} s where s.cohort_id = ${cohorts.id})`;
const supportedOf = sql<number>`(select count(distinct cs.student_id)::int from ${cohortSupports} cs join ${cohortStudents} s on s.id = cs.student_id where s.cohort_id = ${cohorts.id})`;
const amountOf = sql<number>`(select coalesce(sum(cs.amount_fen), 0)::bigint from ${cohortSupports} cs join ${cohortStudents} s on s.id = cs.student_id where s.cohort_id = ${cohorts.id})`;

const wide = (db: DbOrTx) =>
  db
    .select({
      c: cohorts,
      schoolName: units.name,
      countyName: regions.name,
      students: studentsOf,
      supported: supportedOf,
      amountFen: amountOf,
    })
    .from(cohorts)
    .innerJoin(units, eq(units.id, cohorts.schoolUnitId))
    .innerJoin(regions, eq(regions.code, cohorts.countyCode));

const flat = (r: Awaited<ReturnType<ReturnType<typeof wide>['execute']>>[number]): CohortWide => ({
  ...r.c,
  schoolName: r.schoolName,
  countyName: r.countyName,
  students: r.students,
  supported: r.supported,
  amountFen: Number(r.amountFen),
});

export async function listWide(db: DbOrTx, tenantId: string): Promise<CohortWide[]> {
  return (await wide(db).where(eq(cohorts.tenantId, tenantId)).orderBy(desc(cohorts.startYear), asc(cohorts.name))).map(
    flat,
  );
}

export async function findWide(db: DbOrTx, tenantId: string, id: string): Promise<CohortWide | undefined> {
  const r = (await wide(db).where(and(eq(cohorts.tenantId, tenantId), eq(cohorts.id, id))))[0];
  return r ? flat(r) : undefined;
}

export async function insertCohort(db: DbOrTx, row: typeof cohorts.$inferInsert) {
  return (await db.insert(cohorts).values(row).returning())[0]!;
}

/** A cohort's students with their names and masked ID numbers, in name order. */
export async function studentsOfCohort(db: DbOrTx, cohortId: string) {
  return db
    .select({
      s: cohortStudents,
      name: persons.name,
      idMasked: persons.idMasked,
      gender: persons.gender,
    })
    .from(cohortStudents)
    .innerJoin(persons, eq(persons.id, cohortStudents.personId))
    .where(eq(cohortStudents.cohortId, cohortId))
    .orderBy(asc(cohortStudents.enrolledOn), asc(persons.name));
}

export async function findStudent(db: DbOrTx, tenantId: string, id: string) {
  return (
    await db
      .select()
      .from(cohortStudents)
      .where(and(eq(cohortStudents.tenantId, tenantId), eq(cohortStudents.id, id)))
  )[0];
}

export async function insertStudent(db: DbOrTx, row: typeof cohortStudents.$inferInsert) {
  return (await db.insert(cohortStudents).values(row).onConflictDoNothing().returning())[0];
}

export async function resultsOf(db: DbOrTx, studentIds: string[]) {
  if (!studentIds.length) return [];
  return db
    .select()
    .from(cohortResults)
    .where(inArray(cohortResults.studentId, studentIds))
    .orderBy(asc(cohortResults.term));
}

export async function upsertResult(db: DbOrTx, row: typeof cohortResults.$inferInsert) {
  // the conflict target (student, term) stays; the rest is the correction
  const { studentId: _student, term: _term, ...rest } = row;
  return (
    await db
      .insert(cohortResults)
      .values(row)
      .onConflictDoUpdate({ target: [cohortResults.studentId, cohortResults.term], set: rest })
      .returning()
  )[0]!;
}

/** Supports of some students with the giving unit and the ledger record each produced. */
export async function supportsOf(db: DbOrTx, tenantId: string, studentIds: string[]) {
  if (!studentIds.length) return [];
  return db
    .select({
      s: cohortSupports,
      unitName: units.name,
      recordId: records.id,
    })
    .from(cohortSupports)
    .innerJoin(units, eq(units.id, cohortSupports.unitId))
    .leftJoin(
      records,
      and(
        eq(records.tenantId, tenantId),
        eq(records.sourceType, 'cohort_support'),
        eq(records.sourceId, cohortSupports.id),
      ),
    )
    .where(inArray(cohortSupports.studentId, studentIds))
    .orderBy(asc(cohortSupports.givenOn));
}

export async function insertSupport(db: DbOrTx, row: typeof cohortSupports.$inferInsert) {
  return (await db.insert(cohortSupports).values(row).returning())[0]!;
}

/** The cohort and student a support belongs to (for its ledger record's link). */
export async function supportOwner(db: DbOrTx, tenantId: string, supportId: string) {
  return (
    await db
      .select({ cohortId: cohorts.id, cohortName: cohorts.name, studentName: persons.name })
      .from(cohortSupports)
      .innerJoin(cohortStudents, eq(cohortStudents.id, cohortSupports.studentId))
      .innerJoin(cohorts, eq(cohorts.id, cohortStudents.cohortId))
      .innerJoin(persons, eq(persons.id, cohortStudents.personId))
      .where(and(eq(cohortSupports.tenantId, tenantId), eq(cohortSupports.id, supportId)))
  )[0];
}

/** The lead unit of the education working group in its latest year (it edits cohorts with the schools). */
export async function educationLead(db: DbOrTx, tenantId: string): Promise<string | null> {
  const r = await db
    .select({ id: orgGroups.leadUnitId })
    .from(orgGroups)
    .where(and(eq(orgGroups.tenantId, tenantId), eq(orgGroups.code, 'education')))
    .orderBy(desc(orgGroups.year))
    .limit(1);
  return r[0]?.id ?? null;
}

export async function isEastUnit(db: DbOrTx, tenantId: string, id: string): Promise<boolean> {
  const r = await db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.tenantId, tenantId), eq(units.id, id), eq(units.side, 'east')));
  return r.length > 0;
}
