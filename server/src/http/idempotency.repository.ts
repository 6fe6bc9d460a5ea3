import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { idempotencyKeys } from '../db/schema';

type KeyRef = { userId: string; key: string };
const byKey = (k: KeyRef) => and(eq(idempotencyKeys.userId, k.userId), eq(idempotencyKeys.key, k.key));

/** Claims a user's key for a request; false when the key is already taken (by this request or another). */
export async function claimKey(db: DbOrTx, k: KeyRef & { route: string; requestHash: string }): Promise<boolean> {
  const inserted = await db
    .insert(idempotencyKeys)
    .values(k)
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  return inserted.length > 0;
}

/** The earlier request under a user's key: its hash, and its answer once it has one. */
export async function findKey(db: DbOrTx, k: KeyRef) {
  return (await db.select().from(idempotencyKeys).where(byKey(k)))[0];
}

/** Keeps the answer a key's request got, for replays. */
export async function saveAnswer(db: DbOrTx, k: KeyRef, status: number, body: unknown): Promise<void> {
  await db
    .update(idempotencyKeys)
    .set({ status, body: sql`${JSON.stringify(body)}::jsonb` })
    .where(byKey(k));
}

/** Frees a key whose request failed on the server, so a retry runs again. */
export async function releaseKey(db: DbOrTx, k: KeyRef): Promise<void> {
  await db.delete(idempotencyKeys).where(byKey(k));
}
