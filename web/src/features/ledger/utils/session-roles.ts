import { RECORD_TYPES, type RecordTypeDecl, type Role, type Side } from '@xiezuo/domain';

/** The part of a role grant these rules read (the session's `roles`). */
export type Grant = { role: Role; scopeId: string | null; scopeName?: string | null };

const scopes = (roles: readonly Grant[], role: Role) =>
  roles.filter((g) => g.role === role && g.scopeId).map((g) => ({ id: g.scopeId!, name: g.scopeName ?? g.scopeId! }));

/** Sides the caller reports for (mirrors records.policy isReporter): east for the office and unit reporters, west for county officers. */
export function reportingSides(roles: readonly Grant[]): Side[] {
  const sides: Side[] = [];
  if (roles.some((g) => g.role === 'office_admin' || g.role === 'unit_reporter')) sides.push('east');
  if (roles.some((g) => g.role === 'county_officer')) sides.push('west');
  return sides;
}

/** Record types the caller may enter. */
export function creatableTypes(roles: readonly Grant[]): RecordTypeDecl[] {
  const sides = reportingSides(roles);
  return RECORD_TYPES.filter((t) => sides.includes(t.reportedBy));
}

/** The caller's own units (unit reporter) and counties (county officer), with names. */
export const ownUnits = (roles: readonly Grant[]) => scopes(roles, 'unit_reporter');
export const ownCounties = (roles: readonly Grant[]) => scopes(roles, 'county_officer');

/**
 * Who fills in the east unit and county of a new record: a unit reporter's own unit is preset (and fixed when
 * they report for one unit only, unless they are also the office); a county officer's county likewise.
 */
export function presets(
  roles: readonly Grant[],
  decl: RecordTypeDecl,
): { eastUnitId: string | null; lockUnit: boolean; countyCode: string | null; lockCounty: boolean } {
  const isOffice = roles.some((g) => g.role === 'office_admin');
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
  return roles.some((g) => g.role === 'office_admin' || g.role === 'county_officer');
}
