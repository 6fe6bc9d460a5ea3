import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { tenantSettings } from '../../db/schema';

export async function findSettings(db: DbOrTx, tenantId: string) {
  const rows = await db.select().from(tenantSettings).where(eq(tenantSettings.tenantId, tenantId));
  return rows[0];
}

/** Sets the working date if the version still matches (a missing row has version 0). */
export async function putWorkingDate(
  db: DbOrTx,
  tenantId: string,
  workingDate: string | null,
  version: number,
  userId: string | null,
): Promise<number | null> {
  if (version === 0) {
    const rows = await db
      .insert(tenantSettings)
      .values({ tenantId, workingDate, updatedBy: userId })
      .onConflictDoNothing()
      .returning({ version: tenantSettings.version });
    return rows[0]?.version ?? null;
  }
  const rows = await db
    .update(tenantSettings)
    .set({ workingDate, updatedBy: userId, updatedAt: new Date(), version: sql`${tenantSettings.version} + 1` })
    .where(and(eq(tenantSettings.tenantId, tenantId), eq(tenantSettings.version, version)))
    .returning({ version: tenantSettings.version });
  return rows[0]?.version ?? null;
}
