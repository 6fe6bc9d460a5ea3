import { actingOf, actsForAny, scopeOf, type ApplicationParty } from '@xiezuo/domain';
import type { FastifyRequest } from 'fastify';
import type { AccountActor, Actor } from '../../http/context';
import { AppError } from '../../http/app-error';

/**
 * Who does what in labour cooperation. Staff: the district office and the working groups (the labour group) see
 * every county's pool; a county officer its county's only; everyone with business.read sees employers and posts.
 * External: an employer account sees and keeps its own posts and the applications to them; a worker only itself.
 */
export type Caller = { kind: 'staff'; actor: Actor } | { kind: 'account'; account: AccountActor };

/** The caller of a route open to staff and external accounts (the route's policy has admitted one of them). */
export function callerOf(req: FastifyRequest): Caller {
  if (req.actor) return { kind: 'staff', actor: req.actor };
  if (req.account) return { kind: 'account', account: req.account };
  throw new AppError('UNAUTHENTICATED');
}

export const tenantOf = (c: Caller) => (c.kind === 'staff' ? c.actor.tenantId : c.account.tenantId);

/** The counties whose workers a staff caller sees: null for all (district, groups), else its counties. */
export function workerCounties(actor: Actor): string[] | null {
  const s = scopeOf(actor);
  if (s.kind === 'district' || s.groups.length) return null;
  return s.counties;
}

export function canSeeWorkerOf(actor: Actor, countyCode: string): boolean {
  const c = workerCounties(actor);
  return c === null || c.includes(countyCode);
}

/** Staff who keep employers and posts and push: writers of the district, the labour group, units and counties. */
export const canKeepLabour = (actor: Actor) => actor.abilities.includes('business.write');

/** Who sets the matching weights and the weekly cap: the district office and the labour working group. */
export const keepsLabourSettings = (actor: Actor) =>
  actsForAny(actor, [{ kind: 'office' }, { kind: 'group', code: 'labour' }]);

/** The employer an external account speaks for (its subject), or null. */
export function employerOf(c: Caller): string | null {
  if (c.kind !== 'account' || !c.account.roles.includes('employer')) return null;
  return c.account.subject?.kind === 'enterprise' ? c.account.subject.id : null;
}

/** The person a worker account is (its subject), or null. */
export function personOf(c: Caller): string | null {
  if (c.kind !== 'account' || !c.account.roles.includes('worker')) return null;
  return c.account.subject?.kind === 'person' ? c.account.subject.id : null;
}

export type ApplicationFacts = { employerId: string; countyCode: string; workerPersonId: string };

/** Whether the caller speaks for this side of an application. */
export function actsAs(c: Caller, party: ApplicationParty, a: ApplicationFacts): boolean {
  if (c.kind === 'account') {
    if (party === 'employer') return employerOf(c) === a.employerId;
    if (party === 'worker') return personOf(c) === a.workerPersonId;
    return false;
  }
  const acting = actingOf(c.actor);
  if (!c.actor.abilities.includes('business.write')) return false;
  if (party === 'county') return acting.office || acting.counties.includes(a.countyCode);
  // the labour group (or the office) records an employer's step or a worker's withdrawal on their behalf
  return acting.office || acting.groups.includes('labour') || acting.counties.includes(a.countyCode);
}

/** Who an audit row names for a caller: the staff actor, or the external account by id (never its phone). */
export function auditActorOf(c: Caller): {
  actor: Actor | null;
  who: { tenantId: string; userId: null; username: string } | object;
} {
  if (c.kind === 'staff') return { actor: c.actor, who: {} };
  return {
    actor: null,
    who: { tenantId: c.account.tenantId, userId: null, username: `account:${c.account.accountId}` },
  };
}
