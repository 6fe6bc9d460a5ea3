import type { Actor } from '../../../http/context';

const scoped = (actor: Actor, role: string) =>
  actor.roles.filter((r) => r.role === role && r.scopeId).map((r) => r.scopeId!);

export const canManageAssessment = (actor: Actor) => actor.abilities.includes('org.manage');
export const reporterUnits = (actor: Actor) => scoped(actor, 'unit_reporter');
export const ledGroups = (actor: Actor) => scoped(actor, 'group_lead');

/**
 * Whose score details (breakdown, adjustments, appeals) an actor sees: the office, leaders and auditors every unit's; a
 * unit its own; a working group its units'; a county officer none. The ranking itself (rank, total) is open to all.
 */
export function detailUnits(actor: Actor, groupUnits: string[]): 'all' | string[] {
  if (actor.roles.some((r) => ['office_admin', 'leader', 'auditor'].includes(r.role))) return 'all';
  return [...new Set([...reporterUnits(actor), ...groupUnits])];
}

export const seesDetail = (visible: 'all' | string[], unitId: string) => visible === 'all' || visible.includes(unitId);

/** A unit appeals its own score. */
export const canAppeal = (actor: Actor, unitId: string) => reporterUnits(actor).includes(unitId);
