import type { UserAdminDto } from '@xiezuo/domain';
import type { RoleRow, UserRow } from './users.repository';

/** Names a role's scope (auth.presenter scopeNamer). */
export type ScopeNamer = (r: RoleRow) => string | null;

export function presentUser(u: UserRow, roles: RoleRow[], scopeName: ScopeNamer, now: number): UserAdminDto {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    isActive: u.isActive,
    isLocked: !!u.lockedUntil && u.lockedUntil.getTime() > now,
    lockedUntil: u.lockedUntil && u.lockedUntil.getTime() > now ? u.lockedUntil.toISOString() : null,
    mustChangePassword: u.mustChangePassword,
    roles: roles
      .filter((r) => r.userId === u.id)
      .map((r) => ({ role: r.role, scopeType: r.scopeType, scopeId: r.scopeId, scopeName: scopeName(r) })),
    createdAt: u.createdAt.toISOString(),
    version: u.version,
  };
}
