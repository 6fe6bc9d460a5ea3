import {
  actsFor,
  actsForAny,
  canTransition,
  confirmingSide,
  EDITABLE_STATUSES,
  recordType,
  recordTypesOfGroups,
  reportingSide,
  scopeOf,
  type RecordAction,
  type RecordStatus,
  type Scope,
  type SideFacts,
} from '@xiezuo/domain';
import type { Actor } from '../../http/context';

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
export const isReporter = (actor: Actor, r: SideFacts): boolean => actsForAny(actor, reportingSide(r));

/** The confirming side is the other side, and never the person who entered the record. */
export const isConfirmer = (actor: Actor, r: RecordFacts): boolean =>
  r.createdBy !== actor.userId && actsForAny(actor, confirmingSide(r));

/** The working group that owns the record's type reviews it, unless its lead entered it. */
export function isGroupReviewer(actor: Actor, r: RecordFacts): boolean {
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
