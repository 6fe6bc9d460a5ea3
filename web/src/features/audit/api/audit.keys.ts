import type { AuditApiQuery } from '../utils/audit-filters';

/** Query keys of the audit module. */
export const auditKeys = {
  all: ['audit'] as const,
  page: (q: AuditApiQuery) => ['audit', 'page', q] as const,
  actions: ['audit', 'actions'] as const,
  verify: ['audit', 'verify'] as const,
};
