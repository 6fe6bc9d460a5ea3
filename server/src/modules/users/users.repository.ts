import { and, asc, count, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { orgGroups, tenantCounties, units, userRoles, users } from '../../db/schema';

export type UserRow = typeof users.$inferSelect;
export type RoleRow = typeof userRoles.$inferSelect;

export async function listPage(db: DbOrTx, tenantId: string, q: string | undefined, page: number, pageSize: number) {
  const where = and(
    eq(users.tenantId, tenantId),
    q ? or(ilike(users.username, `%${q}%`), ilike(users.displayName, `%${q}%`)) : undefined,
  );
  const [rows, total] = await Promise.all([
    db
      .select()
      .from(users)
      .where(where)
      .orderBy(asc(users.createdAt), asc(users.username))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(users).where(where),
  ]);
  return { rows, total: total[0]?.n ?? 0 };
}

export async function findInTenant(db: DbOrTx, tenantId: string, id: string): Promise<UserRow | undefined> {
  return (
    await db
      .select()
      .from(users)
      .where(and(eq(users.tenantId, tenantId), eq(users.id, id)))
  )[0];
}

export async function usernameTaken(db: DbOrTx, username: string): Promise<boolean> {
  return (await db.select({ id: users.id }).from(users).where(eq(users.username, username))).length > 0;
}

export async function rolesOf(db: DbOrTx, userIds: string[]): Promise<RoleRow[]> {
  if (!userIds.length) return [];
  return db.select().from(userRoles).where(inArray(userRoles.userId, userIds)).orderBy(asc(userRoles.createdAt));
}

export async function insertUser(db: DbOrTx, row: typeof users.$inferInsert): Promise<UserRow> {
  return (await db.insert(users).values(row).returning())[0]!;
}

/** Updates with an optimistic version check; undefined when the version is stale. */
export async function updateVersioned(
  db: DbOrTx,
  tenantId: string,
  id: string,
  version: number,
  patch: Partial<typeof users.$inferInsert>,
): Promise<UserRow | undefined> {
  const rows = await db
    .update(users)
    .set({ ...patch, updatedAt: new Date(), version: sql`${users.version} + 1` })
    .where(and(eq(users.tenantId, tenantId), eq(users.id, id), eq(users.version, version)))
    .returning();
  return rows[0];
}

export async function replaceRoles(
  db: DbOrTx,
  tenantId: string,
  userId: string,
  roles: { role: RoleRow['role']; scopeType: RoleRow['scopeType']; scopeId: string | null }[],
) {
  await db.delete(userRoles).where(eq(userRoles.userId, userId));
  await db.insert(userRoles).values(roles.map((r) => ({ ...r, tenantId, userId })));
}

export async function unitExists(db: DbOrTx, tenantId: string, id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return false;
  return (
    (
      await db
        .select({ id: units.id })
        .from(units)
        .where(and(eq(units.tenantId, tenantId), eq(units.id, id)))
    ).length > 0
  );
}

export async function groupExists(db: DbOrTx, tenantId: string, code: string) {
  return (
    (
      await db
        .select({ id: orgGroups.id })
        .from(orgGroups)
        .where(and(eq(orgGroups.tenantId, tenantId), eq(orgGroups.code, code), eq(orgGroups.kind, 'working')))
        .limit(1)
    ).length > 0
  );
}

export async function countyExists(db: DbOrTx, tenantId: string, code: string) {
  return (
    (
      await db
        .select({ c: tenantCounties.regionCode })
        .from(tenantCounties)
        .where(and(eq(tenantCounties.tenantId, tenantId), eq(tenantCounties.regionCode, code)))
    ).length > 0
  );
}
