import { sql } from 'drizzle-orm';
import { WAN } from '@xiezuo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, signedIn, type TestClient, type TestEnv } from '../../../test/harness';

let env: TestEnv;
let office: TestClient;
beforeAll(async () => {
  env = await createTestEnv();
  office = await signedIn(env.app, 'office');
});
afterAll(() => env.close());

const sumOf = (items: { amountFen: number }[]) => items.reduce((s, i) => s + i.amountFen, 0);

describe('consumption demo data: the speech’s figures from real rows', () => {
  it('2018: six enterprises, 81 certified products, 348 万元, every ledger line linked to its purchase', async () => {
    const all = (await office.get('/api/consumption/purchases?year=2018&pageSize=500')).body;
    expect(all.total).toBe(81);
    expect(sumOf(all.items)).toBe(348 * WAN);
    expect(new Set(all.items.map((p: { supplierId: string }) => p.supplierId)).size).toBe(6);
    expect(new Set(all.items.map((p: { productId: string }) => p.productId)).size).toBe(81);
    expect(all.items.every((p: { isCounted: boolean; recordId: string }) => p.isCounted && p.recordId)).toBe(true);
    const loose = await env.ctx.db.execute(
      sql`select count(*)::int as n from records where type_code = 'consumption_purchase' and source_id is null`,
    );
    expect(loose.rows[0]).toEqual({ n: 0 });
  });

  it('2019: 30 units pledge at least 5,000 万元; purchases through every channel; not-counted ones shown', async () => {
    const board = (await office.get('/api/consumption/pledges?year=2019')).body;
    expect(board.total).toBe(30);
    expect(board.pledgedFen).toBeGreaterThanOrEqual(5000 * WAN);
    expect(board).toMatchObject({ targetFen: 5000 * WAN, gapFen: 0 });
    const bought = board.items.filter((i: { boughtFen: number }) => i.boughtFen > 0);
    expect(bought.length).toBe(12);
    const all = (await office.get('/api/consumption/purchases?year=2019&pageSize=500')).body.items;
    const channels = new Set(all.map((p: { channel: string }) => p.channel));
    expect([...channels].sort()).toEqual(['counter', 'ecommerce_station', 'platform', 'sales_centre', 'unit']);
    const counted = all.filter((p: { isCounted: boolean; status: string }) => p.isCounted && p.status === 'confirmed');
    expect(sumOf(counted)).toBe(4000 * WAN);
    const not = all.filter((p: { isCounted: boolean }) => !p.isCounted);
    expect(sumOf(not)).toBe(200 * WAN);
    expect(not.map((p: { notCountedReason: string }) => p.notCountedReason).sort()).toEqual([
      'expired',
      'no_certificate',
    ]);
  });

  it('shows two certificates ending within 60 days of the demo date', async () => {
    const list = (await office.get('/api/consumption/suppliers?asOf=2019-09-30')).body.items;
    const soon = list.flatMap((s: { certificates: { isExpiringSoon: boolean }[] }) =>
      s.certificates.filter((c) => c.isExpiringSoon),
    );
    expect(soon).toHaveLength(2);
    const certified = (await office.get('/api/consumption/products?certified=true&asOf=2018-12-31&pageSize=500')).body;
    expect(certified.total).toBe(81 + 1);
  });

  it('breaks the 2019 counted amount down by month, channel, county and category; a county sees its own', async () => {
    const d = (await office.get('/api/consumption/dashboard?year=2019')).body;
    expect(d).toMatchObject({ countedFen: 4000 * WAN, notCountedFen: 200 * WAN, awaitingFen: 600 * WAN });
    for (const k of ['byMonth', 'byChannel', 'byCounty', 'byCategory'])
      expect(sumOf(d[k].map((x: { fen: number }) => ({ amountFen: x.fen }))), k).toBe(4000 * WAN);
    expect(d.byMonth.map((m: { key: string }) => m.key).at(-1)).toBe('2019-09');
    expect(d.topProducts).toHaveLength(10);
    const huan = await signedIn(env.app, 'county-huan');
    const mine = (await huan.get('/api/consumption/dashboard?year=2019')).body;
    expect(mine.byCounty.map((c: { key: string }) => c.key)).toEqual(['环县']);
  });
});
