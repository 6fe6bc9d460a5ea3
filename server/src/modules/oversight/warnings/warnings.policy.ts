import type { Actor } from '../../../http/context';
import { AppError } from '../../../http/app-error';

/** Whose oversight data an actor sees: the district, some counties, some working groups or some units. */
export type OversightScope =
  | { kind: 'all' }
  | { kind: 'counties'; codes: string[] }
  | { kind: 'groups'; codes: string[] }
  | { kind: 'units'; ids: string[] };

const scoped = (actor: Actor, role: string) =>
  actor.roles.filter((r) => r.role === role && r.scopeId).map((r) => r.scopeId!);

/** Office, leaders and auditors see the district; otherwise county, then group, then unit scope, as in progress. */
export function oversightScope(actor: Actor): OversightScope {
  if (actor.roles.some((r) => ['office_admin', 'leader', 'auditor'].includes(r.role))) return { kind: 'all' };
  const counties = scoped(actor, 'county_officer');
  if (counties.length) return { kind: 'counties', codes: counties };
  const groups = scoped(actor, 'group_lead');
  if (groups.length) return { kind: 'groups', codes: groups };
  return { kind: 'units', ids: scoped(actor, 'unit_reporter') };
}

/** The slice a warning list covers after the caller's scope is applied to the query. */
export type WarningFilter = { counties: string[] | null; group: string | null; unitId: string | null };

/** Applies scope to the query: a filter outside the caller's scope is refused (403), a missing one is filled in. */
export function warningFilter(actor: Actor, q: { county?: string; group?: string; unit?: string }): WarningFilter {
  const s = oversightScope(actor);
  const base = { counties: q.county ? [q.county] : null, group: q.group ?? null, unitId: q.unit ?? null };
  switch (s.kind) {
    case 'all':
      return base;
    case 'counties':
      if (q.county && !s.codes.includes(q.county)) throw new AppError('FORBIDDEN');
      return { ...base, counties: q.county ? [q.county] : s.codes };
    case 'groups':
      if (q.group && !s.codes.includes(q.group)) throw new AppError('FORBIDDEN');
      return { ...base, group: q.group ?? s.codes[0]! };
    case 'units':
      if (!s.ids.length || (q.unit && !s.ids.includes(q.unit))) throw new AppError('FORBIDDEN');
      return { ...base, unitId: q.unit ?? s.ids[0]! };
    default: {
      const never: never = s;
      return never;
    }
  }
}

export const canEditSettings = (actor: Actor) => actor.abilities.includes('org.manage');
