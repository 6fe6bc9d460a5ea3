/** A save in flight or failed: its body and the Idempotency-Key it was sent with. */
export type PendingSubmission = { key: string; body: string };

/** A v4 UUID; crypto.randomUUID is missing on plain-http intranet hosts, getRandomValues is not. */
export function uuidV4(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  const b = random(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * The key for saving `body`: the same key while the same content is re-sent (a double click, a retry after a
 * network error), so the server makes one record; a new key once the content changed.
 */
export function submissionKey(
  prev: PendingSubmission | null,
  body: unknown,
  newKey: () => string = uuidV4,
): PendingSubmission {
  const text = JSON.stringify(body);
  return prev && prev.body === text ? prev : { key: newKey(), body: text };
}
