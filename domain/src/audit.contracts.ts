import { z } from 'zod';
import { pageQuery } from './page';

export const AUDIT_OUTCOMES = ['success', 'failure', 'denied'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** One row of the audit log as the auditors' page shows it. */
export const auditEntryDto = z.object({
  id: z.number().int(),
  at: z.string(),
  username: z.string().nullable(),
  ip: z.string().nullable(),
  action: z.string(),
  objectType: z.string().nullable(),
  objectId: z.string().nullable(),
  /** What a person calls the object (a user's name, a unit's name); null where the id is all there is. */
  objectName: z.string().nullable(),
  outcome: z.enum(AUDIT_OUTCOMES),
  requestId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()).nullable(),
  hash: z.string(),
});
export type AuditEntryDto = z.infer<typeof auditEntryDto>;

/** Searching the log: a time window, an action, an outcome, free text; newest first unless asked otherwise. */
export const auditQuery = pageQuery.extend({
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  action: z.string().max(64).optional(),
  outcome: z.enum(AUDIT_OUTCOMES).optional(),
  q: z.string().trim().max(100).optional(),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type AuditQuery = z.infer<typeof auditQuery>;

/** Why the verifier names a row (or, for anchor_invalid, a line of the anchor file). */
export const AUDIT_BREAK_REASONS = [
  'hash_mismatch',
  'link_mismatch',
  'unkeyed',
  'anchor_mismatch',
  'rows_missing',
  'anchor_invalid',
] as const;
export type AuditBreakReason = (typeof AUDIT_BREAK_REASONS)[number];

/** Whether the keyed hash chain and its anchor file hold: every break found (up to a limit), the first as brokenId. */
export const auditVerifyDto = z.object({
  ok: z.boolean(),
  rows: z.number().int(),
  breaks: z.array(
    z.object({ id: z.number().int(), reason: z.enum(AUDIT_BREAK_REASONS), detail: z.string().optional() }),
  ),
  more: z.number().int(),
  anchors: z.number().int(),
  brokenId: z.number().int().optional(),
  reason: z.enum(AUDIT_BREAK_REASONS).optional(),
});
export type AuditVerifyDto = z.infer<typeof auditVerifyDto>;
