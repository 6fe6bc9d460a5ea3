import { actingOf, scopeOf } from '@xiezuo/domain';
import type { Actor } from '../../../http/context';

export const canManageAssessment = (actor: Actor) => actor.abilities.includes('org.manage');
export const reporterUnits = (actor: Actor) => actingOf(actor).units;
export const ledGroups = (actor: Actor) => actingOf(actor).groups;

/**
 * Whose score details (breakdown, adjustments, appeals) an actor sees: the office, leaders and auditors every unit's; a
 * unit its own; a working group its units'; a county officer none. The ranking itself (rank, total) is open to all.
 */
export function detailUnits(actor: Actor, groupUnits: string[]): 'all' | string[] {
  const s = scopeOf(actor);
  if (s.kind === 'district') return 'all';
  return [...new Set([...s.units, ...groupUnits])];
}

export const seesDetail = (visible: 'all' | string[], unitId: string) => visible === 'all' || visible.includes(unitId);

/** A unit appeals its own score. */
export const canAppeal = (actor: Actor, unitId: string) => reporterUnits(actor).includes(unitId);

/** What the caller may do with a year's scheme: the office changes it until the year is frozen. */
export function schemeAbilities(actor: Actor, frozenAt: Date | null) {
  const open = canManageAssessment(actor) && !frozenAt;
  return { edit: open, adjust: open, freeze: open };
}

export const scoreAbilities = (actor: Actor, unitId: string, frozenAt: Date | null) => ({
  appeal: !frozenAt && canAppeal(actor, unitId),
});

export const appealAbilities = (actor: Actor, status: string, frozenAt: Date | null) => ({
  decide: canManageAssessment(actor) && status === 'pending' && !frozenAt,
});

export const adjustmentAbilities = (actor: Actor, frozenAt: Date | null) => ({
  attach: canManageAssessment(actor) && !frozenAt,
});
