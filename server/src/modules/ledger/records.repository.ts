import { and, asc, count, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { recordTypesOfGroups, type Awaiting, type RecordListQuery, type Scope } from '@xiezuo/domain';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client';
import { listByOwners, type EvidenceTable } from '../../lib/files/evidence.repository';
import {
  periods,
  persons,
  recordEvents,
  recordFiles,
  recordPeople,
  records,
  regions,
  units,
  users,
} from '../../db/schema';

export type RecordRow = typeof records.$inferSelect;

/** The records a scope covers: its units' and counties' records and its working groups' record types. */
export function scopeWhere(scope: Scope): SQL | undefined {
  if (scope.kind === 'district') return undefined;
  const types = recordTypesOfGroups(scope.groups);
  const parts = [
    scope.units.length ? inArray(records.eastUnitId, scope.units) : undefined,
    scope.counties.length ? inArray(records.countyCode, scope.counties) : undefined,
    types.length ? inArray(records.typeCode, types) : undefined,
  ].filter((p): p is SQL => p !== undefined);
  return parts.length ? or(...parts) : sql`false`;
}

function periodWhere(period: string | undefined): SQL | undefined {
  if (!period) return undefined;
  if (/^\d{4}$/.test(period)) return eq(records.year, Number(period));
  if (/-Q/.test(period)) {
    const [y, q] = period.split('-Q').map(Number) as [number, number];
    return and(
      sql`${records.occurredOn} >= ${`${y}-${String(q * 3 - 2).padStart(2, '0')}-01`}::date`,
      sql`${records.occurredOn} < (${`${y}-${String(q * 3 - 2).padStart(2, '0')}-01`}::date + interval '3 months')`,
    );
  }
  return sql`to_char(${records.occurredOn}, 'YYYY-MM') = ${period}`;
}

/**
 * Where a caller stands on the other sides of records, as values a query can use (built by records.policy sideScope):
 * the counties whose east-reported records they confirm, the units whose west-reported records they confirm, whether
 * they confirm district-level records (the office), the types their groups review, and what they report for.
 */
export type SideScope = {
  userId: string;
  confirmCounties: string[];
  confirmUnits: string[];
  confirmDistrict: boolean;
  reviewTypes: string[];
  reportUnits: string[];
  reportAllEast: boolean;
  reportCounties: string[];
};

const anyOf = (col: AnyPgColumn, values: string[]) => (values.length ? inArray(col, values) : sql`false`);

/** Records awaiting a step of the caller (the SQL form of isConfirmer, isGroupReviewer and isReporter). */
export function awaitingWhere(s: SideScope, which: Awaiting): SQL {
  // a record a module produced is moved on by that module only (see records.policy), so it awaits nobody here
  const notMine = and(sql`${records.createdBy} is distinct from ${s.userId}::uuid`, sql`${records.sourceId} is null`)!;
  const confirm = and(
    eq(records.status, 'submitted'),
    notMine,
    or(
      and(eq(records.reporterSide, 'east'), anyOf(records.countyCode, s.confirmCounties)),
      and(eq(records.reporterSide, 'west'), anyOf(records.eastUnitId, s.confirmUnits)),
      s.confirmDistrict ? and(eq(records.reporterSide, 'east'), sql`${records.countyCode} is null`) : sql`false`,
    ),
  )!;
  const review = and(eq(records.status, 'in_review'), notMine, anyOf(records.typeCode, s.reviewTypes))!;
  const disputed = and(
    eq(records.status, 'disputed'),
    sql`${records.sourceId} is null`,
    or(
      and(eq(records.reporterSide, 'east'), s.reportAllEast ? sql`true` : anyOf(records.eastUnitId, s.reportUnits)),
      and(eq(records.reporterSide, 'west'), anyOf(records.countyCode, s.reportCounties)),
    ),
  )!;
  switch (which) {
    case 'confirm':
      return confirm;
    case 'review':
      return review;
    case 'disputed':
      return disputed;
    case 'me':
      return or(confirm, review)!;
    default: {
      const never: never = which;
      return never;
    }
  }
}

function listWhere(tenantId: string, scope: Scope, q: Partial<RecordListQuery>, side?: SideScope): SQL {
  return and(
    eq(records.tenantId, tenantId),
    scopeWhere(scope),
    q.awaiting && side ? awaitingWhere(side, q.awaiting) : undefined,
    q.year ? eq(records.year, q.year) : undefined,
    periodWhere(q.period),
    q.type ? eq(records.typeCode, q.type) : undefined,
    q.county ? eq(records.countyCode, q.county) : undefined,
    q.unit ? eq(records.eastUnitId, q.unit) : undefined,
    q.pairing ? eq(records.pairingId, q.pairing) : undefined,
    q.status ? eq(records.status, q.status) : undefined,
  )!;
}

const SORTS = {
  occurredOn: [asc(records.occurredOn), asc(records.id)],
  '-occurredOn': [desc(records.occurredOn), desc(records.id)],
  updatedAt: [asc(records.updatedAt), asc(records.id)],
  '-updatedAt': [desc(records.updatedAt), desc(records.id)],
  type: [asc(records.typeCode), desc(records.occurredOn), asc(records.id)],
  status: [asc(records.status), desc(records.occurredOn), asc(records.id)],
} as const;

const county = sql<string>`(select name from ${regions} c where c.code = ${records.countyCode})`;
const region = sql<string | null>`(select name from ${regions} g where g.code = ${records.regionCode})`;

function selectWide(db: DbOrTx) {
  return db
    .select({ r: records, unitName: units.name, countyName: county, regionName: region })
    .from(records)
    .leftJoin(units, eq(units.id, records.eastUnitId));
}
export type RecordWide = { r: RecordRow; unitName: string | null; countyName: string; regionName: string | null };

export async function listPage(db: DbOrTx, tenantId: string, scope: Scope, q: RecordListQuery, side?: SideScope) {
  const where = listWhere(tenantId, scope, q, side);
  const [rows, total] = await Promise.all([
    selectWide(db)
      .where(where)
      .orderBy(...SORTS[q.sort])
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(records).where(where),
  ]);
  return { rows: rows as RecordWide[], total: total[0]?.n ?? 0 };
}

/** Streams every matching record in batches (for export), keyset-paginated by id. */
export async function* iterate(
  db: DbOrTx,
  tenantId: string,
  scope: Scope,
  q: Partial<RecordListQuery>,
  batch = 2000,
): AsyncGenerator<RecordWide[]> {
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = (await selectWide(db)
      .where(and(listWhere(tenantId, scope, q), sql`${records.id} > ${after}`))
      .orderBy(asc(records.id))
      .limit(batch)) as RecordWide[];
    if (!rows.length) return;
    yield rows;
    after = rows[rows.length - 1]!.r.id;
  }
}

export async function findWide(db: DbOrTx, tenantId: string, id: string): Promise<RecordWide | undefined> {
  return (await selectWide(db).where(and(eq(records.tenantId, tenantId), eq(records.id, id))))[0] as
    RecordWide | undefined;
}

export async function insert(db: DbOrTx, row: typeof records.$inferInsert): Promise<RecordRow> {
  return (await db.insert(records).values(row).returning())[0]!;
}

export async function updateVersioned(
  db: DbOrTx,
  tenantId: string,
  id: string,
  version: number,
  patch: Partial<typeof records.$inferInsert>,
): Promise<RecordRow | undefined> {
  return (
    await db
      .update(records)
      .set({ ...patch, updatedAt: new Date(), version: sql`${records.version} + 1` })
      .where(and(eq(records.tenantId, tenantId), eq(records.id, id), eq(records.version, version)))
      .returning()
  )[0];
}

export async function replacePeople(
  db: DbOrTx,
  tenantId: string,
  recordId: string,
  people: { personId: string; isPoor: boolean }[],
) {
  await db.delete(recordPeople).where(eq(recordPeople.recordId, recordId));
  for (let i = 0; i < people.length; i += 2000) {
    await db
      .insert(recordPeople)
      .values(
        people
          .slice(i, i + 2000)
          .map((p, j) => ({ recordId, tenantId, personId: p.personId, isPoor: p.isPoor, sort: i + j })),
      );
  }
}

/** People on a record, masked, with whether each also appears on another live record of the same type and year. */
export async function peopleOf(db: DbOrTx, r: RecordRow) {
  const elsewhere = sql<boolean>`exists (select 1 from ${recordPeople} rp2 join ${records} r2 on r2.id = rp2.record_id where rp2.person_id = ${recordPeople.personId} and r2.id <> ${r.id} and r2.type_code = ${r.typeCode} and r2.year = ${r.year} and r2.status not in ('withdrawn'))`;
  return db
    .select({
      personId: persons.id,
      name: persons.name,
      idMasked: persons.idMasked,
      phoneMasked: persons.phoneMasked,
      isPoor: recordPeople.isPoor,
      countedElsewhere: elsewhere,
    })
    .from(recordPeople)
    .innerJoin(persons, eq(persons.id, recordPeople.personId))
    .where(eq(recordPeople.recordId, r.id))
    .orderBy(asc(recordPeople.sort));
}

export async function insertEvent(db: DbOrTx, row: typeof recordEvents.$inferInsert) {
  await db.insert(recordEvents).values(row);
}

/**
 * A record's history, oldest first. An imported record's creation has no event row (a batch of thousands would write
 * thousands): it is told by the record itself, who created it and when, under its import; a record imported before
 * that kept its row, which then stands for itself.
 */
export async function eventsOf(db: DbOrTx, recordId: string) {
  const res = await db.execute<{
    at: Date | string;
    action: string;
    from_status: string | null;
    to_status: string | null;
    user: string | null;
    reason: string | null;
  }>(sql`
    select e.at, e.action, e.from_status, e.to_status, u.display_name as user, e.reason
    from ${recordEvents} e left join ${users} u on u.id = e.user_id
    where e.record_id = ${recordId}
    union all
    select r.created_at, 'create', null, 'draft', u.display_name, null
    from ${records} r left join ${users} u on u.id = r.created_by
    where r.id = ${recordId} and r.import_id is not null
      and not exists (select 1 from ${recordEvents} e where e.record_id = r.id and e.action = 'create')
    order by 1`);
  return res.rows.map((r) => ({
    at: new Date(r.at),
    action: r.action,
    fromStatus: r.from_status,
    toStatus: r.to_status,
    user: r.user,
    reason: r.reason,
  }));
}

/** Where a record's evidence files are listed (lib/files evidence). */
export const recordEvidence: EvidenceTable = { table: recordFiles, ownerKey: 'recordId' };

export const filesOf = (db: DbOrTx, recordId: string) => listByOwners(db, recordEvidence, [recordId]);

export async function closedPeriodKeys(db: DbOrTx, tenantId: string): Promise<Set<string>> {
  const rows = await db
    .select({ key: periods.key })
    .from(periods)
    .where(and(eq(periods.tenantId, tenantId), eq(periods.status, 'closed')));
  return new Set(rows.map((r) => r.key));
}

export async function findManyWide(db: DbOrTx, tenantId: string, ids: string[]): Promise<RecordWide[]> {
  if (!ids.length) return [];
  return (await selectWide(db).where(and(eq(records.tenantId, tenantId), inArray(records.id, ids)))) as RecordWide[];
}

/** The record a module row produced (source type and id), locked for the producing transaction. */
export async function findBySourceForUpdate(db: DbOrTx, tenantId: string, s: { type: string; id: string }) {
  return (
    await db
      .select()
      .from(records)
      .where(and(eq(records.tenantId, tenantId), eq(records.sourceType, s.type), eq(records.sourceId, s.id)))
      .for('update')
  )[0];
}

/** The id and status of the record a module row produced. */
export async function statusBySource(db: DbOrTx, tenantId: string, s: { type: string; id: string }) {
  return (
    await db
      .select({ id: records.id, status: records.status })
      .from(records)
      .where(and(eq(records.tenantId, tenantId), eq(records.sourceType, s.type), eq(records.sourceId, s.id)))
  )[0];
}

/** Whether a person is on at least one of the tenant's records that the scope covers. */
export async function hasPersonInScope(db: DbOrTx, tenantId: string, scope: Scope, personId: string) {
  const found = await db
    .select({ one: sql<number>`1` })
    .from(recordPeople)
    .innerJoin(records, eq(records.id, recordPeople.recordId))
    .where(and(eq(recordPeople.personId, personId), eq(records.tenantId, tenantId), scopeWhere(scope)))
    .limit(1);
  return found.length > 0;
}
