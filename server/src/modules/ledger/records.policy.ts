import {
  canTransition,
  EDITABLE_STATUSES,
  recordType,
  RECORD_TYPES,
  type RecordAction,
  type RecordStatus,
} from '@xiezuo/domain';
import type { Actor } from '../../http/context';

/** The part of a caller the side rules read: who, and their grants (a staff user found for a message too). */
type Member = Pick<Actor, 'userId' | 'roles'>;

export type RecordFacts = {
  typeCode: string;
  reporterSide: 'east' | 'west';
  eastUnitId: string | null;
  countyCode: string | null;
  createdBy: string | null;
  status: RecordStatus;
};

const scopes = (actor: Pick<Actor, 'roles'>, role: string) =>
  actor.roles.filter((r) => r.role === role).map((r) => r.scopeId!);
const isTenantWide = (actor: Actor) => actor.roles.some((r) => ['office_admin', 'leader', 'auditor'].includes(r.role));

/** What part of the ledger an actor may read: all of the tenant, or records of their units, counties and groups' types. */
export type RecordScope = { kind: 'all' } | { kind: 'some'; units: string[]; counties: string[]; types: string[] };

export function recordScope(actor: Actor): RecordScope {
  if (isTenantWide(actor)) return { kind: 'all' };
  const groups = scopes(actor, 'group_lead');
  return {
    kind: 'some',
    units: scopes(actor, 'unit_reporter'),
    counties: scopes(actor, 'county_officer'),
    types: RECORD_TYPES.filter((t) => groups.includes(t.group)).map((t) => t.code),
  };
}

export function canSeeRecord(actor: Actor, r: RecordFacts): boolean {
  const s = recordScope(actor);
  if (s.kind === 'all') return true;
  return (
    (r.eastUnitId !== null && s.units.includes(r.eastUnitId)) ||
    (r.countyCode !== null && s.counties.includes(r.countyCode)) ||
    s.types.includes(r.typeCode)
  );
}

/** The reporting side: the east unit's reporter (or the district office) for east-reported types; the county for west-reported ones. */
export function isReporter(
  actor: Pick<Actor, 'roles'>,
  r: Pick<RecordFacts, 'reporterSide' | 'eastUnitId' | 'countyCode'>,
): boolean {
  if (r.reporterSide === 'east')
    return actor.roles.some(
      (g) => g.role === 'office_admin' || (g.role === 'unit_reporter' && g.scopeId === r.eastUnitId),
    );
  return actor.roles.some((g) => g.role === 'county_officer' && g.scopeId === r.countyCode);
}

/** The confirming side is the other side, and never the person who entered the record. */
export function isConfirmer(actor: Member, r: RecordFacts): boolean {
  if (r.createdBy === actor.userId) return false;
  // district-level records (no county) are confirmed by the district office for the other side
  if (r.reporterSide === 'east' && r.countyCode === null) return actor.roles.some((g) => g.role === 'office_admin');
  if (r.reporterSide === 'east')
    return actor.roles.some((g) => g.role === 'county_officer' && g.scopeId === r.countyCode);
  return actor.roles.some((g) => g.role === 'unit_reporter' && g.scopeId === r.eastUnitId);
}

export function isGroupReviewer(actor: Member, r: RecordFacts): boolean {
  const group = recordType(r.typeCode)?.group;
  return actor.roles.some((g) => g.role === 'group_lead' && g.scopeId === group) && r.createdBy !== actor.userId;
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

/**
 * Where a caller stands on the other sides of records, as values a query can use: the counties whose east-reported
 * records they confirm, the units whose west-reported records they confirm, whether they confirm district-level
 * records (the office), the types their groups review, and the sides and scopes they report for. The SQL form of
 * isConfirmer, isGroupReviewer and isReporter ("awaiting me"); records.test checks the two agree.
 */
export type SideScope = {
  userId: string;
  confirmCounties: string[];
  confirmUnits: string[];
  confirmDistrict: boolean;
  reviewTypes: string[];
  reportUnits: string[];
  reportAllEast: boolean;
  reportCounties: string[];
};

export function sideScope(actor: Pick<Actor, 'userId' | 'roles'>): SideScope {
  const office = actor.roles.some((g) => g.role === 'office_admin');
  const groups = scopes(actor, 'group_lead');
  return {
    userId: actor.userId,
    confirmCounties: scopes(actor, 'county_officer'),
    confirmUnits: scopes(actor, 'unit_reporter'),
    confirmDistrict: office,
    reviewTypes: RECORD_TYPES.filter((t) => groups.includes(t.group)).map((t) => t.code),
    reportUnits: scopes(actor, 'unit_reporter'),
    reportAllEast: office,
    reportCounties: scopes(actor, 'county_officer'),
  };
}
