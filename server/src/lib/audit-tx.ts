/**
 * The transaction-with-audit helpers every module uses: `withAudit` runs a change and its audit row in one
 * transaction, `appendAudit` adds a row inside a transaction already open. The audit module owns the chain itself.
 */
export { appendAudit, withAudit, type AuditEntry } from '../modules/audit/audit.service';
