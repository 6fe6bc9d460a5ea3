import {
  actingOf,
  scopeOf,
  SUPERVISION_TRANSITIONS,
  type SupervisionAbilities,
  type Holder,
  type SupervisionStatus,
} from '@xiezuo/domain';
import type { Actor } from '../../../http/context';

export const isOffice = (actor: Actor) => actor.abilities.includes('org.manage');

/** The units an actor reports for (and answers orders for). */
export const reporterUnits = (actor: Holder) => actingOf(actor).units;
/** The working groups an actor leads. */
export const ledGroups = (actor: Actor) => actingOf(actor).groups;

/**
 * Which orders an actor sees: the office, leaders and auditors all; a unit the orders addressed to it; a working group
 * those addressed to its units (resolved by the caller); a county officer none (orders go to eastern units).
 */
export function visibleUnits(actor: Actor, groupUnits: string[]): 'all' | string[] {
  const s = scopeOf(actor);
  if (s.kind === 'district') return 'all';
  return [...new Set([...s.units, ...groupUnits])];
}

export type OrderFacts = { status: SupervisionStatus; unitIds: string[] };

/** A reporter of one of the order's units answers; the office accepts or returns an answer. */
export function abilitiesOf(actor: Actor, o: OrderFacts): SupervisionAbilities {
  const mine = reporterUnits(actor).some((u) => o.unitIds.includes(u));
  const office = isOffice(actor);
  return {
    respond: mine && SUPERVISION_TRANSITIONS.respond.from.includes(o.status),
    accept: office && SUPERVISION_TRANSITIONS.accept.from.includes(o.status),
    return: office && SUPERVISION_TRANSITIONS.return.from.includes(o.status),
    attach: (mine || office) && o.status !== 'closed',
  };
}
