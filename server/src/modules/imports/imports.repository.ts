import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { imports } from '../../db/schema';

export type ImportRow = typeof imports.$inferSelect;

/** One batch of the tenant. */
export async function findById(db: DbOrTx, tenantId: string, id: string): Promise<ImportRow | undefined> {
  return (await db.select().from(imports).where(and(eq(imports.tenantId, tenantId), eq(imports.id, id))))[0];
}

/** The tenant's batch of this kind for a file, by the file's SHA-256. */
export async function findByFileHash(db: DbOrTx, tenantId: string, kind: string, fileHash: string): Promise<ImportRow | undefined> {
  return (await db.select().from(imports).where(and(eq(imports.tenantId, tenantId), eq(imports.kind, kind), eq(imports.fileHash, fileHash))))[0];
}

/** Inserts a batch row; undefined when the tenant already has a batch of this kind for this file (unique index). */
export async function insertIfNew(db: DbOrTx, row: typeof imports.$inferInsert): Promise<ImportRow | undefined> {
  return (await db.insert(imports).values(row).onConflictDoNothing({ target: [imports.tenantId, imports.kind, imports.fileHash] }).returning())[0];
}

/** Changes a batch (counts, status, rejects file, finish time). */
export async function update(db: DbOrTx, id: string, patch: Partial<typeof imports.$inferInsert>): Promise<ImportRow> {
  return (await db.update(imports).set(patch).where(eq(imports.id, id)).returning())[0]!;
}
