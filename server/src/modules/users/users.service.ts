import {
  checkRoleCombination,
  ROLE_SCOPE,
  type RoleAssignment,
  type RoleGrant,
  type UserAdminDto,
} from '@xiezuo/domain';
import type { Actor, AppContext, RequestMeta } from '../../http/context';
import { AppError } from '../../http/app-error';
import { hashPassword } from '../../security/password';
import { generatePassword } from '../../db/seed/seed';
import { withAudit } from '../../lib/audit-tx';
import { scopeNamer } from '../auth/auth.presenter';
import * as authRepo from '../auth/auth.repository';
import { presentUser } from './users.presenter';
import * as repo from './users.repository';

async function present(ctx: AppContext, actor: Actor, rows: repo.UserRow[]): Promise<UserAdminDto[]> {
  const roles = await repo.rolesOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  const grants: RoleGrant[] = roles.map((r) => ({ role: r.role, scopeType: r.scopeType, scopeId: r.scopeId }));
  const names = await authRepo.scopeNames(ctx.db, actor.tenantId, grants);
  const scopeName = scopeNamer(actor.tenantName, names);
  const now = Date.now();
  return rows.map((u) => presentUser(u, roles, scopeName, now));
}

/** Checks a set of role assignments: the 三员 separation and that every scope exists in the tenant. */
async function validateRoles(ctx: AppContext, tenantId: string, roles: RoleAssignment[]): Promise<RoleGrant[]> {
  const problem = checkRoleCombination(roles.map((r) => r.role));
  if (problem) throw new AppError(problem);
  const out: RoleGrant[] = [];
  for (const [i, r] of roles.entries()) {
    const scopeType = ROLE_SCOPE[r.role];
    if (scopeType === 'tenant') {
      out.push({ role: r.role, scopeType, scopeId: null });
      continue;
    }
    const id = r.scopeId;
    const exists = !id
      ? false
      : scopeType === 'unit'
        ? await repo.unitExists(ctx.db, tenantId, id)
        : scopeType === 'group'
          ? await repo.groupExists(ctx.db, tenantId, id)
          : await repo.countyExists(ctx.db, tenantId, id);
    if (!exists) throw new AppError('SCOPE_REQUIRED', { index: i, role: r.role, scopeType });
    out.push({ role: r.role, scopeType, scopeId: id });
  }
  return out;
}

export async function list(ctx: AppContext, actor: Actor, q: string | undefined, page: number, pageSize: number) {
  const { rows, total } = await repo.listPage(ctx.db, actor.tenantId, q, page, pageSize);
  return { items: await present(ctx, actor, rows), total, page, pageSize };
}

async function load(ctx: AppContext, actor: Actor, id: string) {
  const u = await repo.findInTenant(ctx.db, actor.tenantId, id);
  if (!u) throw new AppError('NOT_FOUND');
  return u;
}

async function presentOne(ctx: AppContext, actor: Actor, id: string) {
  return (await present(ctx, actor, [await load(ctx, actor, id)]))[0]!;
}

/** Creates a user with roles and a generated initial password that must be changed at first sign-in. */
export async function create(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  body: { username: string; displayName: string; roles: RoleAssignment[] },
) {
  if (await repo.usernameTaken(ctx.db, body.username)) throw new AppError('DUPLICATE', { field: 'username' });
  const grants = await validateRoles(ctx, actor.tenantId, body.roles);
  const initialPassword = generatePassword();
  const passwordHash = await hashPassword(initialPassword);
  const id = await withAudit(ctx.db, actor, meta, async (tx) => {
    const u = await repo.insertUser(tx, {
      tenantId: actor.tenantId,
      username: body.username,
      displayName: body.displayName,
      passwordHash,
      mustChangePassword: true,
    });
    await repo.replaceRoles(tx, actor.tenantId, u.id, grants);
    return {
      result: u.id,
      audit: {
        action: 'user.create',
        outcome: 'success',
        objectType: 'user',
        objectId: u.id,
        details: { username: body.username, roles: grants },
      },
    };
  });
  return { user: await presentOne(ctx, actor, id), initialPassword };
}

function assertVersion<T>(row: T | undefined, current: repo.UserRow): T {
  if (!row) throw new AppError('CONFLICT', { currentVersion: current.version });
  return row;
}

/** Renames or (de)activates a user, with optimistic locking. */
export async function update(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  id: string,
  body: { version: number; displayName?: string; isActive?: boolean },
) {
  const before = await load(ctx, actor, id);
  if (body.isActive === false && id === actor.userId)
    throw new AppError('FORBIDDEN', { reason: 'cannot_disable_self' });
  await withAudit(ctx.db, actor, meta, async (tx) => {
    const after = assertVersion(
      await repo.updateVersioned(tx, actor.tenantId, id, body.version, {
        displayName: body.displayName,
        isActive: body.isActive,
      }),
      before,
    );
    if (body.isActive === false) await authRepo.revokeUserSessions(tx, id);
    return {
      result: after,
      audit: {
        action: 'user.update',
        outcome: 'success',
        objectType: 'user',
        objectId: id,
        details: {
          before: { displayName: before.displayName, isActive: before.isActive },
          after: { displayName: after.displayName, isActive: after.isActive },
        },
      },
    };
  });
  return presentOne(ctx, actor, id);
}

/** Replaces a user's roles; nobody changes their own. */
export async function setRoles(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  id: string,
  body: { version: number; roles: RoleAssignment[] },
) {
  if (id === actor.userId) throw new AppError('FORBIDDEN', { reason: 'cannot_change_own_roles' });
  const before = await load(ctx, actor, id);
  const grants = await validateRoles(ctx, actor.tenantId, body.roles);
  const beforeRoles = (await repo.rolesOf(ctx.db, [id])).map((r) => ({
    role: r.role,
    scopeType: r.scopeType,
    scopeId: r.scopeId,
  }));
  await withAudit(ctx.db, actor, meta, async (tx) => {
    assertVersion(await repo.updateVersioned(tx, actor.tenantId, id, body.version, {}), before);
    await repo.replaceRoles(tx, actor.tenantId, id, grants);
    return {
      result: undefined,
      audit: {
        action: 'user.roles_change',
        outcome: 'success',
        objectType: 'user',
        objectId: id,
        details: { before: beforeRoles, after: grants },
      },
    };
  });
  return presentOne(ctx, actor, id);
}

/** Lifts a lockout. */
export async function unlock(ctx: AppContext, actor: Actor, meta: RequestMeta, id: string) {
  await load(ctx, actor, id);
  await withAudit(ctx.db, actor, meta, async (tx) => {
    await authRepo.clearFailedLogins(tx, id);
    return {
      result: undefined,
      audit: { action: 'user.unlock', outcome: 'success', objectType: 'user', objectId: id },
    };
  });
  return presentOne(ctx, actor, id);
}

/** Issues a new generated password (to be changed at next sign-in) and ends the user's sessions. */
export async function resetPassword(ctx: AppContext, actor: Actor, meta: RequestMeta, id: string) {
  await load(ctx, actor, id);
  const initialPassword = generatePassword();
  const hash = await hashPassword(initialPassword);
  await withAudit(ctx.db, actor, meta, async (tx) => {
    await authRepo.setPassword(tx, id, hash, true);
    await authRepo.clearFailedLogins(tx, id);
    await authRepo.revokeUserSessions(tx, id);
    return {
      result: undefined,
      audit: { action: 'user.password_reset', outcome: 'success', objectType: 'user', objectId: id },
    };
  });
  return { user: await presentOne(ctx, actor, id), initialPassword };
}
