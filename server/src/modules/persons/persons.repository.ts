import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { arrayLiteral, type ArrayItem } from '../imports/bulk-params';
import { persons } from '../../db/schema';

export type PersonRow = typeof persons.$inferSelect;

/** What finding a person by blind index needs to answer: the person and their stored poverty flag. */
export type PersonKey = { id: string; idIndex: string; isPoor: boolean };

/** The tenant's persons with these blind indexes, in one query. */
export async function findByIndexes(db: DbOrTx, tenantId: string, indexes: string[]): Promise<PersonKey[]> {
  if (!indexes.length) return [];
  // One probe of the unique (tenant, blind index) index per wanted person. Asked as `id_index = any(...)`, the planner
  // has no statistics to tell id_index is selective (a fresh or fast-growing table, as during an import) and scans all
  // the tenant's persons instead: measured 9 ms at 22,000 persons and growing with the table, against 4 ms here.
  const found = await db.execute<{ id: string; id_index: string; is_poor: boolean }>(
    sql`select p.id, p.id_index, p.is_poor from unnest(${arrayLiteral(indexes)}::text[]) as wanted(id_index)
        cross join lateral (select id, id_index, is_poor from ${persons} where tenant_id = ${tenantId} and id_index = wanted.id_index limit 1) p`,
  );
  return found.rows.map((r) => ({ id: r.id, idIndex: r.id_index, isPoor: r.is_poor }));
}

type NewPerson = Omit<typeof persons.$inferInsert, 'tenantId'>;
const COLUMNS: [keyof NewPerson, string, string][] = [
  ['idIndex', 'id_index', 'text'],
  ['idEnc', 'id_enc', 'text'],
  ['idMasked', 'id_masked', 'text'],
  ['name', 'name', 'text'],
  ['gender', 'gender', 'text'],
  ['birthDate', 'birth_date', 'date'],
  ['countyCode', 'county_code', 'text'],
  ['isPoor', 'is_poor', 'bool'],
  ['phoneIndex', 'phone_index', 'text'],
  ['phoneEnc', 'phone_enc', 'text'],
  ['phoneMasked', 'phone_masked', 'text'],
];

/**
 * Inserts new persons of a tenant in one statement of `unnest` arrays (a thousand-row multi-VALUES insert took longer
 * to build than to run) and returns those it put in; one a concurrent insert got in first is absorbed by the unique
 * blind index and left out of the answer.
 */
export async function insertMany(db: DbOrTx, tenantId: string, rows: NewPerson[]): Promise<PersonKey[]> {
  if (!rows.length) return [];
  const arrays = sql.join(
    COLUMNS.map(([key, , type]) => sql`${arrayLiteral(rows.map((r) => r[key] as ArrayItem))}::${sql.raw(type)}[]`),
    sql`, `,
  );
  const res = await db.execute<{ id: string; id_index: string; is_poor: boolean }>(
    sql`insert into ${persons} (tenant_id, ${sql.raw(COLUMNS.map(([, name]) => name).join(', '))}) select ${tenantId}::uuid, t.* from unnest(${arrays}) as t on conflict do nothing returning id, id_index, is_poor`,
  );
  return res.rows.map((r) => ({ id: r.id, idIndex: r.id_index, isPoor: r.is_poor }));
}

export async function findById(db: DbOrTx, tenantId: string, id: string): Promise<PersonRow | undefined> {
  return (
    await db
      .select()
      .from(persons)
      .where(and(eq(persons.tenantId, tenantId), eq(persons.id, id)))
  )[0];
}
