import type { Db, DbOrTx } from '../../db/client';
import type { Actor, RequestMeta } from '../../http/context';
import { chainHash, currentChainKey, GENESIS_HASH } from './audit-chain';

export { verifyChain, type ChainVerdict } from './audit-verify';
import * as repo from './audit.repository';

export type AuditEntry = {
  action: string;
  outcome: 'success' | 'failure' | 'denied';
  objectType?: string;
  objectId?: string;
  details?: Record<string, unknown>;
  /** Overrides for events without a signed-in actor (e.g. a failed sign-in). */
  tenantId?: string | null;
  userId?: string | null;
  username?: string | null;
};

/**
 * Appends one row to the hash chain inside the caller's transaction: if this insert fails, the change
 * it records fails with it.
 */
export async function appendAudit(
  tx: DbOrTx,
  actor: Actor | null,
  meta: RequestMeta | null,
  e: AuditEntry,
): Promise<void> {
  await repo.lockChain(tx);
  const last = await repo.findLastLink(tx);
  const id = await repo.nextId(tx);
  const fields = {
    id,
    at: new Date(),
    tenantId: e.tenantId !== undefined ? e.tenantId : (actor?.tenantId ?? null),
    userId: e.userId !== undefined ? e.userId : (actor?.userId ?? null),
    username: e.username !== undefined ? e.username : (actor?.username ?? null),
    ip: meta?.ip ?? null,
    action: e.action,
    objectType: e.objectType ?? null,
    objectId: e.objectId ?? null,
    outcome: e.outcome,
    requestId: meta?.requestId ?? null,
    details: e.details ?? null,
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  await repo.insertRow(tx, { ...fields, hash: chainHash(fields, currentChainKey()), keyed: true });
}

/** Runs `fn` and its audit row in one transaction. */
export async function withAudit<T>(
  db: Db,
  actor: Actor | null,
  meta: RequestMeta | null,
  fn: (tx: DbOrTx) => Promise<{ result: T; audit: AuditEntry }>,
): Promise<T> {
  return db.transaction(async (tx) => {
    const { result, audit } = await fn(tx);
    await appendAudit(tx, actor, meta, audit);
    return result;
  });
}
