import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, TestClient, type TestEnv } from '../../../test/harness';
import { decryptField } from '../../security/pii';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv({ PUBLIC_RATE_PER_MINUTE: '400' });
});
afterAll(() => env.close());

/**
 * The personal data the public page must never show: every beneficiary's name, ID number (and its last 8 digits) and
 * phone, decrypted from the database, and every individual donor's full name.
 */
async function secrets(): Promise<string[]> {
  const needs = await env.ctx.db.execute<{ n: string | null; i: string | null; p: string | null }>(
    sql`select beneficiary_name_enc as n, beneficiary_id_enc as i, beneficiary_phone_enc as p from charity_needs`,
  );
  const out: string[] = [];
  for (const r of needs.rows) for (const enc of [r.n, r.i, r.p]) if (enc) out.push(decryptField(env.ctx.keys, enc));
  for (const r of needs.rows) if (r.i) out.push(decryptField(env.ctx.keys, r.i).slice(-8));
  const donors = await env.ctx.db.execute<{ name: string }>(
    sql`select name from charity_donors where kind = 'individual'`,
  );
  return [...out, ...donors.rows.map((d) => d.name)];
}

function scan(label: string, body: unknown, banned: readonly string[]) {
  const text = JSON.stringify(body);
  for (const s of banned) expect(text.includes(s), `${label} holds ${s.slice(0, 1)}…`).toBe(false);
  const digits = text.replace(/[0-9a-f]{64}/g, '').replace(/[0-9a-f-]{36}/g, '');
  expect(digits, label).not.toMatch(/\d{11,}/);
}

describe('the public charity page: the seeded 2019 demo, without personal data', () => {
  it('scans every public answer (all needs pages, the summary, every verification page) for personal data', async () => {
    const banned = await secrets();
    expect(banned.length).toBeGreaterThan(200);
    const anon = new TestClient(env.app);
    const summary = await anon.get('/api/public/charity/summary');
    expect(summary.status).toBe(200);
    scan('summary', summary.body, banned);
    let seen = 0;
    for (let page = 1; ; page++) {
      const res = await anon.get(`/api/public/charity/needs?page=${page}&pageSize=50`);
      expect(res.status).toBe(200);
      scan(`needs page ${page}`, res.body, banned);
      seen += res.body.items.length;
      if (res.body.items.length < 50) break;
    }
    // 150 seeded needs, 21 of them draft or verified: only the 129 published and on are public
    expect(seen).toBe(129);
    const codes = await env.ctx.db.execute<{ code: string }>(
      sql`select verify_code as code from charity_receipts union all select verify_code from charity_transfers`,
    );
    for (const { code } of codes.rows) {
      const res = await anon.get(`/api/public/charity/verify/${code}`);
      expect(res.status).toBe(200);
      scan(`verify ${code}`, res.body, banned);
    }
  }, 120_000);

  it('adds up to the seeded figures: 500 万元 passed on and confirmed, the 2019 social.donations', async () => {
    const passed = await env.ctx.db.execute<{ s: string }>(
      sql`select sum(amount_fen) as s from charity_transfers where status = 'confirmed'`,
    );
    expect(Number(passed.rows[0]!.s)).toBe(500 * 1_000_000);
    const counted = await env.ctx.db.execute<{ s: string }>(
      sql`select sum(amount_fen) as s from records where type_code = 'donation' and year = 2019 and status = 'confirmed'`,
    );
    expect(Number(counted.rows[0]!.s)).toBe(500 * 1_000_000);
    const linked = await env.ctx.db.execute<{ n: number }>(
      sql`select count(*)::int as n from records where type_code = 'donation' and year = 2019 and source_type = 'charity_transfer_line'`,
    );
    expect(linked.rows[0]!.n).toBeGreaterThan(50);
    const donors = await env.ctx.db.execute<{ n: number }>(sql`select count(*)::int as n from charity_donors`);
    expect(donors.rows[0]!.n).toBe(40);
  });

  it('limits each client: past the per-minute limit the answer is 429 with a machine code', async () => {
    const anon = new TestClient(env.app);
    let limited: { status: number; body: { error?: { code: string } } } | undefined;
    for (let i = 0; i < 450 && !limited; i++) {
      const res = await anon.get('/api/public/charity/summary');
      if (res.status === 429) limited = res;
    }
    expect(limited?.body.error?.code).toBe('RATE_LIMITED');
  });
});
