import type { Ability, ExternalRole } from '@xiezuo/domain';
import type { AccountActor, Actor, Policy } from './context';

export const PUBLIC: Policy = { kind: 'public' };
export const SIGNED_IN: Policy = { kind: 'authenticated' };
/** A route open to any holder of one of these abilities. */
export const requires = (...anyOf: Ability[]): Policy => ({ kind: 'abilities', anyOf });
/**
 * A route shared by staff holding one of `anyOf` and external accounts holding one of `roles` (e.g. the posts an
 * employer publishes and the labour group reads); each kind of caller is then scoped in the service.
 */
export const staffOrExternal = (anyOf: readonly Ability[], roles: readonly ExternalRole[]): Policy => ({
  kind: 'abilities',
  anyOf,
  externalRoles: roles,
});
/** A route for external accounts (any, or those holding one of these roles); staff get 403. */
export const external = (...roles: ExternalRole[]): Policy => ({
  kind: 'external',
  ...(roles.length ? { roles } : {}),
});
/** A route for anyone signed in, staff or external. */
export const ANYONE_SIGNED_IN: Policy = { kind: 'anyone' };

/**
 * Whether a caller passes a route policy (role level; row scope is checked in services). Staff and external
 * accounts are separate kinds of caller: an external account passes no staff policy, and staff no external one.
 */
export function isAllowed(policy: Policy, actor: Actor | null, account: AccountActor | null = null): boolean {
  switch (policy.kind) {
    case 'public':
      return true;
    case 'anyone':
      return actor !== null || account !== null;
    case 'external':
      return account !== null && (!policy.roles || policy.roles.some((r) => account.roles.includes(r)));
    case 'authenticated':
      return actor !== null;
    case 'abilities':
      if (actor === null)
        return account !== null && (policy.externalRoles ?? []).some((r) => account.roles.includes(r));
      return policy.anyOf.some((a) => actor.abilities.includes(a));
    default: {
      const never: never = policy;
      return never;
    }
  }
}
