import { describe, expect, it } from 'vitest';
import { submissionKey, uuidV4 } from './idempotency';

describe('Idempotency-Key per submission', () => {
  it('reuses the key for the same content and makes a new one when it changed', () => {
    let n = 0;
    const next = () => `key-${++n}`;
    const first = submissionKey(null, { a: 1 }, next);
    expect(first.key).toBe('key-1');
    expect(submissionKey(first, { a: 1 }, next).key).toBe('key-1');
    expect(submissionKey(first, { a: 2 }, next).key).toBe('key-2');
  });
  it('makes RFC 4122 version-4 UUIDs', () => {
    const id = uuidV4();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(uuidV4()).not.toBe(id);
    expect(uuidV4((b) => b.fill(255))).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
  });
});
