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

/** SM3 over the row's fields in a fixed order, chained to the previous row's hash. */
export function chainHash(f: ChainFields): string {
  return sm3Hex(
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
    ]),
  );
}
