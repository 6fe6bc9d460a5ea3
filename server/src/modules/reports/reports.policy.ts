import type { ReportScope } from '@xiezuo/domain';
import type { Actor } from '../../http/context';

const WIDE = ['office_admin', 'leader', 'auditor'];

/**
 * Whether an actor may have a report of this scope written. The district office, leaders and auditors any scope;
 * a county officer only their own county, a working-group lead only their group. Anything else is refused (403),
 * never silently narrowed: a county officer asking for the district report gets 403, not their county's.
 */
export function canRequestScope(actor: Actor, scope: ReportScope): boolean {
  return actor.roles.some((r) => {
    if (WIDE.includes(r.role)) return true;
    if (r.role === 'county_officer') return scope.kind === 'county' && scope.county === r.scopeId;
    if (r.role === 'group_lead') return scope.kind === 'group' && scope.group === r.scopeId;
    return false;
  });
}

/** Who may edit the tenant's report templates: the district office (org.manage). */
export const canEditTemplates = (actor: Actor) => actor.abilities.includes('org.manage');
