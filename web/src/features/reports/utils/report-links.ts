import { scopeOf, type RoleGrantDto } from '@xiezuo/domain';

export type ScopeOption = { value: string; label: string };
type Named = { code: string; name: string };

/** What the organisation offers to report on: counties and groups by code, member units by id. */
export type ScopeChoices = { counties: Named[]; groups: Named[]; units: { id: string; name: string; side?: string }[] };

/**
 * The report scopes a caller may ask for: the district, every county, group and (east) unit for district-wide roles;
 * else only their own counties, groups and units. Never an option the server would refuse.
 */
export function scopeOptions(roles: readonly RoleGrantDto[], o: ScopeChoices, districtLabel: string): ScopeOption[] {
  const s = scopeOf({ roles });
  const wide = s.kind === 'district';
  const units = o.units.filter((u) => (wide ? u.side !== 'west' : s.units.includes(u.id)));
  // a unit the organisation list does not carry (another year's) still has its grant's name
  const granted = wide
    ? []
    : roles
        .filter((g) => g.scopeType === 'unit' && g.scopeId && !units.some((u) => u.id === g.scopeId))
        .map((g) => ({ id: g.scopeId!, name: g.scopeName ?? g.scopeId! }));
  return [
    ...(wide ? [{ value: 'district', label: districtLabel }] : []),
    ...o.counties
      .filter((c) => wide || s.counties.includes(c.code))
      .map((c) => ({ value: `county:${c.code}`, label: c.name })),
    ...o.groups
      .filter((g) => wide || s.groups.includes(g.code))
      .map((g) => ({ value: `group:${g.code}`, label: g.name })),
    ...[...units, ...granted].map((u) => ({ value: `unit:${u.id}`, label: u.name })),
  ];
}

/** The scope to show: the one in the address if the caller may have it, else their first. */
export function chosenScope(options: ScopeOption[], asked: string | null): string | null {
  return options.find((o) => o.value === asked)?.value ?? options[0]?.value ?? null;
}

/** The download address of a report. */
export function reportUrl(kind: 'summary' | 'plan-vs-actual', year: number, scope: string, format: string): string {
  const q = new URLSearchParams({ year: String(year), scope, format });
  return `/api/reports/${kind}?${q.toString()}`;
}
