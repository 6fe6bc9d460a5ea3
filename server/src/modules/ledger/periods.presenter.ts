import type { PeriodRow, UnlockRow } from './periods.repository';

export function presentPeriod(p: Pick<PeriodRow, 'key' | 'kind' | 'status' | 'closedAt'>) {
  return { key: p.key, kind: p.kind, status: p.status, closedAt: p.closedAt?.toISOString() ?? null };
}

/** An unlock request with the requester's and the decider's names. */
export function presentUnlock(u: UnlockRow, names: Map<string, string>) {
  return {
    id: u.id,
    recordId: u.recordId,
    status: u.status,
    reason: u.reason,
    changes: u.changes,
    before: u.before ?? null,
    after: u.after ?? null,
    requestedBy: names.get(u.requestedBy) ?? '',
    decidedBy: u.decidedBy ? (names.get(u.decidedBy) ?? '') : null,
    decisionNote: u.decisionNote,
    createdAt: u.createdAt.toISOString(),
    decidedAt: u.decidedAt?.toISOString() ?? null,
  };
}
