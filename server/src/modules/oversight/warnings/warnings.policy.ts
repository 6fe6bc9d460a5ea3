import { scopeOf, sliceOf } from '@xiezuo/domain';
import type { Actor } from '../../../http/context';
import { AppError } from '../../../http/app-error';

/** The slice a warning list covers after the caller's scope is applied to the query. */
export type WarningFilter = { counties: string[] | null; group: string | null; unitId: string | null };

/** Applies scope to the query: a filter outside the caller's scope is refused (403), a missing one is filled in. */
export function warningFilter(actor: Actor, q: { county?: string; group?: string; unit?: string }): WarningFilter {
  // the district, else county, then group, then unit scope, as in progress
  const s = sliceOf(scopeOf(actor));
  if (!s) throw new AppError('FORBIDDEN');
  const base = { counties: q.county ? [q.county] : null, group: q.group ?? null, unitId: q.unit ?? null };
  if (s.kind !== 'district' && q[s.kind] && !s.ids.includes(q[s.kind]!)) throw new AppError('FORBIDDEN');
  switch (s.kind) {
    case 'district':
      return base;
    case 'county':
      return { ...base, counties: q.county ? [q.county] : s.ids };
    case 'group':
      return { ...base, group: q.group ?? s.ids[0]! };
    case 'unit':
      return { ...base, unitId: q.unit ?? s.ids[0]! };
    default: {
      const never: never = s;
      return never;
    }
  }
}

export const canEditSettings = (actor: Actor) => actor.abilities.includes('org.manage');
