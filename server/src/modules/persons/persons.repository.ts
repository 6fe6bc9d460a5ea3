import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { persons } from '../../db/schema';

export type PersonRow = typeof persons.$inferSelect;

export async function findByIndexes(db: DbOrTx, tenantId: string, indexes: string[]): Promise<PersonRow[]> {
  if (!indexes.length) return [];
  // One probe of the unique (tenant, blind index) index per wanted person. Asked as `id_index = any(...)`, the planner
  // has no statistics to tell id_index is selective (a fresh or fast-growing table, as during an import) and scans all
  // the tenant's persons instead: measured 9 ms at 22,000 persons and growing with the table, against 4 ms here.
  const found = await db.execute<{ id: string }>(
    sql`select p.id from unnest(${sql.param(indexes)}::text[]) as wanted(id_index)
        cross join lateral (select id from ${persons} where tenant_id = ${tenantId} and id_index = wanted.id_index limit 1) p`,
  );
  if (!found.rows.length) return [];
  return db
    .select()
    .from(persons)
    .where(and(eq(persons.tenantId, tenantId), sql`${persons.id} = any(${sql.param(found.rows.map((r) => r.id))}::uuid[])`));
}

type NewPerson = typeof persons.$inferInsert;
const COLUMNS: [keyof NewPerson, string, string][] = [
  ['tenantId', 'tenant_id', 'uuid'],
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
 * Inserts new persons in one statement of `unnest` arrays (a thousand-row multi-VALUES insert took longer to build
 * than to run); a concurrent insert of the same person is absorbed by the unique blind index.
 */
export async function insertMany(db: DbOrTx, rows: NewPerson[]): Promise<void> {
  if (!rows.length) return;
  const arrays = sql.join(
    COLUMNS.map(([key, , type]) => sql`${sql.param(rows.map((r) => r[key] ?? null))}::${sql.raw(type)}[]`),
    sql`, `,
  );
  await db.execute(sql`insert into ${persons} (${sql.raw(COLUMNS.map(([, name]) => name).join(', '))}) select * from unnest(${arrays}) on conflict do nothing`);
}

export async function findById(db: DbOrTx, tenantId: string, id: string): Promise<PersonRow | undefined> {
  return (await db.select().from(persons).where(and(eq(persons.tenantId, tenantId), eq(persons.id, id))))[0];
}
