import {
  canNeedTransition,
  NEED_TRANSITIONS,
  scopeOf,
  type NeedAction,
  type NeedStatus,
  type Scope,
} from '@xiezuo/domain';
import type { Actor } from '../../http/context';

/**
 * Who does what on the charity platform, read from the scope module and abilities: a county's acting staff raise,
 * verify, publish and deliver its needs and confirm what reaches it; the Red Cross (charity.custody) keeps the custody
 * chain across all counties; district-wide readers see everything; nobody else sees a need before it is public.
 */

/** The counties whose needs a caller sees: all for the district and the Red Cross, else the caller's counties. */
export function needScope(actor: Actor): Scope {
  if (isCustodian(actor)) return { kind: 'district' };
  return scopeOf(actor);
}

export const isCustodian = (actor: Actor) => actor.abilities.includes('charity.custody');

/** Whether the caller acts for this county (raises and handles its needs). */
export function actsForCounty(actor: Actor, countyCode: string): boolean {
  const s = scopeOf(actor);
  return actor.abilities.includes('business.write') && s.kind === 'some' && s.counties.includes(countyCode);
}

export function canSeeCounty(actor: Actor, countyCode: string): boolean {
  const s = needScope(actor);
  return s.kind === 'district' || s.counties.includes(countyCode);
}

type NeedFacts = { countyCode: string; status: NeedStatus; createdBy: string | null };

/** Whether the caller may take a hand action on a need now (status, county, and maker–checker for verify). */
export function canActOnNeed(actor: Actor, n: NeedFacts, action: NeedAction): boolean {
  if (!actsForCounty(actor, n.countyCode) || !canNeedTransition(action, n.status)) return false;
  return !(NEED_TRANSITIONS[action].checker && n.createdBy === actor.userId);
}

export const canDeliver = (actor: Actor, n: NeedFacts) => actsForCounty(actor, n.countyCode) && n.status === 'funded';

export const canConfirmTransfer = (actor: Actor, t: { countyCode: string; status: string }) =>
  actsForCounty(actor, t.countyCode) && t.status === 'sent';
