import type { DbOrTx } from '../../db/client';
import { files } from '../../db/schema';
import { eq } from 'drizzle-orm';

export async function upsertFile(db: DbOrTx, f: { hash: string; size: number; mime: string }) {
  await db.insert(files).values(f).onConflictDoNothing();
}

export async function findFile(db: DbOrTx, hash: string) {
  return (await db.select().from(files).where(eq(files.hash, hash)))[0];
}
