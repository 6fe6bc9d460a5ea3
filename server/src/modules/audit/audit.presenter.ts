import type { AuditEntryDto } from '@xiezuo/domain';
import type { AuditRow } from './audit.repository';

/** One audit row as the log's page shows it. */
export function presentAuditEntry(r: AuditRow, names: ReadonlyMap<string, string> = new Map()): AuditEntryDto {
  return {
    id: r.id,
    at: r.at.toISOString(),
    username: r.username,
    ip: r.ip,
    action: r.action,
    objectType: r.objectType,
    objectId: r.objectId,
    objectName: r.objectId ? (names.get(r.objectId) ?? null) : null,
    outcome: r.outcome,
    requestId: r.requestId,
    details: r.details ?? null,
    hash: r.hash,
  };
}
