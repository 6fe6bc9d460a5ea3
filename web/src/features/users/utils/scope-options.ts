import { ROLE_SCOPE, type OrgOverviewDto, type Role, type ScopeType } from '@xiezuo/domain';

export type ScopeOption = { value: string; label: string };

/** Scopes a role can be bound to: units by id, working groups by code, counties by code; none for tenant roles. */
export function scopeOptions(scope: ScopeType, org: OrgOverviewDto | undefined, exampleTag = '示例'): ScopeOption[] {
  if (!org) return [];
  switch (scope) {
    case 'tenant':
      return [];
    case 'unit':
      return org.units.map((u) => ({ value: u.id, label: u.isIllustrative ? `${u.name}（${exampleTag}）` : u.name }));
    case 'group':
      return org.workingGroups.map((g) => ({ value: g.code, label: g.name }));
    case 'county':
      return org.counties.map((c) => ({ value: c.code, label: c.name }));
    default: {
      const unreachable: never = scope;
      return unreachable;
    }
  }
}

/** Whether a role needs a scope to be chosen. */
export function needsScope(role: Role | undefined): boolean {
  return role !== undefined && ROLE_SCOPE[role] !== 'tenant';
}

export type RoleRow = { role?: Role; scopeId?: string | null };

/** The form rows as the API wants them: tenant roles carry no scope. */
export function toAssignments(rows: readonly RoleRow[]): { role: Role; scopeId: string | null }[] {
  return rows
    .filter((r): r is RoleRow & { role: Role } => r.role !== undefined)
    .map((r) => ({ role: r.role, scopeId: needsScope(r.role) ? (r.scopeId ?? null) : null }));
}

/** True when the same role with the same scope is listed twice. */
export function hasDuplicateRole(rows: readonly RoleRow[]): boolean {
  const seen = new Set<string>();
  for (const r of toAssignments(rows)) {
    const key = `${r.role}:${r.scopeId ?? ''}`;
    if (seen.has(key)) return true;
    seen.add(key);
  }
  return false;
}
