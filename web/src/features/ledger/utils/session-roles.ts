import {
  actingGrants,
  actingOf,
  RECORD_TYPES,
  sidesOf,
  type Grant as ScopeGrant,
  type RecordTypeDecl,
  type Side,
} from '@xiezuo/domain';

/** The part of a role grant these rules read (the session's `roles`). */
export type Grant = ScopeGrant & { scopeName?: string | null };

const named = (grants: readonly Grant[]) => grants.map((g) => ({ id: g.scopeId!, name: g.scopeName ?? g.scopeId! }));

/** Sides the caller reports for (domain scope `sidesOf`, as records.policy isReporter): east for the office and units, west for counties. */
export const reportingSides = (roles: readonly Grant[]): Side[] => sidesOf({ roles });

/** Record types the caller may enter. */
export function creatableTypes(roles: readonly Grant[]): RecordTypeDecl[] {
  const sides = reportingSides(roles);
  return RECORD_TYPES.filter((t) => sides.includes(t.reportedBy));
}

/** The units and counties the caller acts for (unit reporter, county officer), with names. */
export const ownUnits = (roles: readonly Grant[]) => named(actingGrants({ roles }, 'unit'));
export const ownCounties = (roles: readonly Grant[]) => named(actingGrants({ roles }, 'county'));

/**
 * Who fills in the east unit and county of a new record: a unit reporter's own unit is preset (and fixed when
 * they report for one unit only, unless they are also the office); a county officer's county likewise.
 */
export function presets(
  roles: readonly Grant[],
  decl: RecordTypeDecl,
): { eastUnitId: string | null; lockUnit: boolean; countyCode: string | null; lockCounty: boolean } {
  const isOffice = actingOf({ roles }).office;
  const units = ownUnits(roles);
  const counties = ownCounties(roles);
  const east = decl.reportedBy === 'east';
  return {
    eastUnitId: east && units.length ? units[0]!.id : null,
    lockUnit: east && !isOffice && units.length === 1,
    countyCode: !east && counties.length ? counties[0]!.id : null,
    lockCounty: !east && counties.length === 1,
  };
}

/** Whether to offer "show the full ID number": the server allows the office and county officers (their county's people). */
export function mayTryReveal(roles: readonly Grant[]): boolean {
  const a = actingOf({ roles });
  return a.office || a.counties.length > 0;
}
