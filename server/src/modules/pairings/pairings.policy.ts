import { actsFor, DISTRICT, scopeOf, someOf, type Scope } from '@xiezuo/domain';
import type { Actor } from '../../http/context';

/**
 * Whose pairings an actor sees: a county officer their county's, a unit reporter its own unit's (east or west
 * party); the district and the working groups the tenant's.
 */
export function pairingScope(actor: Actor): Scope {
  const s = scopeOf(actor);
  if (s.kind === 'district' || s.groups.length) return DISTRICT;
  if (s.counties.length) return someOf({ counties: s.counties });
  return someOf({ units: s.units });
}

export type PairingFacts = {
  countyCode: string;
  eastUnitId: string | null;
  westUnitId: string | null;
  westConfirmedAt: Date | null;
};

export function canSeePairing(actor: Actor, p: PairingFacts): boolean {
  const s = pairingScope(actor);
  if (s.kind === 'district') return true;
  return s.counties.includes(p.countyCode) || s.units.some((id) => id === p.eastUnitId || id === p.westUnitId);
}

export const canManagePairings = (actor: Actor) => actor.abilities.includes('org.manage');

/** The west side confirms: a county officer of the pairing's county, once. */
export function canConfirmPairing(actor: Actor, p: PairingFacts): boolean {
  return p.westConfirmedAt === null && actsFor(actor, { kind: 'county', code: p.countyCode });
}
