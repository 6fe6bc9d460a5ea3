import { asc, eq, like, or, sql } from 'drizzle-orm';
import { MEASURE_KEYS, MEASURES, type PairingKind } from '@xiezuo/domain';
import type { DbOrTx } from '../../../db/client';
import { arrayLiteral, type ArrayItem } from '../../imports/bulk-params';
import { pairings, persons, recordPeople, records, regions, tenantCounties, units } from '../../../db/schema';

export type UnitRef = { id: string; code: string; name: string; side: 'east' | 'west' };
export type RegionRef = { code: string; name: string; level: string; parentCode: string | null };

/** The tenant's units (east first), for lookup by code or name and the template's reference sheet. */
export async function listUnitRefs(db: DbOrTx, tenantId: string): Promise<UnitRef[]> {
  return db
    .select({ id: units.id, code: units.code, name: units.name, side: units.side })
    .from(units)
    .where(eq(units.tenantId, tenantId))
    .orderBy(asc(units.side), asc(units.sort), asc(units.code));
}

/** The tenant's assisted counties with their names, in the tenant's order. */
export async function listCounties(db: DbOrTx, tenantId: string): Promise<{ code: string; name: string }[]> {
  return db
    .select({ code: tenantCounties.regionCode, name: regions.name })
    .from(tenantCounties)
    .innerJoin(regions, eq(regions.code, tenantCounties.regionCode))
    .where(eq(tenantCounties.tenantId, tenantId))
    .orderBy(asc(tenantCounties.sort), asc(tenantCounties.regionCode));
}

/** Townships and villages under the given counties, in code order. */
export async function listRegionsUnder(db: DbOrTx, counties: string[]): Promise<RegionRef[]> {
  if (!counties.length) return [];
  return db
    .select({ code: regions.code, name: regions.name, level: regions.level, parentCode: regions.parentCode })
    .from(regions)
    .where(or(...counties.map((c) => like(regions.code, `${c}_%`))))
    .orderBy(asc(regions.code));
}

export type PairingRef = {
  id: string;
  kind: PairingKind;
  countyCode: string;
  status: string;
  east: string;
  west: string;
};

/** The tenant's pairings with both parties by name (a unit's name, or a region's), for labels and import lookups. */
export async function listPairingRefs(db: DbOrTx, tenantId: string): Promise<PairingRef[]> {
  const res = await db.execute<{
    id: string;
    kind: PairingKind;
    county_code: string;
    status: string;
    east: string | null;
    west: string | null;
  }>(sql`
    select p.id, p.kind, p.county_code, p.status, coalesce(eu.name, er.name) as east, coalesce(wu.name, wr.name) as west
    from ${pairings} p
    left join ${units} eu on eu.id = p.east_unit_id
    left join ${regions} er on er.code = p.east_region_code
    left join ${units} wu on wu.id = p.west_unit_id
    left join ${regions} wr on wr.code = p.west_region_code
    where p.tenant_id = ${tenantId}
    order by p.county_code, p.kind, east, west`);
  return res.rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    countyCode: r.county_code,
    status: r.status,
    east: r.east ?? '',
    west: r.west ?? '',
  }));
}

/** How many records a batch holds. */
export async function countImported(db: DbOrTx, importId: string): Promise<number> {
  const res = await db.execute<{ n: number }>(
    sql`select count(*)::int as n from ${records} where import_id = ${importId}`,
  );
  return res.rows[0]!.n;
}

/** Row numbers of a batch already in the ledger (a resumed import skips them). */
export async function importedRows(db: DbOrTx, importId: string): Promise<number[]> {
  const rows = await db.select({ row: records.importRow }).from(records).where(eq(records.importId, importId));
  return rows.map((r) => r.row!);
}

type Insert = typeof records.$inferInsert;
/** Per-row columns of an imported record, with their PostgreSQL array types (one parameter per column, not per cell). */
export const IMPORT_COLUMNS: readonly [keyof Insert, string, string][] = [
  ['typeCode', 'type_code', 'text'],
  ['year', 'year', 'int4'],
  ['occurredOn', 'occurred_on', 'date'],
  ['eastUnitId', 'east_unit_id', 'uuid'],
  ['countyCode', 'county_code', 'text'],
  ['regionCode', 'region_code', 'text'],
  ['pairingId', 'pairing_id', 'uuid'],
  ['reporterSide', 'reporter_side', 'text'],
  ['attrs', 'attrs', 'jsonb'],
  ...MEASURE_KEYS.map((k): [keyof Insert, string, string] => [
    k,
    MEASURES[k].column,
    MEASURES[k].kind === 'money' ? 'int8' : MEASURES[k].kind === 'decimal' ? 'numeric' : 'int4',
  ]),
  ['peopleCount', 'people_count', 'int4'],
  ['note', 'note', 'text'],
  ['importRow', 'import_row', 'int4'],
];
/** A batch of imported records column by column (attrs as objects), and their roster lines by import row. */
export type ImportedBatch = {
  columns: Map<keyof Insert, unknown[]>;
  roster: { importRow: number[]; personId: string[]; isPoor: boolean[]; sort: number[] };
};

/**
 * Inserts imported draft records with one statement of `unnest` arrays (building a 1,000-row multi-VALUES insert
 * cost more than the database's work), and in the same statement their roster lines. Their creation needs no event
 * row: the record names its import and row, its creator and time (records.repository's eventsOf shows it). A row
 * number the batch already holds is skipped with its roster. Returns how many records went in.
 */
export async function insertImported(
  db: DbOrTx,
  common: { tenantId: string; createdBy: string; importId: string },
  batch: ImportedBatch,
): Promise<number> {
  const first = batch.columns.get('importRow');
  if (!first?.length) return 0;
  const names = sql.raw(IMPORT_COLUMNS.map(([, name]) => name).join(', '));
  // attrs go as one JSON array (one native stringify) and come back out as jsonb[] in the same order
  const arrays = sql.join(
    IMPORT_COLUMNS.map(([key, , type]) =>
      type === 'jsonb'
        ? sql`array(select e from jsonb_array_elements(${JSON.stringify(batch.columns.get(key))}::jsonb) with ordinality as a(e, i) order by i)`
        : sql`${arrayLiteral(batch.columns.get(key) as ArrayItem[])}::${sql.raw(type)}[]`,
    ),
    sql`, `,
  );
  const r = batch.roster;
  const res = await db.execute<{ n: number }>(sql`
    with ins as (
      insert into ${records} (tenant_id, status, created_by, import_id, ${names})
      select ${common.tenantId}::uuid, 'draft', ${common.createdBy}::uuid, ${common.importId}::uuid, t.* from unnest(${arrays}) as t
      on conflict (import_id, import_row) do nothing
      returning id, import_row
    ), people as (
      insert into ${recordPeople} (tenant_id, record_id, person_id, is_poor, sort)
      select ${common.tenantId}::uuid, ins.id, p.person_id, p.is_poor, p.sort
      from unnest(${arrayLiteral(r.importRow)}::int4[], ${arrayLiteral(r.personId)}::uuid[], ${arrayLiteral(r.isPoor)}::bool[], ${arrayLiteral(r.sort)}::int4[]) as p(import_row, person_id, is_poor, sort)
      join ins on ins.import_row = p.import_row
    )
    select count(*)::int as n from ins`);
  return res.rows[0]!.n;
}

export type ExportPerson = {
  recordId: string;
  name: string;
  idMasked: string;
  phoneMasked: string | null;
  isPoor: boolean;
};

/** The people of a set of records, masked, in roster order. */
export async function peopleOfRecords(db: DbOrTx, recordIds: string[]): Promise<ExportPerson[]> {
  if (!recordIds.length) return [];
  return db
    .select({
      recordId: recordPeople.recordId,
      name: persons.name,
      idMasked: persons.idMasked,
      phoneMasked: persons.phoneMasked,
      isPoor: recordPeople.isPoor,
    })
    .from(recordPeople)
    .innerJoin(persons, eq(persons.id, recordPeople.personId))
    .where(sql`${recordPeople.recordId} = any(${sql.param(recordIds)}::uuid[])`)
    .orderBy(asc(recordPeople.recordId), asc(recordPeople.sort));
}
