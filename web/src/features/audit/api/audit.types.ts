// The audit contract is still declared inside server/src/modules/audit/audit.routes.ts (not in @xiezuo/domain);
// these mirror it until it moves to domain/src/audit.contracts.ts, after which they should be imported from there.

export const AUDIT_OUTCOMES = ['success', 'failure', 'denied'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

export type AuditEntry = {
  id: number;
  at: string;
  username: string | null;
  ip: string | null;
  action: string;
  objectType: string | null;
  objectId: string | null;
  outcome: AuditOutcome;
  requestId: string | null;
  details: Record<string, unknown> | null;
  hash: string;
};

export type AuditPage = { items: AuditEntry[]; total: number; page: number; pageSize: number };

export type AuditBreakReason =
  'hash_mismatch' | 'link_mismatch' | 'unkeyed' | 'anchor_mismatch' | 'rows_missing' | 'anchor_invalid';
export type AuditVerifyResult = {
  ok: boolean;
  rows: number;
  breaks: { id: number; reason: AuditBreakReason; detail?: string }[];
  more: number;
  anchors: number;
  brokenId?: number;
  reason?: AuditBreakReason;
};
