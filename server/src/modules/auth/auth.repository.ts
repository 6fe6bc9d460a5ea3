import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { RoleGrant } from '@xiezuo/domain';
import type { DbOrTx } from '../../db/client';
import { orgGroups, passwordHistory, regions, sessions, tenants, units, userRoles, users } from '../../db/schema';

export type UserRow = typeof users.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;

export async function findUserByUsername(db: DbOrTx, username: string): Promise<UserRow | undefined> {
  const rows = await db.select().from(users).where(eq(users.username, username)).limit(1);
  return rows[0];
}

export async function findUserById(db: DbOrTx, id: string): Promise<UserRow | undefined> {
  const rows = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return rows[0];
}

export async function findTenantName(db: DbOrTx, tenantId: string): Promise<string> {
  const rows = await db.select({ name: tenants.name }).from(tenants).where(eq(tenants.id, tenantId));
  return rows[0]?.name ?? '';
}

export async function recordFailedLogin(db: DbOrTx, userId: string, threshold: number, lockMinutes: number) {
  const rows = await db
    .update(users)
    .set({
      failedLogins: sql`case when ${users.failedLogins} + 1 >= ${threshold} then 0 else ${users.failedLogins} + 1 end`,
      lockedUntil: sql`case when ${users.failedLogins} + 1 >= ${threshold} then now() + make_interval(mins => ${lockMinutes}) else ${users.lockedUntil} end`,
    })
    .where(eq(users.id, userId))
    .returning({ lockedUntil: users.lockedUntil, failedLogins: users.failedLogins });
  return rows[0]!;
}

export async function clearFailedLogins(db: DbOrTx, userId: string) {
  await db.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, userId));
}

export async function insertSession(db: DbOrTx, row: typeof sessions.$inferInsert) {
  await db.insert(sessions).values(row);
}

export async function findSessionWithUser(db: DbOrTx, id: string) {
  const rows = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, id))
    .limit(1);
  return rows[0];
}

export async function touchSession(db: DbOrTx, id: string) {
  await db.update(sessions).set({ lastSeenAt: new Date() }).where(eq(sessions.id, id));
}

export async function revokeSession(db: DbOrTx, id: string) {
  await db
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(sessions.id, id), isNull(sessions.revokedAt)));
}

export async function revokeUserSessions(db: DbOrTx, userId: string, exceptId?: string) {
  const where = exceptId
    ? and(eq(sessions.userId, userId), isNull(sessions.revokedAt), sql`${sessions.id} <> ${exceptId}`)
    : and(eq(sessions.userId, userId), isNull(sessions.revokedAt));
  await db.update(sessions).set({ revokedAt: new Date() }).where(where);
}

export async function listRoleGrants(db: DbOrTx, userId: string): Promise<RoleGrant[]> {
  return db
    .select({ role: userRoles.role, scopeType: userRoles.scopeType, scopeId: userRoles.scopeId })
    .from(userRoles)
    .where(eq(userRoles.userId, userId))
    .orderBy(userRoles.createdAt);
}

/** Display names for scope ids of each type, in one query per type present. */
export async function scopeNames(db: DbOrTx, tenantId: string, grants: RoleGrant[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const ids = (t: RoleGrant['scopeType']) => [
    ...new Set(grants.filter((g) => g.scopeType === t && g.scopeId).map((g) => g.scopeId!)),
  ];
  const unitIds = ids('unit');
  const groupIds = ids('group');
  const countyCodes = ids('county');
  if (unitIds.length)
    for (const r of await db
      .select({ id: units.id, name: units.name })
      .from(units)
      .where(and(eq(units.tenantId, tenantId), inArray(units.id, unitIds))))
      names.set(`unit:${r.id}`, r.name);
  // group scopes hold the group's code, stable across plan years
  if (groupIds.length)
    for (const r of await db
      .select({ id: orgGroups.code, name: orgGroups.name })
      .from(orgGroups)
      .where(and(eq(orgGroups.tenantId, tenantId), inArray(orgGroups.code, groupIds)))
      .orderBy(orgGroups.year))
      names.set(`group:${r.id}`, r.name);
  if (countyCodes.length)
    for (const r of await db
      .select({ id: regions.code, name: regions.name })
      .from(regions)
      .where(inArray(regions.code, countyCodes)))
      names.set(`county:${r.id}`, r.name);
  return names;
}

export async function recentPasswordHashes(db: DbOrTx, userId: string, n: number): Promise<string[]> {
  if (n <= 0) return [];
  const rows = await db
    .select({ h: passwordHistory.passwordHash })
    .from(passwordHistory)
    .where(eq(passwordHistory.userId, userId))
    .orderBy(desc(passwordHistory.createdAt))
    .limit(n);
  return rows.map((r) => r.h);
}

export async function setPassword(db: DbOrTx, userId: string, passwordHash: string, mustChange: boolean) {
  await db
    .update(users)
    .set({
      passwordHash,
      mustChangePassword: mustChange,
      passwordChangedAt: new Date(),
      updatedAt: new Date(),
      version: sql`${users.version} + 1`,
    })
    .where(eq(users.id, userId));
  await db.insert(passwordHistory).values({ userId, passwordHash });
}
