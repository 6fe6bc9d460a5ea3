import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { persons } from '../../db/schema';

export type PersonRow = typeof persons.$inferSelect;

export async function findByIndexes(db: DbOrTx, tenantId: string, indexes: string[]): Promise<PersonRow[]> {
  if (!indexes.length) return [];
  const out: PersonRow[] = [];
  for (let i = 0; i < indexes.length; i += 5000) out.push(...(await db.select().from(persons).where(and(eq(persons.tenantId, tenantId), inArray(persons.idIndex, indexes.slice(i, i + 5000))))));
  return out;
}

/** Inserts new persons; a concurrent insert of the same person is absorbed by the unique blind index. */
export async function insertMany(db: DbOrTx, rows: (typeof persons.$inferInsert)[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) await db.insert(persons).values(rows.slice(i, i + 1000)).onConflictDoNothing();
}

export async function findById(db: DbOrTx, tenantId: string, id: string): Promise<PersonRow | undefined> {
  return (await db.select().from(persons).where(and(eq(persons.tenantId, tenantId), eq(persons.id, id))))[0];
}
