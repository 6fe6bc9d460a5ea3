import { and, count, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { ExternalRole, SubjectRef } from '@xiezuo/domain';
import type { DbOrTx } from '../../db/client';
import { accountSessions, externalAccounts, otpCodes, persons, tenants } from '../../db/schema';

export type AccountRow = typeof externalAccounts.$inferSelect;

export async function findByPhoneIndex(db: DbOrTx, tenantId: string, phoneIndex: string) {
  const rows = await db
    .select()
    .from(externalAccounts)
    .where(and(eq(externalAccounts.tenantId, tenantId), eq(externalAccounts.phoneIndex, phoneIndex)));
  return rows[0];
}

export async function findById(db: DbOrTx, tenantId: string, id: string) {
  const rows = await db
    .select()
    .from(externalAccounts)
    .where(and(eq(externalAccounts.tenantId, tenantId), eq(externalAccounts.id, id)));
  return rows[0];
}

export async function listBySubject(db: DbOrTx, tenantId: string, s: SubjectRef) {
  return db
    .select()
    .from(externalAccounts)
    .where(
      and(
        eq(externalAccounts.tenantId, tenantId),
        eq(externalAccounts.subjectKind, s.kind),
        eq(externalAccounts.subjectId, s.id),
      ),
    );
}

/** Inserts an account, or returns the one that already has this phone (two first sign-ins at once). */
export async function insertAccount(db: DbOrTx, row: typeof externalAccounts.$inferInsert) {
  const inserted = await db.insert(externalAccounts).values(row).onConflictDoNothing().returning();
  return inserted[0] ?? (await findByPhoneIndex(db, row.tenantId, row.phoneIndex))!;
}

export async function addRole(db: DbOrTx, id: string, role: ExternalRole) {
  await db
    .update(externalAccounts)
    .set({
      roles: sql`(select array_agg(distinct r) from unnest(${externalAccounts.roles} || array[${role}]::text[]) r)`,
      version: sql`${externalAccounts.version} + 1`,
      updatedAt: new Date(),
    })
    .where(eq(externalAccounts.id, id));
}

export async function setSubject(db: DbOrTx, id: string, s: SubjectRef | null, displayName?: string | null) {
  await db
    .update(externalAccounts)
    .set({
      subjectKind: s?.kind ?? null,
      subjectId: s?.id ?? null,
      ...(displayName !== undefined ? { displayName } : {}),
      version: sql`${externalAccounts.version} + 1`,
      updatedAt: new Date(),
    })
    .where(eq(externalAccounts.id, id));
}

/** The person of the tenant's ledger with this phone (the county rosters are the worker pool). */
export async function personByPhoneIndex(db: DbOrTx, tenantId: string, phoneIndex: string) {
  const rows = await db
    .select({ id: persons.id, name: persons.name })
    .from(persons)
    .where(and(eq(persons.tenantId, tenantId), eq(persons.phoneIndex, phoneIndex)))
    .limit(1);
  return rows[0];
}

export async function tenantByCode(db: DbOrTx, code: string | undefined) {
  const rows = await db
    .select({ id: tenants.id, name: tenants.name })
    .from(tenants)
    .where(code ? eq(tenants.code, code) : undefined)
    .orderBy(tenants.createdAt)
    .limit(1);
  return rows[0];
}

export async function insertSession(db: DbOrTx, row: typeof accountSessions.$inferInsert) {
  await db.insert(accountSessions).values(row);
}

export async function findSession(db: DbOrTx, id: string) {
  const rows = await db
    .select({ session: accountSessions, account: externalAccounts, tenantName: tenants.name })
    .from(accountSessions)
    .innerJoin(externalAccounts, eq(externalAccounts.id, accountSessions.accountId))
    .innerJoin(tenants, eq(tenants.id, externalAccounts.tenantId))
    .where(eq(accountSessions.id, id));
  return rows[0];
}

export async function touchSession(db: DbOrTx, id: string) {
  await db.update(accountSessions).set({ lastSeenAt: new Date() }).where(eq(accountSessions.id, id));
}

export async function revokeSession(db: DbOrTx, id: string) {
  await db
    .update(accountSessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(accountSessions.id, id), isNull(accountSessions.revokedAt)));
}

export async function markSignedIn(db: DbOrTx, id: string) {
  await db.update(externalAccounts).set({ lastSignInAt: new Date() }).where(eq(externalAccounts.id, id));
}

/** Codes requested in the last hour for a phone and from an IP, and the newest one's age in seconds. */
export async function otpRequestCounts(db: DbOrTx, tenantId: string, phoneIndex: string, ip: string) {
  const hour = sql`now() - interval '1 hour'`;
  const [phone, fromIp, newest] = await Promise.all([
    db
      .select({ n: count() })
      .from(otpCodes)
      .where(and(eq(otpCodes.tenantId, tenantId), eq(otpCodes.phoneIndex, phoneIndex), gt(otpCodes.createdAt, hour))),
    db
      .select({ n: count() })
      .from(otpCodes)
      .where(and(eq(otpCodes.ip, ip), gt(otpCodes.createdAt, hour))),
    db
      .select({ age: sql<number>`extract(epoch from now() - ${otpCodes.createdAt})::int` })
      .from(otpCodes)
      .where(and(eq(otpCodes.tenantId, tenantId), eq(otpCodes.phoneIndex, phoneIndex)))
      .orderBy(desc(otpCodes.createdAt))
      .limit(1),
  ]);
  return { phone: phone[0]?.n ?? 0, ip: fromIp[0]?.n ?? 0, newestAgeSeconds: newest[0]?.age ?? null };
}

export async function insertOtp(db: DbOrTx, row: typeof otpCodes.$inferInsert) {
  return (await db.insert(otpCodes).values(row).returning({ id: otpCodes.id }))[0]!;
}

/** The newest code of a phone that is neither spent nor expired, locked for this check. */
export async function liveOtp(db: DbOrTx, tenantId: string, phoneIndex: string) {
  const rows = await db
    .select()
    .from(otpCodes)
    .where(
      and(
        eq(otpCodes.tenantId, tenantId),
        eq(otpCodes.phoneIndex, phoneIndex),
        isNull(otpCodes.consumedAt),
        gt(otpCodes.expiresAt, sql`now()`),
      ),
    )
    .orderBy(desc(otpCodes.createdAt))
    .limit(1)
    .for('update');
  return rows[0];
}

export async function failOtp(db: DbOrTx, id: string, spend: boolean) {
  await db
    .update(otpCodes)
    .set({ attempts: sql`${otpCodes.attempts} + 1`, ...(spend ? { consumedAt: new Date() } : {}) })
    .where(eq(otpCodes.id, id));
}

export async function consumeOtp(db: DbOrTx, id: string) {
  await db.update(otpCodes).set({ consumedAt: new Date() }).where(eq(otpCodes.id, id));
}

/** Housekeeping: codes a day old are of no use to anyone. */
export async function purgeOtps(db: DbOrTx): Promise<number> {
  const rows = await db
    .delete(otpCodes)
    .where(sql`${otpCodes.createdAt} < now() - interval '1 day'`)
    .returning({ id: otpCodes.id });
  return rows.length;
}

/** Inserts many accounts at once (those whose phone has none yet) and returns every one of these phones'. */
export async function insertManyAccounts(db: DbOrTx, tenantId: string, rows: (typeof externalAccounts.$inferInsert)[]) {
  for (let i = 0; i < rows.length; i += 2000)
    await db
      .insert(externalAccounts)
      .values(rows.slice(i, i + 2000))
      .onConflictDoNothing();
  const found: AccountRow[] = [];
  for (let i = 0; i < rows.length; i += 5000) {
    const idx = rows.slice(i, i + 5000).map((r) => r.phoneIndex);
    found.push(
      ...(await db
        .select()
        .from(externalAccounts)
        .where(
          and(
            eq(externalAccounts.tenantId, tenantId),
            sql`${externalAccounts.phoneIndex} = any(${`{${idx.join(',')}}`}::text[])`,
          ),
        )),
    );
  }
  return found;
}
