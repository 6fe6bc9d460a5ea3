/**
 * A small in-process cache of public answers: a burst of the same page costs one query a few seconds. Any change on
 * the platform in this process empties it at once; another process sees the change within the TTL.
 */
const TTL_MS = 15_000;
const MAX_ENTRIES = 1_000;
const entries = new Map<string, { at: number; value: unknown }>();

/** The cached answer for `key`, or `load()`'s, kept for TTL_MS. */
export async function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
  const hit = entries.get(key);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.value as T;
  const value = await load();
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  entries.set(key, { at: Date.now(), value });
  return value;
}

/** Empties the cache (after any change to needs, claims, receipts, batches or deliveries). */
export function invalidatePublic() {
  entries.clear();
}

export const PUBLIC_MAX_AGE_SECONDS = TTL_MS / 1000;
