import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';

/** Whether the database answers a trivial query. */
export async function isReachable(db: DbOrTx): Promise<boolean> {
  try {
    await db.execute(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}
