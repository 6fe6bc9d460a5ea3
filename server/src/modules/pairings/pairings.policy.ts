import type { Actor } from '../../http/context';

/** How an actor's pairing visibility is limited: the whole tenant, some counties, or some units. */
export type PairingScope = { kind: 'all' } | { kind: 'counties'; codes: string[] } | { kind: 'units'; ids: string[] };

/** A county officer sees their county's pairings, a unit reporter its own unit's; every other role the tenant's. */
export function pairingScope(actor: Actor): PairingScope {
  if (actor.roles.some((r) => !['county_officer', 'unit_reporter'].includes(r.role))) return { kind: 'all' };
  const counties = actor.roles.filter((r) => r.role === 'county_officer').map((r) => r.scopeId!);
  if (counties.length) return { kind: 'counties', codes: counties };
  return { kind: 'units', ids: actor.roles.filter((r) => r.role === 'unit_reporter').map((r) => r.scopeId!) };
}

export type PairingFacts = {
  countyCode: string;
  eastUnitId: string | null;
  westUnitId: string | null;
  westConfirmedAt: Date | null;
};

export function canSeePairing(actor: Actor, p: PairingFacts): boolean {
  const s = pairingScope(actor);
  if (s.kind === 'all') return true;
  if (s.kind === 'counties') return s.codes.includes(p.countyCode);
  return s.ids.some((id) => id === p.eastUnitId || id === p.westUnitId);
}

export const canManagePairings = (actor: Actor) => actor.abilities.includes('org.manage');

/** The west side confirms: a county officer of the pairing's county, once. */
export function canConfirmPairing(actor: Actor, p: PairingFacts): boolean {
  return (
    p.westConfirmedAt === null && actor.roles.some((r) => r.role === 'county_officer' && r.scopeId === p.countyCode)
  );
}
