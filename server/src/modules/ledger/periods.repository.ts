import { and, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { periods, unlockRequests, users } from '../../db/schema';

export type PeriodRow = typeof periods.$inferSelect;
export type UnlockRow = typeof unlockRequests.$inferSelect;

export async function listPeriods(db: DbOrTx, tenantId: string): Promise<PeriodRow[]> {
  return db.select().from(periods).where(eq(periods.tenantId, tenantId)).orderBy(periods.key);
}

export async function upsertPeriod(db: DbOrTx, row: typeof periods.$inferInsert) {
  await db
    .insert(periods)
    .values(row)
    .onConflictDoUpdate({
      target: [periods.tenantId, periods.key],
      set: { status: row.status, closedAt: row.closedAt, closedBy: row.closedBy },
    });
}

export async function userNames(db: DbOrTx, tenantId: string): Promise<Map<string, string>> {
  const rows = await db
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(eq(users.tenantId, tenantId));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function insertUnlock(db: DbOrTx, row: typeof unlockRequests.$inferInsert): Promise<UnlockRow> {
  return (await db.insert(unlockRequests).values(row).returning())[0]!;
}

export async function listUnlocks(
  db: DbOrTx,
  tenantId: string,
  status: UnlockRow['status'] | undefined,
  limit: number,
): Promise<UnlockRow[]> {
  return db
    .select()
    .from(unlockRequests)
    .where(and(eq(unlockRequests.tenantId, tenantId), status ? eq(unlockRequests.status, status) : undefined))
    .orderBy(desc(unlockRequests.createdAt))
    .limit(limit);
}

export async function findUnlock(db: DbOrTx, tenantId: string, id: string): Promise<UnlockRow | undefined> {
  return (
    await db
      .select()
      .from(unlockRequests)
      .where(and(eq(unlockRequests.tenantId, tenantId), eq(unlockRequests.id, id)))
  )[0];
}

export async function decideUnlock(
  db: DbOrTx,
  id: string,
  patch: Partial<typeof unlockRequests.$inferInsert>,
): Promise<UnlockRow> {
  return (await db.update(unlockRequests).set(patch).where(eq(unlockRequests.id, id)).returning())[0]!;
}
