import { scopeOf, sliceOf, type Grant } from '@xiezuo/domain';
import type { ScopeKey } from './dashboard-params';

/**
 * The filter the server pins for this caller (domain scope `sliceOf`, as progress.service progressScope applies it):
 * district-wide roles see everything; otherwise a county officer is held to their counties, a group lead to their
 * groups, a reporter to their units. The filter bar offers only these values so no choice ends in a 403.
 */
export function callerScope(roles: readonly Grant[]): { key: ScopeKey; ids: string[] } | null {
  const slice = sliceOf(scopeOf({ roles }));
  return slice && slice.kind !== 'district' ? { key: slice.kind, ids: slice.ids } : null;
}
