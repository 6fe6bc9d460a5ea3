import type { Actor, AppContext } from '../../http/context';
import { recordScope } from './records.policy';
import * as repo from './records.repository';

/**
 * Whether a person is within the caller's part of the ledger: the whole district, a person of one of the caller's
 * counties, or a person on a record the caller may see. Outside it, the person lookup only verifies.
 */
export async function isPersonInScope(
  ctx: AppContext,
  actor: Actor,
  person: { id: string; countyCode: string | null },
): Promise<boolean> {
  const scope = recordScope(actor);
  if (scope.kind === 'district') return true;
  if (person.countyCode !== null && scope.counties.includes(person.countyCode)) return true;
  return repo.hasPersonInScope(ctx.db, actor.tenantId, scope, person.id);
}
