import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { labourPushes, labourPushRecipients } from '../../db/schema';

/** Pushes each worker received (queued) since a moment: the weekly cap counts these. */
export async function queuedSince(db: DbOrTx, workerIds: string[], since: Date): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (let i = 0; i < workerIds.length; i += 5000) {
    const rows = await db
      .select({ id: labourPushRecipients.workerId, n: sql<number>`count(*)::int` })
      .from(labourPushRecipients)
      .where(
        and(
          inArray(labourPushRecipients.workerId, workerIds.slice(i, i + 5000)),
          eq(labourPushRecipients.outcome, 'queued'),
          gt(labourPushRecipients.createdAt, since),
        ),
      )
      .groupBy(labourPushRecipients.workerId);
    for (const r of rows) out.set(r.id, r.n);
  }
  return out;
}

export async function insertPush(tx: DbOrTx, row: typeof labourPushes.$inferInsert) {
  const [r] = await tx.insert(labourPushes).values(row).returning();
  return r!;
}

export async function insertRecipients(tx: DbOrTx, rows: (typeof labourPushRecipients.$inferInsert)[]) {
  for (let i = 0; i < rows.length; i += 5000) await tx.insert(labourPushRecipients).values(rows.slice(i, i + 5000));
}

/** Marks a worker's push of a post opened (the first time only). */
export async function markOpened(db: DbOrTx, postId: string, workerId: string) {
  await db
    .update(labourPushRecipients)
    .set({ openedAt: new Date() })
    .where(
      and(
        eq(labourPushRecipients.postId, postId),
        eq(labourPushRecipients.workerId, workerId),
        sql`${labourPushRecipients.openedAt} is null`,
      ),
    );
}
