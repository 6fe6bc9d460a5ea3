import { scopeOf, type ReportScope } from '@xiezuo/domain';
import type { Actor } from '../../http/context';

/**
 * Whether an actor may have a report of this scope written. The district office, leaders and auditors any scope;
 * a county officer only their own county, a working-group lead only their group, a unit reporter only their unit.
 * Anything else is refused (403), never silently narrowed: a county officer asking for the district report gets 403.
 */
export function canRequestScope(actor: Actor, scope: ReportScope): boolean {
  const s = scopeOf(actor);
  if (s.kind === 'district') return true;
  if (scope.kind === 'county') return s.counties.includes(scope.county);
  if (scope.kind === 'group') return s.groups.includes(scope.group);
  if (scope.kind === 'unit') return s.units.includes(scope.unit);
  return false;
}

/** Who may edit the tenant's report templates: the district office (org.manage). */
export const canEditTemplates = (actor: Actor) => actor.abilities.includes('org.manage');
