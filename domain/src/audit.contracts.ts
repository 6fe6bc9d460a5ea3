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

/** Whether the hash chain holds, and where it breaks first. */
export const auditVerifyDto = z.object({
  ok: z.boolean(),
  rows: z.number().int(),
  brokenId: z.number().int().optional(),
  reason: z.string().optional(),
});
export type AuditVerifyDto = z.infer<typeof auditVerifyDto>;
