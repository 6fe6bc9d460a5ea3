import type { Ability } from '@xiezuo/domain';
import type { Actor, Policy } from './context';

export const PUBLIC: Policy = { kind: 'public' };
export const SIGNED_IN: Policy = { kind: 'authenticated' };
/** A route open to any holder of one of these abilities. */
export const requires = (...anyOf: Ability[]): Policy => ({ kind: 'abilities', anyOf });

/** Whether an actor passes a route policy (role level; row scope is checked in services). */
export function isAllowed(policy: Policy, actor: Actor | null): boolean {
  switch (policy.kind) {
    case 'public':
      return true;
    case 'authenticated':
      return actor !== null;
    case 'abilities':
      return actor !== null && policy.anyOf.some((a) => actor.abilities.includes(a));
    default: {
      const never: never = policy;
      return never;
    }
  }
}
