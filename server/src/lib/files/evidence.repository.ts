import { and, asc, eq, inArray } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client';
import { files } from '../../db/schema';

/** An evidence table (db/schema/files.ts evidenceTable) and the name of its owner column (recordId, orderId, …). */
export type EvidenceTable = {
  table: PgTable & {
    id: PgColumn;
    tenantId: PgColumn;
    fileHash: PgColumn;
    filename: PgColumn;
    uploadedBy: PgColumn;
    createdAt: PgColumn;
  };
  ownerKey: string;
};

const ownerOf = (e: EvidenceTable) => (e.table as unknown as Record<string, PgColumn>)[e.ownerKey]!;

/** One attached file as listed: the row, the stored file's facts, and whose it is. */
export type EvidenceFile = {
  id: string;
  ownerId: string;
  filename: string;
  hash: string;
  size: number;
  mime: string;
  createdAt: Date;
};

const columns = (e: EvidenceTable) => ({
  id: e.table.id,
  ownerId: ownerOf(e),
  filename: e.table.filename,
  hash: files.hash,
  size: files.size,
  mime: files.mime,
  createdAt: e.table.createdAt,
});

/** The files attached to these owners, oldest first. */
export async function listByOwners(db: DbOrTx, e: EvidenceTable, ownerIds: string[]): Promise<EvidenceFile[]> {
  if (!ownerIds.length) return [];
  return (await db
    .select(columns(e))
    .from(e.table)
    .innerJoin(files, eq(files.hash, e.table.fileHash))
    .where(inArray(ownerOf(e), ownerIds))
    .orderBy(asc(e.table.createdAt), asc(e.table.id))) as EvidenceFile[];
}

/** One file of one owner in a tenant. */
export async function findOne(
  db: DbOrTx,
  e: EvidenceTable,
  tenantId: string,
  ownerId: string,
  fileId: string,
): Promise<EvidenceFile | undefined> {
  const rows = await db
    .select(columns(e))
    .from(e.table)
    .innerJoin(files, eq(files.hash, e.table.fileHash))
    .where(and(eq(e.table.tenantId, tenantId), eq(ownerOf(e), ownerId), eq(e.table.id, fileId)));
  return rows[0] as EvidenceFile | undefined;
}

/** Links a stored file to its owner; `extra` fills the table's own columns (e.g. the answering unit). */
export async function insertOne(
  db: DbOrTx,
  e: EvidenceTable,
  row: { tenantId: string; ownerId: string; fileHash: string; filename: string; uploadedBy: string },
  extra: Record<string, unknown> = {},
): Promise<{ id: string }> {
  const { ownerId, ...rest } = row;
  const values = { ...rest, [e.ownerKey]: ownerId, ...extra };
  const inserted = await db
    .insert(e.table)
    .values(values as never)
    .returning({ id: e.table.id });
  return inserted[0] as { id: string };
}
