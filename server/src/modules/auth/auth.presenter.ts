import type { RoleGrant, SessionDto } from '@xiezuo/domain';
import type { Actor } from '../../http/context';

/** Names a role's scope: the tenant's own name, or the unit, group or county from names loaded by `scopeNames`. */
export const scopeNamer =
  (tenantName: string, names: Map<string, string>) =>
  (g: Pick<RoleGrant, 'scopeType' | 'scopeId'>): string | null =>
    g.scopeType === 'tenant' ? tenantName : (names.get(`${g.scopeType}:${g.scopeId}`) ?? null);

export function presentSession(actor: Actor, scopeName: ReturnType<typeof scopeNamer>, idleMs: number): SessionDto {
  return {
    user: {
      id: actor.userId,
      username: actor.username,
      displayName: actor.displayName,
      tenant: { id: actor.tenantId, name: actor.tenantName },
      mustChangePassword: actor.mustChangePassword,
    },
    roles: actor.roles.map((g) => ({ ...g, scopeName: scopeName(g) })),
    abilities: actor.abilities,
    csrfToken: actor.csrfToken,
    idleTimeoutSeconds: Math.round(idleMs / 1000),
  };
}
