import {
  actingOf,
  HEALTH_GROUP,
  scopeOf,
  TELEMED_TRANSITIONS,
  type TelemedAction,
  type TelemedStatus,
} from '@xiezuo/domain';
import type { Actor } from '../../http/context';

export type TelemedFacts = {
  status: TelemedStatus;
  countyCode: string;
  westUnitId: string;
  eastUnitId: string;
  expertUserId: string | null;
};

/** Who sees a request: the district's roles, both hospitals, the county, and the health working group. */
export function canSeeRequest(actor: Actor, r: Pick<TelemedFacts, 'countyCode' | 'westUnitId' | 'eastUnitId'>) {
  const s = scopeOf(actor);
  if (s.kind === 'district') return true;
  return (
    s.units.includes(r.westUnitId) ||
    s.units.includes(r.eastUnitId) ||
    s.counties.includes(r.countyCode) ||
    s.groups.includes(HEALTH_GROUP)
  );
}

/** Who opens a request for a county hospital: its own doctors, or the office on its behalf. */
export function canRequestFor(actor: Actor, westUnitId: string): boolean {
  const a = actingOf(actor);
  return a.office || a.units.includes(westUnitId);
}

/**
 * Who may take each step: the paired (east) hospital's coordinator assigns and may schedule; only the assigned expert
 * answers; the requesting hospital closes with feedback or cancels. The office may act for either side, except that
 * the opinion is the expert's own.
 */
export function mayAct(actor: Actor, r: TelemedFacts, action: TelemedAction): boolean {
  if (!TELEMED_TRANSITIONS[action].from.includes(r.status)) return false;
  const a = actingOf(actor);
  const east = a.units.includes(r.eastUnitId);
  const west = a.units.includes(r.westUnitId);
  const expert = r.expertUserId !== null && r.expertUserId === actor.userId;
  switch (action) {
    case 'assign':
      return a.office || east;
    case 'schedule':
      return a.office || east || expert;
    case 'answer':
      return expert;
    case 'close':
    case 'cancel':
      return a.office || west;
  }
}

/** Attachments come from the requesting hospital while the request is open. */
export function mayAttach(actor: Actor, r: TelemedFacts): boolean {
  if (r.status === 'closed' || r.status === 'cancelled') return false;
  const a = actingOf(actor);
  return a.office || a.units.includes(r.westUnitId) || a.units.includes(r.eastUnitId);
}
