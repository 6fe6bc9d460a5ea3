import {
  actingOf,
  actsFor,
  actsForAny,
  canTransition,
  confirmingSide,
  EDITABLE_STATUSES,
  recordType,
  recordTypesOfGroups,
  reportingSide,
  scopeOf,
  periodKeys,
  type RecordAction,
  type RecordStatus,
  type RecordSummaryDto,
  type Holder,
  type Scope,
  type SideFacts,
} from '@xiezuo/domain';
import type { Actor } from '../../http/context';
import type { RecordRow } from './records.repository';
import type { SideScope } from './records.repository';

/** A staff user as the side rules read one: who, and their grants (a caller, or someone a message is for). */
export type Member = Holder & { userId: string };

export type RecordFacts = SideFacts & { typeCode: string; createdBy: string | null; status: RecordStatus };

/** What part of the ledger an actor may read: the district, or the records of their units, counties and groups' types. */
export const recordScope = (actor: Actor): Scope => scopeOf(actor);

export function canSeeRecord(actor: Actor, r: RecordFacts): boolean {
  const s = scopeOf(actor);
  if (s.kind === 'district') return true;
  return (
    (r.eastUnitId !== null && s.units.includes(r.eastUnitId)) ||
    (r.countyCode !== null && s.counties.includes(r.countyCode)) ||
    recordTypesOfGroups(s.groups).includes(r.typeCode)
  );
}

/** The reporting side: the east unit's reporter (or the district office) for east-reported types; the county for west-reported ones. */
export const isReporter = (actor: Holder, r: SideFacts): boolean => actsForAny(actor, reportingSide(r));

/** The confirming side is the other side, and never the person who entered the record. */
export const isConfirmer = (actor: Member, r: RecordFacts): boolean =>
  r.createdBy !== actor.userId && actsForAny(actor, confirmingSide(r));

/** The working group that owns the record's type reviews it, unless its lead entered it. */
export function isGroupReviewer(actor: Member, r: RecordFacts): boolean {
  const group = recordType(r.typeCode)?.group;
  return group !== undefined && actsFor(actor, { kind: 'group', code: group }) && r.createdBy !== actor.userId;
}

/** Whether the actor may take a workflow action on the record now. */
export function mayAct(actor: Actor, r: RecordFacts, action: RecordAction, periodClosed: boolean): boolean {
  if (!canTransition(action, r.status)) return false;
  switch (action) {
    case 'submit':
    case 'withdraw':
      return isReporter(actor, r) && !(periodClosed && action === 'withdraw');
    case 'review':
    case 'return':
      return isGroupReviewer(actor, r);
    case 'confirm':
    case 'dispute':
      return isConfirmer(actor, r);
    default: {
      const never: never = action;
      return never;
    }
  }
}

export function abilities(actor: Actor, r: RecordFacts, periodClosed: boolean) {
  const reporter = isReporter(actor, r);
  return {
    edit: reporter && EDITABLE_STATUSES.includes(r.status) && !periodClosed,
    submit: mayAct(actor, r, 'submit', periodClosed),
    review: mayAct(actor, r, 'review', periodClosed),
    return: mayAct(actor, r, 'return', periodClosed),
    withdraw: mayAct(actor, r, 'withdraw', periodClosed),
    confirm: mayAct(actor, r, 'confirm', periodClosed),
    dispute: mayAct(actor, r, 'dispute', periodClosed),
    requestUnlock: reporter && (periodClosed || r.status === 'confirmed'),
  };
}

/** The facts of a stored record the rules above read. */
export const factsOf = (r: RecordRow): RecordFacts => ({
  typeCode: r.typeCode,
  reporterSide: r.reporterSide,
  eastUnitId: r.eastUnitId,
  countyCode: r.countyCode,
  createdBy: r.createdBy,
  status: r.status as RecordStatus,
});

export function isPeriodClosed(occurredOn: string, closed: Set<string>): boolean {
  if (!closed.size) return false;
  const k = periodKeys(occurredOn);
  return closed.has(k.month) || closed.has(k.quarter) || closed.has(k.year);
}

/** A produced record is changed only by its module: nobody may act on it in the ledger. */
const NO_HAND_ACTIONS: RecordSummaryDto['abilities'] = {
  edit: false,
  submit: false,
  review: false,
  return: false,
  withdraw: false,
  confirm: false,
  dispute: false,
  requestUnlock: false,
};

/** What the actor may do with a record now; a record a module produced is changed by that module only. */
export const recordAbilities = (actor: Actor, r: RecordRow, periodClosed: boolean): RecordSummaryDto['abilities'] =>
  r.sourceType && r.sourceId ? NO_HAND_ACTIONS : abilities(actor, factsOf(r), periodClosed);
/**
 * Where a caller stands on the other sides of records, as values a query can use: the counties whose east-reported
 * records they confirm, the units whose west-reported records they confirm, whether they confirm district-level
 * records (the office), the types their groups review, and what they report for. The SQL form of isConfirmer,
 * isGroupReviewer and isReporter ("awaiting me"); workbench.test checks the two agree for every demo role.
 */
export function sideScope(actor: Member): SideScope {
  const a = actingOf(actor);
  return {
    userId: actor.userId,
    confirmCounties: a.counties,
    confirmUnits: a.units,
    confirmDistrict: a.office,
    reviewTypes: recordTypesOfGroups(a.groups),
    reportUnits: a.units,
    reportAllEast: a.office,
    reportCounties: a.counties,
  };
}
