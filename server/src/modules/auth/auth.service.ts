import { abilitiesOf, checkPassword, type SessionDto } from '@xiezuo/domain';
import type { Actor, AppContext, RequestMeta } from '../../http/context';
import { AppError } from '../../http/app-error';
import { randomToken, sha256Hex } from '../../security/hash';
import { hashPassword, verifyDummy, verifyPassword } from '../../security/password';
import { appendAudit, withAudit } from '../../lib/audit-tx';
import { presentSession, scopeNamer } from './auth.presenter';
import * as repo from './auth.repository';

export type SessionLookup = { actor: Actor } | { expired: true } | null;

/** Loads the caller behind a session token; expires sessions past their idle or absolute limit. */
export async function resolveSession(ctx: AppContext, token: string): Promise<SessionLookup> {
  const id = sha256Hex(token);
  const found = await repo.findSessionWithUser(ctx.db, id);
  if (!found || found.session.revokedAt || !found.user.isActive) return null;
  const now = Date.now();
  const { session, user } = found;
  if (now > session.expiresAt.getTime() || now - session.lastSeenAt.getTime() > ctx.config.session.idleMs) {
    await repo.revokeSession(ctx.db, id);
    return { expired: true };
  }
  if (now - session.lastSeenAt.getTime() > 15_000) await repo.touchSession(ctx.db, id);
  const grants = await repo.listRoleGrants(ctx.db, user.id);
  return {
    actor: {
      userId: user.id,
      username: user.username,
      displayName: user.displayName,
      tenantId: user.tenantId,
      tenantName: await repo.findTenantName(ctx.db, user.tenantId),
      roles: grants,
      abilities: abilitiesOf(grants),
      sessionId: id,
      csrfToken: session.csrfToken,
      mustChangePassword: user.mustChangePassword,
    },
  };
}

/** The signed-in caller: user, roles with scope names, abilities, CSRF token. */
export async function sessionOf(ctx: AppContext, actor: Actor): Promise<SessionDto> {
  const names = await repo.scopeNames(ctx.db, actor.tenantId, actor.roles);
  return presentSession(actor, scopeNamer(actor.tenantName, names), ctx.config.session.idleMs);
}

async function auditLoginFailure(
  ctx: AppContext,
  meta: RequestMeta,
  username: string,
  user: repo.UserRow | undefined,
  action: string,
  reason: string,
  extra: Record<string, unknown> = {},
) {
  await ctx.db.transaction((tx) =>
    appendAudit(tx, null, meta, {
      action,
      outcome: action === 'auth.lockout' ? 'denied' : 'failure',
      objectType: 'user',
      objectId: user?.id ?? username,
      tenantId: user?.tenantId ?? null,
      userId: user?.id ?? null,
      username,
      details: { reason, ...extra },
    }),
  );
}

/** Signs a user in: checks lockout and password, counts failures, creates a session. Returns the session token. */
export async function login(
  ctx: AppContext,
  meta: RequestMeta,
  username: string,
  password: string,
): Promise<{ token: string; actor: Actor }> {
  const user = await repo.findUserByUsername(ctx.db, username);
  if (!user) {
    await verifyDummy(password);
    await auditLoginFailure(ctx, meta, username, undefined, 'auth.login', 'unknown_user');
    throw new AppError('INVALID_CREDENTIALS');
  }
  if (user.lockedUntil && user.lockedUntil.getTime() > Date.now()) {
    await auditLoginFailure(ctx, meta, username, user, 'auth.login', 'locked');
    throw new AppError('ACCOUNT_LOCKED', { lockedUntil: user.lockedUntil.toISOString() });
  }
  if (!user.isActive) {
    await auditLoginFailure(ctx, meta, username, user, 'auth.login', 'disabled');
    throw new AppError('ACCOUNT_DISABLED');
  }
  if (!(await verifyPassword(user.passwordHash, password))) {
    const { threshold, minutes } = ctx.config.lockout;
    const after = await repo.recordFailedLogin(ctx.db, user.id, threshold, minutes);
    if (after.lockedUntil && after.lockedUntil.getTime() > Date.now()) {
      await auditLoginFailure(ctx, meta, username, user, 'auth.lockout', 'too_many_failures', { threshold, minutes });
      throw new AppError('ACCOUNT_LOCKED', { lockedUntil: after.lockedUntil.toISOString() });
    }
    await auditLoginFailure(ctx, meta, username, user, 'auth.login', 'wrong_password', {
      failures: after.failedLogins,
    });
    throw new AppError('INVALID_CREDENTIALS');
  }
  const token = randomToken(32);
  const id = sha256Hex(token);
  const csrfToken = randomToken(24);
  const now = new Date();
  await withAudit(ctx.db, null, meta, async (tx) => {
    await repo.clearFailedLogins(tx, user.id);
    await repo.insertSession(tx, {
      id,
      tenantId: user.tenantId,
      userId: user.id,
      csrfToken,
      ip: meta.ip,
      userAgent: meta.userAgent?.slice(0, 300),
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + ctx.config.session.absoluteMs),
    });
    return {
      result: undefined,
      audit: {
        action: 'auth.login',
        outcome: 'success',
        objectType: 'user',
        objectId: user.id,
        tenantId: user.tenantId,
        userId: user.id,
        username: user.username,
      },
    };
  });
  const resolved = await resolveSession(ctx, token);
  if (!resolved || !('actor' in resolved)) throw new AppError('INTERNAL');
  return { token, actor: resolved.actor };
}

/** Ends the session server-side. */
export async function logout(ctx: AppContext, actor: Actor, meta: RequestMeta): Promise<void> {
  await withAudit(ctx.db, actor, meta, async (tx) => {
    await repo.revokeSession(tx, actor.sessionId);
    return {
      result: undefined,
      audit: { action: 'auth.logout', outcome: 'success', objectType: 'user', objectId: actor.userId },
    };
  });
}

/**
 * Checks the current password of a signed-in user as sign-in does: refused while the account is locked, and a wrong
 * one counts towards the same lockout (the threshold-th locks it: 423), each failure audited.
 */
async function checkCurrentPassword(ctx: AppContext, meta: RequestMeta, user: repo.UserRow, current: string) {
  const fail = (action: string, reason: string, extra?: Record<string, unknown>) =>
    auditLoginFailure(ctx, meta, user.username, user, action, reason, extra);
  if (user.lockedUntil && user.lockedUntil.getTime() > Date.now()) {
    await fail('auth.password_change', 'locked');
    throw new AppError('ACCOUNT_LOCKED', { lockedUntil: user.lockedUntil.toISOString() });
  }
  if (await verifyPassword(user.passwordHash, current)) return;
  const { threshold, minutes } = ctx.config.lockout;
  const after = await repo.recordFailedLogin(ctx.db, user.id, threshold, minutes);
  if (after.lockedUntil && after.lockedUntil.getTime() > Date.now()) {
    await fail('auth.lockout', 'too_many_failures', { threshold, minutes, via: 'password_change' });
    throw new AppError('ACCOUNT_LOCKED', { lockedUntil: after.lockedUntil.toISOString() });
  }
  await fail('auth.password_change', 'wrong_password', { failures: after.failedLogins });
  throw new AppError('INVALID_CREDENTIALS');
}

/** Changes the caller's password under the policy; other sessions of the user are ended. */
export async function changePassword(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  current: string,
  next: string,
): Promise<void> {
  const user = await repo.findUserById(ctx.db, actor.userId);
  if (!user) throw new AppError('INVALID_CREDENTIALS');
  await checkCurrentPassword(ctx, meta, user, current);
  await assertPasswordAcceptable(ctx, user.id, user.username, next);
  const hash = await hashPassword(next);
  await withAudit(ctx.db, actor, meta, async (tx) => {
    await repo.clearFailedLogins(tx, user.id);
    await repo.setPassword(tx, user.id, hash, false);
    await repo.revokeUserSessions(tx, user.id, actor.sessionId);
    return {
      result: undefined,
      audit: { action: 'auth.password_change', outcome: 'success', objectType: 'user', objectId: user.id },
    };
  });
}

/** Refuses a password that breaks the policy or repeats a recent one. */
export async function assertPasswordAcceptable(
  ctx: AppContext,
  userId: string | null,
  username: string,
  password: string,
) {
  const problems = checkPassword(password, username, ctx.config.passwordPolicy);
  if (problems.length) throw new AppError('PASSWORD_POLICY', { problems, policy: ctx.config.passwordPolicy });
  if (!userId) return;
  for (const old of await repo.recentPasswordHashes(ctx.db, userId, ctx.config.passwordPolicy.historySize)) {
    if (await verifyPassword(old, password))
      throw new AppError('PASSWORD_REUSED', { historySize: ctx.config.passwordPolicy.historySize });
  }
}
