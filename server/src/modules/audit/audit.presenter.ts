import type { AuditEntryDto } from '@xiezuo/domain';
import type { AuditRow } from './audit.repository';

/** One audit row as the log's page shows it. */
export function presentAuditEntry(r: AuditRow): AuditEntryDto {
  return {
    id: r.id,
    at: r.at.toISOString(),
    username: r.username,
    ip: r.ip,
    action: r.action,
    objectType: r.objectType,
    objectId: r.objectId,
    outcome: r.outcome,
    requestId: r.requestId,
    details: r.details ?? null,
    hash: r.hash,
  };
}
