import { actingOf, actsFor, scopeOf, type FundsScope } from '@xiezuo/domain';
import type { Actor } from '../../http/context';

/**
 * Who sees and does what in funds and projects. The funds working group (资金支持专项工作组) owns the project library
 * and approves; the counties propose and carry projects out; the district office sees everything and records
 * payments; the auditor reads everything and writes findings only. Maker and checker are always different users.
 */
export const FUNDS_GROUP = 'funds';

const actsForOffice = (actor: Actor) => actsFor(actor, { kind: 'office' });
const actsForFundsGroup = (actor: Actor) => actsFor(actor, { kind: 'group', code: FUNDS_GROUP });
const countiesOf = (actor: Actor) => actingOf(actor).counties;

// the scope's type lives in the domain so the repositories can filter by it without importing this policy
export type { FundsScope };

export function fundsScope(actor: Actor): FundsScope {
  const s = scopeOf(actor);
  if (s.kind === 'district' || s.groups.includes(FUNDS_GROUP)) return { kind: 'all' };
  return { kind: 'counties', counties: s.counties };
}

export const seesCounty = (actor: Actor, county: string) => {
  const s = fundsScope(actor);
  return s.kind === 'all' || s.counties.includes(county);
};

/** The proposing side of a county's projects: its county officer, or the district office on its behalf. */
export const isProposer = (actor: Actor, county: string) => actsForOffice(actor) || countiesOf(actor).includes(county);

/** The county carrying a project out: starts it, accepts completion, hands assets over, records receipts and spending. */
export const isCountySide = (actor: Actor, county: string) => countiesOf(actor).includes(county);

/** The approver: the funds working group (approves projects, adjustments and payments; evaluates). */
export const isApprover = (actor: Actor) => actsForFundsGroup(actor);

/** The east side recording payments: the district office or the funds working group. */
export const isPayer = (actor: Actor) => actsForOffice(actor) || actsForFundsGroup(actor);

/** The checker confirming a payment: the funds working group or the district office, never the maker. */
export const isPaymentChecker = (actor: Actor, makerId: string | null) =>
  (actsForFundsGroup(actor) || actsForOffice(actor)) && makerId !== actor.userId;

/** The auditor (or the joint audit team with the funds group) raises findings and decides on rectification. */
export const isAuditor = (actor: Actor) => actor.abilities.includes('findings.write') || actsForFundsGroup(actor);

/** Who answers a finding: the county for its projects' findings, the east payers for a payment's. */
export const isFindingResponsible = (actor: Actor, f: { countyCode: string; paymentId: string | null }) =>
  f.paymentId ? isPayer(actor) : isCountySide(actor, f.countyCode);

/** The settings (matching tolerance, days allowed) are the funds group's and the office's. */
export const mayEditSettings = (actor: Actor) => actsForOffice(actor) || actsForFundsGroup(actor);
