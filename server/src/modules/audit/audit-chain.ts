import crypto from 'node:crypto';
import { sm3Hex } from '../../security/hash';

export const GENESIS_HASH = '0'.repeat(64);

export type ChainFields = {
  id: number;
  at: Date;
  tenantId: string | null;
  userId: string | null;
  username: string | null;
  ip: string | null;
  action: string;
  objectType: string | null;
  objectId: string | null;
  outcome: string;
  requestId: string | null;
  details: Record<string, unknown> | null;
  prevHash: string;
};

/** JSON with object keys sorted at every level, so jsonb's reordering does not change the hash. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

const fieldsJson = (f: ChainFields) =>
  canonicalJson([
    f.id,
    f.at.toISOString(),
    f.tenantId,
    f.userId,
    f.username,
    f.ip,
    f.action,
    f.objectType,
    f.objectId,
    f.outcome,
    f.requestId,
    f.details,
    f.prevHash,
  ]);

/**
 * The row's link: over its fields in a fixed order and the previous row's hash, HMAC-SM3 under the chain key (kept
 * outside the database, so recomputing the chain after changing a row needs it), or plain SM3 for rows written
 * before the chain was keyed (`key` null).
 */
export function chainHash(f: ChainFields, key: Buffer | null): string {
  const text = fieldsJson(f);
  return key ? crypto.createHmac('sm3', key).update(text).digest('hex') : sm3Hex(text);
}

let chainKey: Buffer | null = null;

/** Sets the process's chain key (derived from the data key: DataKeys.audit); done where the keys are loaded. */
export function useChainKey(key: Buffer): void {
  chainKey = key;
}

/** The chain key; appending without one fails, so no unkeyed row is written by mistake. */
export function currentChainKey(): Buffer {
  if (!chainKey) throw new Error('the audit chain key was not set (useChainKey)');
  return chainKey;
}
