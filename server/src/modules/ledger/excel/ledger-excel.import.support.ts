import { expect } from 'vitest';
import type { TestClient } from '../../../../test/harness';

// What the ledger import's test files share: an upload as a browser form sends it, and waiting for the batch's end.

/** POSTs a file as multipart field "file" the way a browser form would. */
export const upload = (c: TestClient, content: Buffer, type: string, filename = 'ledger.xlsx', duplicates?: 'accept') =>
  c.upload(`/api/imports?type=${type}${duplicates ? `&duplicates=${duplicates}` : ''}`, { filename, content });
/** Polls the batch until it is no longer running. */
export async function finished(c: TestClient, id: string) {
  for (;;) {
    const res = await c.get(`/api/imports/${id}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    if (res.body.status !== 'running') return res.body;
    await new Promise((r) => setTimeout(r, 50));
  }
}
