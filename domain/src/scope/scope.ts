import { ROLE_TRAITS, type RoleGrant, type ScopeType } from './roles';

/**
 * Who sees what and who speaks for which side: the one definition, read by every server policy and by the web.
 * Rules here read a role only through ROLE_TRAITS (its scope, whether it acts), so a new role is one line there.
 */

/** The part of a role grant the scope rules read (the server's actor and the web's session both carry it). */
export type Grant = Pick<RoleGrant, 'role' | 'scopeId'>;
/** Whoever holds grants: the server's Actor, the web's session. */
export type Holder = { roles: readonly Grant[] };

/**
 * Whose rows a query covers, ready for a repository: the whole district, or the union of the rows of some member
 * units, assisted counties (region codes) and working groups (group codes). Repositories take this, not an actor.
 */
export type Scope = { kind: 'district' } | { kind: 'some'; units: string[]; counties: string[]; groups: string[] };

export const DISTRICT: Scope = { kind: 'district' };

/** A scope of some units, counties and groups (the ones not given are empty). */
export function someOf(p: { units?: string[]; counties?: string[]; groups?: string[] }): Scope {
  return { kind: 'some', units: p.units ?? [], counties: p.counties ?? [], groups: p.groups ?? [] };
}

type Bound = Exclude<ScopeType, 'tenant'>;

const ids = (grants: readonly Grant[], type: Bound) => [
  ...new Set(grants.filter((g) => ROLE_TRAITS[g.role].scope === type && g.scopeId).map((g) => g.scopeId!)),
];
const acting = (h: Holder) => h.roles.filter((g) => ROLE_TRAITS[g.role].acts);

/** Whether a grant covers the whole district. What it may do there is still its abilities' business. */
export const isDistrictWide = (h: Holder): boolean => h.roles.some((g) => ROLE_TRAITS[g.role].scope === 'tenant');

/** What a holder sees: the district if any grant is district-wide, else the union of their units, counties and groups. */
export function scopeOf(h: Holder): Scope {
  if (isDistrictWide(h)) return DISTRICT;
  return someOf({ units: ids(h.roles, 'unit'), counties: ids(h.roles, 'county'), groups: ids(h.roles, 'group') });
}

/** Whether every grant the holder has is bound to scopes of this one type (a county officer and nothing else). */
export const onlyBoundTo = (h: Holder, type: ScopeType): boolean =>
  h.roles.length > 0 && h.roles.every((g) => ROLE_TRAITS[g.role].scope === type);

/**
 * The one slice a page shows when it shows one at a time (progress, warnings, the dashboard's filter bar): the
 * district; else the holder's counties, then working groups, then units, the first kind they have; null for none.
 */
export type Slice = { kind: 'district' } | { kind: Bound; ids: string[] };

export function sliceOf(scope: Scope): Slice | null {
  if (scope.kind === 'district') return scope;
  if (scope.counties.length) return { kind: 'county', ids: scope.counties };
  if (scope.groups.length) return { kind: 'group', ids: scope.groups };
  if (scope.units.length) return { kind: 'unit', ids: scope.units };
  return null;
}

/** The two sides of East–West cooperation: the eastern district and its units, the western counties. */
export type Side = 'east' | 'west';

/** Who speaks for one side of a record: the district office, a member unit, a county, or a group reviewing its records. */
export type Party =
  | { kind: 'office' }
  | { kind: 'unit'; id: string }
  | { kind: 'county'; code: string }
  | { kind: 'group'; code: string };

/** Where a record sits between the sides: who reported it, its eastern unit and its county. */
export type SideFacts = { reporterSide: Side; eastUnitId: string | null; countyCode: string | null };

/** The reporting side: the east unit (or the district office for it) for east-reported records; the county for west ones. */
export function reportingSide(r: SideFacts): Party[] {
  if (r.reporterSide === 'west') return r.countyCode ? [{ kind: 'county', code: r.countyCode }] : [];
  return r.eastUnitId ? [{ kind: 'office' }, { kind: 'unit', id: r.eastUnitId }] : [{ kind: 'office' }];
}

/**
 * The confirming side, the other one: the county for an east-reported record (the district office for a district-level
 * one, which has no county), the east unit for a west-reported one.
 */
export function confirmingSide(r: SideFacts): Party[] {
  if (r.reporterSide === 'west') return r.eastUnitId ? [{ kind: 'unit', id: r.eastUnitId }] : [];
  return r.countyCode ? [{ kind: 'county', code: r.countyCode }] : [{ kind: 'office' }];
}

/** What the holder acts for: the district office (an acting district-wide grant), units, counties, working groups. */
export type Acting = { office: boolean; units: string[]; counties: string[]; groups: string[] };

/** The holder's acting grants bound to scopes of one type, as given (the web reads their names too). */
export const actingGrants = <G extends Grant>(h: { roles: readonly G[] }, type: Bound): G[] =>
  h.roles.filter((g) => ROLE_TRAITS[g.role].acts && ROLE_TRAITS[g.role].scope === type && g.scopeId);

export function actingOf(h: Holder): Acting {
  const grants = acting(h);
  return {
    office: grants.some((g) => ROLE_TRAITS[g.role].scope === 'tenant'),
    units: ids(grants, 'unit'),
    counties: ids(grants, 'county'),
    groups: ids(grants, 'group'),
  };
}

/** Whether the holder speaks for this party. */
export function actsFor(h: Holder, p: Party): boolean {
  const a = actingOf(h);
  switch (p.kind) {
    case 'office':
      return a.office;
    case 'unit':
      return a.units.includes(p.id);
    case 'county':
      return a.counties.includes(p.code);
    case 'group':
      return a.groups.includes(p.code);
    default: {
      const never: never = p;
      return never;
    }
  }
}

/** Whether the holder speaks for one of these parties. */
export const actsForAny = (h: Holder, parties: readonly Party[]): boolean => parties.some((p) => actsFor(h, p));

/** The sides the holder reports for: east as the district office or a unit, west as a county. */
export function sidesOf(h: Holder): Side[] {
  const a = actingOf(h);
  const sides: Side[] = [];
  if (a.office || a.units.length) sides.push('east');
  if (a.counties.length) sides.push('west');
  return sides;
}
