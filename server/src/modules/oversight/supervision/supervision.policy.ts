import { SUPERVISION_TRANSITIONS, type SupervisionAbilities, type SupervisionStatus } from '@xiezuo/domain';
import type { Actor } from '../../../http/context';

const scoped = (actor: Pick<Actor, 'roles'>, role: string) =>
  actor.roles.filter((r) => r.role === role && r.scopeId).map((r) => r.scopeId!);

export const isOffice = (actor: Actor) => actor.abilities.includes('org.manage');
const isDistrictWide = (actor: Actor) =>
  actor.roles.some((r) => ['office_admin', 'leader', 'auditor'].includes(r.role));

/** The units an actor reports for. */
export const reporterUnits = (actor: Pick<Actor, 'roles'>) => scoped(actor, 'unit_reporter');
/** The working groups an actor leads. */
export const ledGroups = (actor: Actor) => scoped(actor, 'group_lead');

/**
 * Which orders an actor sees: the office, leaders and auditors all; a unit the orders addressed to it; a working group
 * those addressed to its units (resolved by the caller); a county officer none (orders go to eastern units).
 */
export function visibleUnits(actor: Actor, groupUnits: string[]): 'all' | string[] {
  if (isDistrictWide(actor)) return 'all';
  return [...new Set([...reporterUnits(actor), ...groupUnits])];
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
