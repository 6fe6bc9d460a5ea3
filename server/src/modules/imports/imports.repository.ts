import { and, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { imports } from '../../db/schema';

export type ImportRow = typeof imports.$inferSelect;

/** One batch of the tenant. */
export async function findById(db: DbOrTx, tenantId: string, id: string): Promise<ImportRow | undefined> {
  return (
    await db
      .select()
      .from(imports)
      .where(and(eq(imports.tenantId, tenantId), eq(imports.id, id)))
  )[0];
}

/** A user's own batches, newest first, optionally only those in some statuses; with the total. */
export async function listByCreator(
  db: DbOrTx,
  tenantId: string,
  userId: string,
  statuses: readonly ImportRow['status'][] | undefined,
  page: number,
  pageSize: number,
): Promise<{ rows: ImportRow[]; total: number }> {
  const where = and(
    eq(imports.tenantId, tenantId),
    eq(imports.createdBy, userId),
    statuses ? inArray(imports.status, [...statuses]) : undefined,
  );
  const [rows, [n]] = await Promise.all([
    db
      .select()
      .from(imports)
      .where(where)
      .orderBy(sql`${imports.createdAt} desc`)
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(imports)
      .where(where),
  ]);
  return { rows, total: n?.n ?? 0 };
}

/** The tenant's batch of this kind for a file, by the file's SHA-256. */
export async function findByFileHash(
  db: DbOrTx,
  tenantId: string,
  kind: string,
  fileHash: string,
): Promise<ImportRow | undefined> {
  return (
    await db
      .select()
      .from(imports)
      .where(and(eq(imports.tenantId, tenantId), eq(imports.kind, kind), eq(imports.fileHash, fileHash)))
  )[0];
}

/** Inserts a batch row; undefined when the tenant already has a batch of this kind for this file (unique index). */
export async function insertIfNew(db: DbOrTx, row: typeof imports.$inferInsert): Promise<ImportRow | undefined> {
  return (
    await db
      .insert(imports)
      .values(row)
      .onConflictDoNothing({ target: [imports.tenantId, imports.kind, imports.fileHash] })
      .returning()
  )[0];
}

/** Changes a batch (counts, status, rejects file, finish time). */
export async function update(db: DbOrTx, id: string, patch: Partial<typeof imports.$inferInsert>): Promise<ImportRow> {
  return (await db.update(imports).set(patch).where(eq(imports.id, id)).returning())[0]!;
}

/**
 * Takes over a batch that is not running anywhere: failed, or running with a heartbeat older than `staleBefore`
 * (its process died). Atomic, so two uploads of the same file never both resume it. Undefined when not claimable.
 */
export async function claim(
  db: DbOrTx,
  tenantId: string,
  id: string,
  staleBefore: Date,
): Promise<ImportRow | undefined> {
  return (
    await db
      .update(imports)
      .set({ status: 'running', heartbeatAt: sql`now()`, error: null, processed: 0, rejected: 0, finishedAt: null })
      .where(
        and(
          eq(imports.tenantId, tenantId),
          eq(imports.id, id),
          or(inArray(imports.status, ['failed', 'interrupted']), staleWhere(staleBefore)),
        ),
      )
      .returning()
  )[0];
}

const staleWhere = (staleBefore: Date) =>
  and(eq(imports.status, 'running'), or(isNull(imports.heartbeatAt), lt(imports.heartbeatAt, staleBefore)));

/** Marks running batches interrupted: all of them, or those whose heartbeat is older than `staleBefore`. */
export async function markInterrupted(db: DbOrTx, error: string, staleBefore: Date | 'all'): Promise<number> {
  const res = await db
    .update(imports)
    .set({ status: 'interrupted', error, finishedAt: sql`now()` })
    .where(staleBefore === 'all' ? eq(imports.status, 'running') : staleWhere(staleBefore))
    .returning({ id: imports.id });
  return res.length;
}

/** Refreshes the heartbeat of a batch this process runs. */
export async function beat(db: DbOrTx, id: string): Promise<void> {
  await db
    .update(imports)
    .set({ heartbeatAt: sql`now()` })
    .where(and(eq(imports.id, id), eq(imports.status, 'running')));
}

/** Moves a running batch's counters forward and refreshes its heartbeat. */
export async function progress(
  db: DbOrTx,
  id: string,
  p: { processed: number; rejected: number; accepted?: number },
  acceptedDelta: number,
): Promise<void> {
  await db
    .update(imports)
    .set({
      processed: sql`greatest(${imports.processed}, ${p.processed})`,
      rejected: sql`greatest(${imports.rejected}, ${p.rejected})`,
      accepted: p.accepted !== undefined ? p.accepted : sql`${imports.accepted} + ${acceptedDelta}`,
      heartbeatAt: sql`now()`,
    })
    .where(eq(imports.id, id));
}
