import type { Role } from '@xiezuo/domain';
import type { ScopeKey } from './dashboard-params';

type Grant = { role: Role; scopeId: string | null };

const WIDE: readonly Role[] = ['office_admin', 'leader', 'auditor'];

/**
 * The filter the server pins for this caller (mirrors progress.service progressScope): district-wide roles see
 * everything; otherwise a county officer is held to their counties, a group lead to their groups, a reporter to
 * their units. The filter bar offers only these values so no choice ends in a 403.
 */
export function callerScope(roles: readonly Grant[]): { key: ScopeKey; ids: string[] } | null {
  if (roles.some((g) => WIDE.includes(g.role))) return null;
  const ids = (role: Role) => roles.filter((g) => g.role === role && g.scopeId).map((g) => g.scopeId!);
  const order: [Role, ScopeKey][] = [
    ['county_officer', 'county'],
    ['group_lead', 'group'],
    ['unit_reporter', 'unit'],
  ];
  for (const [role, key] of order) {
    const list = ids(role);
    if (list.length) return { key, ids: list };
  }
  return null;
}
