import { and, asc, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { ProjectListQuery } from '@xiezuo/domain';
import type { DbOrTx } from '../../db/client';
import {
  auditFindings,
  fundAdjustments,
  fundProjectEvents,
  fundProjectPeople,
  fundProjects,
  persons,
  regions,
  users,
} from '../../db/schema';
import type { FundsScope } from '@xiezuo/domain';

export type ProjectRow = typeof fundProjects.$inferSelect;
export type ProjectWide = ProjectRow & { countyName: string; regionName: string | null; openFindings: number };

export function scopeWhere(scope: FundsScope, county: AnyPgColumn = fundProjects.countyCode): SQL | undefined {
  if (scope.kind === 'all') return undefined;
  return scope.counties.length ? inArray(county, scope.counties) : sql`false`;
}

function listWhere(tenantId: string, scope: FundsScope, q: Partial<ProjectListQuery>): SQL {
  const like = q.q ? `%${q.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%` : null;
  return and(
    eq(fundProjects.tenantId, tenantId),
    scopeWhere(scope),
    q.year ? eq(fundProjects.year, q.year) : undefined,
    q.county ? eq(fundProjects.countyCode, q.county) : undefined,
    q.stage ? eq(fundProjects.stage, q.stage) : undefined,
    q.category ? eq(fundProjects.category, q.category) : undefined,
    q.source ? eq(fundProjects.fundSource, q.source) : undefined,
    like ? or(ilike(fundProjects.code, like), ilike(fundProjects.name, like)) : undefined,
  )!;
}

const SORTS = {
  code: [asc(fundProjects.code)],
  plannedFen: [asc(fundProjects.plannedFen), asc(fundProjects.code)],
  '-plannedFen': [desc(fundProjects.plannedFen), asc(fundProjects.code)],
  '-updatedAt': [desc(fundProjects.updatedAt), asc(fundProjects.code)],
  stage: [asc(fundProjects.stage), asc(fundProjects.code)],
} as const;

const countyName = sql<string>`(select name from ${regions} c where c.code = ${fundProjects.countyCode})`;
const regionName = sql<string | null>`(select name from ${regions} g where g.code = ${fundProjects.regionCode})`;
const openFindings = sql<number>`(select count(*)::int from ${auditFindings} f where f.project_id = ${fundProjects.id} and f.status <> 'closed')`;

const wide = (db: DbOrTx) =>
  db.select({ p: fundProjects, countyName, regionName, openFindings }).from(fundProjects).$dynamic();
const flatten = (r: { p: ProjectRow; countyName: string; regionName: string | null; openFindings: number }) =>
  ({ ...r.p, countyName: r.countyName, regionName: r.regionName, openFindings: Number(r.openFindings) }) as ProjectWide;

/** A page of projects with the count and the money totals over every project matching the filters. */
export async function listPage(db: DbOrTx, tenantId: string, scope: FundsScope, q: ProjectListQuery) {
  const where = listWhere(tenantId, scope, q);
  const [rows, agg] = await Promise.all([
    wide(db)
      .where(where)
      .orderBy(...SORTS[q.sort])
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db
      .select({
        n: sql<number>`count(*)::int`,
        plannedFen: sql<string>`coalesce(sum(${fundProjects.plannedFen}) filter (where ${fundProjects.stage} <> 'cancelled'), 0)`,
        approvedFen: sql<string>`coalesce(sum(${fundProjects.approvedFen}) filter (where ${fundProjects.stage} <> 'cancelled'), 0)`,
        paidFen: sql<string>`coalesce(sum(${fundProjects.paidFen}), 0)`,
        receivedFen: sql<string>`coalesce(sum(${fundProjects.receivedFen}), 0)`,
        spentFen: sql<string>`coalesce(sum(${fundProjects.spentFen}), 0)`,
      })
      .from(fundProjects)
      .where(where),
  ]);
  const a = agg[0]!;
  return {
    rows: rows.map(flatten),
    total: a.n,
    totals: {
      plannedFen: Number(a.plannedFen),
      approvedFen: Number(a.approvedFen),
      paidFen: Number(a.paidFen),
      receivedFen: Number(a.receivedFen),
      spentFen: Number(a.spentFen),
    },
  };
}

export async function findWide(db: DbOrTx, tenantId: string, id: string): Promise<ProjectWide | undefined> {
  const r = await wide(db).where(and(eq(fundProjects.tenantId, tenantId), eq(fundProjects.id, id)));
  return r[0] ? flatten(r[0]) : undefined;
}

export async function findManyWide(db: DbOrTx, tenantId: string, ids: string[]): Promise<ProjectWide[]> {
  if (!ids.length) return [];
  return (await wide(db).where(and(eq(fundProjects.tenantId, tenantId), inArray(fundProjects.id, ids)))).map(flatten);
}

/** Locks projects for a money change (payment lines, receipts) and returns them. */
export async function lockMany(db: DbOrTx, tenantId: string, ids: string[]): Promise<ProjectRow[]> {
  if (!ids.length) return [];
  return db
    .select()
    .from(fundProjects)
    .where(and(eq(fundProjects.tenantId, tenantId), inArray(fundProjects.id, ids)))
    .orderBy(asc(fundProjects.id))
    .for('update');
}

export async function findByCodes(db: DbOrTx, tenantId: string, codes: string[]): Promise<ProjectRow[]> {
  if (!codes.length) return [];
  return db
    .select()
    .from(fundProjects)
    .where(and(eq(fundProjects.tenantId, tenantId), inArray(fundProjects.code, codes)));
}

export async function insert(db: DbOrTx, row: typeof fundProjects.$inferInsert): Promise<ProjectRow> {
  return (await db.insert(fundProjects).values(row).returning())[0]!;
}

export async function updateVersioned(
  db: DbOrTx,
  tenantId: string,
  id: string,
  version: number,
  patch: Partial<typeof fundProjects.$inferInsert>,
): Promise<ProjectRow | undefined> {
  return (
    await db
      .update(fundProjects)
      .set({ ...patch, updatedAt: new Date(), version: sql`${fundProjects.version} + 1` })
      .where(and(eq(fundProjects.tenantId, tenantId), eq(fundProjects.id, id), eq(fundProjects.version, version)))
      .returning()
  )[0];
}

/** The next free number of a county's projects in a year: codes read `621022-2019-007`. */
export async function nextCode(db: DbOrTx, tenantId: string, year: number, county: string): Promise<string> {
  const prefix = `${county}-${year}-`;
  const r = await db.execute<{ n: number | null }>(
    // the position is cast: as an untyped parameter PostgreSQL would take substring's regular-expression form
    sql`select max(substring(code from ${prefix.length + 1}::int)::int) as n from ${fundProjects} where tenant_id = ${tenantId} and code like ${`${prefix}%`} and substring(code from ${prefix.length + 1}::int) ~ '^[0-9]+$'`,
  );
  return `${prefix}${String((r.rows[0]?.n ?? 0) + 1).padStart(3, '0')}`;
}

/** Moves the projects still at one stage to the next (money stages), in one statement; returns those moved. */
export async function moveStage(
  db: DbOrTx,
  tenantId: string,
  ids: string[],
  from: ProjectRow['stage'],
  to: ProjectRow['stage'],
): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < ids.length; i += 5000) {
    const moved = await db
      .update(fundProjects)
      .set({ stage: to, updatedAt: new Date(), version: sql`${fundProjects.version} + 1` })
      .where(
        and(
          eq(fundProjects.tenantId, tenantId),
          inArray(fundProjects.id, ids.slice(i, i + 5000)),
          eq(fundProjects.stage, from),
        ),
      )
      .returning({ id: fundProjects.id });
    out.push(...moved.map((m) => m.id));
  }
  return out;
}

export async function insertEvent(db: DbOrTx, row: typeof fundProjectEvents.$inferInsert) {
  await db.insert(fundProjectEvents).values(row);
}

export async function insertEvents(db: DbOrTx, rows: (typeof fundProjectEvents.$inferInsert)[]) {
  for (let i = 0; i < rows.length; i += 2000) await db.insert(fundProjectEvents).values(rows.slice(i, i + 2000));
}

export async function eventsOf(db: DbOrTx, projectId: string) {
  return db
    .select({
      at: fundProjectEvents.at,
      action: fundProjectEvents.action,
      fromStage: fundProjectEvents.fromStage,
      toStage: fundProjectEvents.toStage,
      user: users.displayName,
      reason: fundProjectEvents.reason,
      details: fundProjectEvents.details,
    })
    .from(fundProjectEvents)
    .leftJoin(users, eq(users.id, fundProjectEvents.userId))
    .where(eq(fundProjectEvents.projectId, projectId))
    .orderBy(asc(fundProjectEvents.at));
}

export async function replacePeople(
  db: DbOrTx,
  tenantId: string,
  projectId: string,
  people: { personId: string; isPoor: boolean }[],
) {
  await db.delete(fundProjectPeople).where(eq(fundProjectPeople.projectId, projectId));
  for (let i = 0; i < people.length; i += 2000)
    await db
      .insert(fundProjectPeople)
      .values(people.slice(i, i + 2000).map((p, j) => ({ projectId, tenantId, ...p, sort: i + j })))
      .onConflictDoNothing();
}

export async function peopleOf(db: DbOrTx, projectId: string) {
  return db
    .select({ name: persons.name, idMasked: persons.idMasked, isPoor: fundProjectPeople.isPoor })
    .from(fundProjectPeople)
    .innerJoin(persons, eq(persons.id, fundProjectPeople.personId))
    .where(eq(fundProjectPeople.projectId, projectId))
    .orderBy(asc(fundProjectPeople.sort));
}

export async function adjustmentsOf(db: DbOrTx, projectId: string) {
  return db
    .select()
    .from(fundAdjustments)
    .where(eq(fundAdjustments.projectId, projectId))
    .orderBy(asc(fundAdjustments.createdAt));
}

export async function findAdjustment(db: DbOrTx, tenantId: string, id: string) {
  return (
    await db
      .select()
      .from(fundAdjustments)
      .where(and(eq(fundAdjustments.tenantId, tenantId), eq(fundAdjustments.id, id)))
  )[0];
}

export async function insertAdjustment(db: DbOrTx, row: typeof fundAdjustments.$inferInsert) {
  return (await db.insert(fundAdjustments).values(row).returning())[0]!;
}

/** Decides a pending adjustment; undefined when someone decided it first. */
export async function decideAdjustment(
  db: DbOrTx,
  id: string,
  patch: Pick<typeof fundAdjustments.$inferInsert, 'status' | 'decidedBy' | 'decisionNote'>,
) {
  return (
    await db
      .update(fundAdjustments)
      .set({ ...patch, decidedAt: new Date() })
      .where(and(eq(fundAdjustments.id, id), eq(fundAdjustments.status, 'pending')))
      .returning()
  )[0];
}
