import { scopeOf, type RoleGrantDto } from '@xiezuo/domain';

export type ScopeOption = { value: string; label: string };

/** The report scopes a caller may ask for: the district for district-wide roles, else their county or group. */
export function scopeOptions(
  roles: readonly RoleGrantDto[],
  counties: { code: string; name: string }[],
  groups: { code: string; name: string }[],
  districtLabel: string,
): ScopeOption[] {
  const s = scopeOf({ roles });
  const wide = s.kind === 'district';
  return [
    ...(wide ? [{ value: 'district', label: districtLabel }] : []),
    ...counties
      .filter((c) => wide || s.counties.includes(c.code))
      .map((c) => ({ value: `county:${c.code}`, label: c.name })),
    ...groups
      .filter((g) => wide || s.groups.includes(g.code))
      .map((g) => ({ value: `group:${g.code}`, label: g.name })),
  ];
}

/** The download address of a report. */
export function reportUrl(kind: 'summary' | 'plan-vs-actual', year: number, scope: string, format: string): string {
  const q = new URLSearchParams({ year: String(year), scope, format });
  return `/api/reports/${kind}?${q.toString()}`;
}
