import type { PlanDto } from '@xiezuo/domain';
import type { Actor } from '../../http/context';

/** The district office manages plans: indicators, publication, copies and the catalog's Excel. */
export const canManagePlans = (actor: Actor) => actor.abilities.includes('org.manage');

/** What the caller may do with a plan: the office changes it (a published plan with reasons), publishes a draft once. */
export function planAbilities(actor: Actor, plan: { status: string }): PlanDto['abilities'] {
  const manage = canManagePlans(actor);
  return { edit: manage, publish: manage && plan.status === 'draft', copy: manage, import: manage };
}
