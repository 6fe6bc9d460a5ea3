import { and, asc, count, desc, eq, gte, ilike, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { PairingListQuery, Scope } from '@xiezuo/domain';
import type { DbOrTx } from '../../db/client';
import { agreements, pairings, records, regions, units } from '../../db/schema';

export type PairingRow = typeof pairings.$inferSelect;
const eastUnit = alias(units, 'east_unit');
const westUnit = alias(units, 'west_unit');
const eastRegion = alias(regions, 'east_region');
const westRegion = alias(regions, 'west_region');
const county = alias(regions, 'county');

const agreementCount = sql<number>`(select count(*)::int from ${agreements} a where a.pairing_id = ${pairings.id})`;
const lastRecordOn = sql<
  string | null
>`(select max(r.occurred_on)::text from ${records} r where r.pairing_id = ${pairings.id})`;

/** Pairings with party names, county name, agreement count and last record date. */
function selectWide(db: DbOrTx) {
  return db
    .select({
      p: pairings,
      eastUnitName: eastUnit.name,
      eastUnitRegion: eastUnit.regionCode,
      westUnitName: westUnit.name,
      westUnitRegion: westUnit.regionCode,
      eastRegionName: eastRegion.name,
      westRegionName: westRegion.name,
      countyName: county.name,
      agreementCount,
      lastRecordOn,
    })
    .from(pairings)
    .leftJoin(eastUnit, eq(eastUnit.id, pairings.eastUnitId))
    .leftJoin(westUnit, eq(westUnit.id, pairings.westUnitId))
    .leftJoin(eastRegion, eq(eastRegion.code, pairings.eastRegionCode))
    .leftJoin(westRegion, eq(westRegion.code, pairings.westRegionCode))
    .innerJoin(county, eq(county.code, pairings.countyCode));
}
export type PairingWide = Awaited<ReturnType<ReturnType<typeof selectWide>['execute']>>[number];

/** The pairings a scope covers: its counties' pairings and those its units are a party to. */
export function scopeWhere(scope: Scope): SQL | undefined {
  if (scope.kind === 'district') return undefined;
  const parts = [
    scope.counties.length ? inArray(pairings.countyCode, scope.counties) : undefined,
    scope.units.length ? inArray(pairings.eastUnitId, scope.units) : undefined,
    scope.units.length ? inArray(pairings.westUnitId, scope.units) : undefined,
  ].filter((p): p is SQL => p !== undefined);
  return parts.length ? or(...parts) : sql`false`;
}

/** Active at some point during the year. */
export function activeInYear(year: number): SQL {
  return and(
    lte(pairings.startDate, `${year}-12-31`),
    or(isNull(pairings.endDate), gte(pairings.endDate, `${year}-01-01`)),
  )!;
}

function listWhere(tenantId: string, scope: Scope, q: Partial<PairingListQuery>): SQL {
  return and(
    eq(pairings.tenantId, tenantId),
    scopeWhere(scope),
    q.kind ? eq(pairings.kind, q.kind) : undefined,
    q.county ? eq(pairings.countyCode, q.county) : undefined,
    q.unit ? or(eq(pairings.eastUnitId, q.unit), eq(pairings.westUnitId, q.unit)) : undefined,
    q.status ? eq(pairings.status, q.status) : undefined,
    q.year ? activeInYear(q.year) : undefined,
    q.q
      ? or(
          ilike(eastUnit.name, `%${q.q}%`),
          ilike(westUnit.name, `%${q.q}%`),
          ilike(eastRegion.name, `%${q.q}%`),
          ilike(westRegion.name, `%${q.q}%`),
        )
      : undefined,
  )!;
}

const SORTS = {
  startDate: [asc(pairings.startDate), asc(pairings.id)],
  '-startDate': [desc(pairings.startDate), asc(pairings.id)],
  kind: [asc(pairings.kind), asc(pairings.id)],
  county: [asc(pairings.countyCode), asc(pairings.kind), asc(pairings.id)],
  east: [asc(sql`coalesce(${eastUnit.name}, ${eastRegion.name})`), asc(pairings.id)],
} as const;

export async function listPage(db: DbOrTx, tenantId: string, scope: Scope, q: PairingListQuery) {
  const where = listWhere(tenantId, scope, q);
  const [rows, total] = await Promise.all([
    selectWide(db)
      .where(where)
      .orderBy(...SORTS[q.sort])
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db
      .select({ n: count() })
      .from(pairings)
      .leftJoin(eastUnit, eq(eastUnit.id, pairings.eastUnitId))
      .leftJoin(westUnit, eq(westUnit.id, pairings.westUnitId))
      .leftJoin(eastRegion, eq(eastRegion.code, pairings.eastRegionCode))
      .leftJoin(westRegion, eq(westRegion.code, pairings.westRegionCode))
      .where(where),
  ]);
  return { rows, total: total[0]?.n ?? 0 };
}

/** Every pairing matching the filters, for export (no paging). */
export async function listAll(db: DbOrTx, tenantId: string, scope: Scope, q: Partial<PairingListQuery>) {
  return selectWide(db)
    .where(listWhere(tenantId, scope, q))
    .orderBy(...SORTS.county);
}

export async function findWide(db: DbOrTx, tenantId: string, id: string): Promise<PairingWide | undefined> {
  return (await selectWide(db).where(and(eq(pairings.tenantId, tenantId), eq(pairings.id, id))))[0];
}

export async function findByPartyKey(db: DbOrTx, tenantId: string, kind: PairingRow['kind'], partyKey: string) {
  return (
    await db
      .select({ id: pairings.id })
      .from(pairings)
      .where(and(eq(pairings.tenantId, tenantId), eq(pairings.kind, kind), eq(pairings.partyKey, partyKey)))
  )[0];
}

export async function insert(db: DbOrTx, row: typeof pairings.$inferInsert): Promise<PairingRow> {
  return (await db.insert(pairings).values(row).returning())[0]!;
}

export async function updateVersioned(
  db: DbOrTx,
  tenantId: string,
  id: string,
  version: number,
  patch: Partial<typeof pairings.$inferInsert>,
) {
  const rows = await db
    .update(pairings)
    .set({ ...patch, updatedAt: new Date(), version: sql`${pairings.version} + 1` })
    .where(and(eq(pairings.tenantId, tenantId), eq(pairings.id, id), eq(pairings.version, version)))
    .returning();
  return rows[0];
}

export async function countByKindAndCounty(db: DbOrTx, tenantId: string, scope: Scope, year: number | undefined) {
  return db
    .select({ kind: pairings.kind, countyCode: pairings.countyCode, countyName: county.name, count: count() })
    .from(pairings)
    .innerJoin(county, eq(county.code, pairings.countyCode))
    .where(and(eq(pairings.tenantId, tenantId), scopeWhere(scope), year ? activeInYear(year) : undefined))
    .groupBy(pairings.kind, pairings.countyCode, county.name)
    .orderBy(pairings.kind, pairings.countyCode);
}

/** Active pairings with no ledger record on or after `since` (up to `asOf`). */
export async function listDormant(db: DbOrTx, tenantId: string, scope: Scope, since: string, asOf: string) {
  const recent = sql`exists (select 1 from ${records} r where r.pairing_id = ${pairings.id} and r.occurred_on >= ${since} and r.occurred_on <= ${asOf} and r.status <> 'draft')`;
  return selectWide(db)
    .where(
      and(
        eq(pairings.tenantId, tenantId),
        scopeWhere(scope),
        eq(pairings.status, 'active'),
        lte(pairings.startDate, since),
        sql`not ${recent}`,
      ),
    )
    .orderBy(...SORTS.county);
}

export async function findUnit(db: DbOrTx, tenantId: string, id: string) {
  return (
    await db
      .select()
      .from(units)
      .where(and(eq(units.tenantId, tenantId), eq(units.id, id)))
  )[0];
}

export async function findRegion(db: DbOrTx, code: string) {
  return (await db.select().from(regions).where(eq(regions.code, code)))[0];
}

export async function regionNames(db: DbOrTx, codes: string[]): Promise<Map<string, string>> {
  if (!codes.length) return new Map();
  const rows = await db
    .select({ code: regions.code, name: regions.name })
    .from(regions)
    .where(inArray(regions.code, [...new Set(codes)]));
  return new Map(rows.map((r) => [r.code, r.name]));
}
