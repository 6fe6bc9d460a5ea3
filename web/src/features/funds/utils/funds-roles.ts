import { actingOf } from '@xiezuo/domain';
import type { Grant } from '../../ledger/utils/session-roles';

/**
 * What the screens offer, read from the session as funds.policy reads it on the server (which decides anyway):
 * counties (or the office for them) propose and record receipts, the office and the funds group pay, the auditor
 * (or the funds group) raises findings.
 */
export const FUNDS_GROUP = 'funds';

export function fundsRoles(roles: readonly Grant[], abilities: readonly string[]) {
  const a = actingOf({ roles });
  const fundsGroup = a.groups.includes(FUNDS_GROUP);
  return {
    counties: a.counties,
    proposes: a.office || a.counties.length > 0,
    pays: a.office || fundsGroup,
    receives: a.counties.length > 0,
    audits: abilities.includes('findings.write') || fundsGroup,
  };
}
