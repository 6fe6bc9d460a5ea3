import { sql } from 'drizzle-orm';
import { creditCodeCheckChar, WAN } from '@xiezuo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, signedIn, type TestClient, type TestEnv } from '../../../test/harness';

let env: TestEnv;
let office: TestClient;
let unit: TestClient;
let huan: TestClient;
let xiahe: TestClient;
let renshe: string;
let zuzhibu: string;
const HUAN = '621022';

const code = (n: number) => {
  const first = `91621022MA${String(n).padStart(7, '0')}`;
  return first + creditCodeCheckChar(first)!;
};
const unitId = async (c: string) =>
  (await env.ctx.db.execute<{ id: string }>(sql`select id from units where code = ${c}`)).rows[0]!.id;
const amountOf = async (year: number) =>
  (await office.get(`/api/plans/${year}/progress?asOf=${year}-12-31`)).body.items.find(
    (i: { code: string }) => i.code === 'consumption.amount',
  ).value as number;

/** A supplier in 环县 with one certified product (valid `from`–`to`) and one without certificate. */
async function catalogue(n: number, from = '2019-01-01', to = '2019-12-31') {
  const s = await office.post('/api/consumption/suppliers', {
    name: `环县测试合作社${n}`,
    creditCode: code(n),
    kind: 'cooperative',
    countyCode: HUAN,
    contactPhone: '13912345678',
  });
  expect(s.status).toBe(200);
  const withCert = await office.post(`/api/consumption/suppliers/${s.body.id}/certificates`, {
    number: `甘扶认-测试-${n}`,
    authority: '庆阳市扶贫办',
    validFrom: from,
    validTo: to,
  });
  const cert = withCert.body.certificates[0];
  const base = { supplierId: s.body.id, category: 'meat', unit: '千克', priceFen: 8000 };
  const certified = await office.post('/api/consumption/products', {
    ...base,
    name: '环县羊羔肉',
    certificateId: cert.id,
  });
  const plain = await office.post('/api/consumption/products', { ...base, name: '普通羊肉' });
  return { supplier: s.body, certified: certified.body, plain: plain.body };
}

const buy = (c: TestClient, productId: string, over: Record<string, unknown> = {}) =>
  c.post('/api/consumption/purchases', {
    buyerKind: 'unit',
    buyerUnitId: renshe,
    productId,
    quantity: 50,
    amountFen: 40_000_00,
    purchasedOn: '2019-06-01',
    channel: 'unit',
    ...over,
  });

beforeAll(async () => {
  env = await createTestEnv();
  office = await signedIn(env.app, 'office');
  unit = await signedIn(env.app, 'unit-renshe');
  huan = await signedIn(env.app, 'county-huan');
  xiahe = await signedIn(env.app, 'county-xiahe');
  renshe = await unitId('renshe');
  zuzhibu = await unitId('zuzhibu');
});
afterAll(() => env.close());

describe('consumption catalogue', () => {
  it('keeps suppliers with a checked credit code, masked phone and certificates', async () => {
    const { supplier, certified, plain } = await catalogue(1);
    expect(supplier.contactPhone).toBe('139****5678');
    expect(certified.certificate.number).toBe('甘扶认-测试-1');
    const list = await office.get(`/api/consumption/products?county=${HUAN}&certified=true&asOf=2019-06-01`);
    expect(list.body.items.map((p: { id: string }) => p.id)).toContain(certified.id);
    expect(list.body.items.map((p: { id: string }) => p.id)).not.toContain(plain.id);
    const soon = await office.get(`/api/consumption/suppliers?county=${HUAN}&asOf=2019-11-15`);
    const mine = soon.body.items.find((s: { id: string }) => s.id === supplier.id);
    expect(mine.certificates[0].isExpiringSoon).toBe(true);
  });

  it('refuses a wrong credit code, a second supplier with the same code, and another county’s officer', async () => {
    const bad = await office.post('/api/consumption/suppliers', {
      name: '错码企业',
      creditCode: code(2).slice(0, 17) + (code(2)[17] === '0' ? '1' : '0'),
      kind: 'enterprise',
      countyCode: HUAN,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
    await catalogue(3);
    const again = await office.post('/api/consumption/suppliers', {
      name: '重复',
      creditCode: code(3),
      kind: 'enterprise',
      countyCode: HUAN,
    });
    expect(again.status).toBe(409);
    const other = await xiahe.post('/api/consumption/suppliers', {
      name: '夏河越权',
      creditCode: code(4),
      kind: 'enterprise',
      countyCode: HUAN,
    });
    expect(other.status).toBe(403);
    const n = await env.ctx.db.execute(
      sql`select count(*)::int as n from consumption_suppliers where name like '%越权%'`,
    );
    expect(n.rows[0]).toEqual({ n: 0 });
  });
});

describe('consumption purchases: honest counting and confirmation', () => {
  it('counts a confirmed purchase of a certified product in consumption.amount, once, linked back', async () => {
    const { certified } = await catalogue(10);
    const before = await amountOf(2019);
    const res = await buy(unit, certified.id);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'submitted', isCounted: true, notCountedReason: null });
    expect(res.body.abilities.confirm).toBe(false);
    expect(await amountOf(2019)).toBe(before);
    expect((await xiahe.post(`/api/consumption/purchases/${res.body.id}/confirm`, { version: 1 })).status).toBe(404);
    const ok = await huan.post(`/api/consumption/purchases/${res.body.id}/confirm`, { version: res.body.version });
    expect(ok.status).toBe(200);
    expect(ok.body.status).toBe('confirmed');
    expect(await amountOf(2019)).toBe(before + 40_000_00);
    const rec = await office.get(`/api/records/${ok.body.recordId}`);
    expect(rec.body.status).toBe('confirmed');
    expect(rec.body.source.type).toBe('consumption_purchase');
    expect((await huan.post(`/api/consumption/purchases/${res.body.id}/confirm`, { version: 2 })).status).toBe(409);
  });

  it('counts suppliers and kinds as distinct: a second purchase of the same product adds neither', async () => {
    const { certified } = await catalogue(11);
    for (const orderNo of ['A-1', 'A-2']) {
      const p = await buy(office, certified.id, {
        buyerKind: 'union',
        buyerUnitId: null,
        buyerName: '区总工会',
        orderNo,
      });
      await huan.post(`/api/consumption/purchases/${p.body.id}/confirm`, { version: p.body.version });
    }
    const rows = await env.ctx.db.execute<{ e: number; q: number }>(
      sql`select coalesce(sum(r.enterprises),0)::int as e, coalesce(sum(r.quantity),0)::int as q
          from records r join consumption_purchases p on p.id = r.source_id where p.product_id = ${certified.id}`,
    );
    expect(rows.rows[0]).toEqual({ e: 1, q: 1 });
  });

  it('accepts a purchase after the certificate expired, marked not counted with the reason, never counted', async () => {
    const { certified, plain } = await catalogue(12, '2018-01-01', '2018-12-31');
    const before = await amountOf(2019);
    const late = await buy(unit, certified.id);
    expect(late.status).toBe(200);
    expect(late.body).toMatchObject({ isCounted: false, notCountedReason: 'expired' });
    const none = await buy(unit, plain.id);
    expect(none.body.notCountedReason).toBe('no_certificate');
    for (const p of [late.body, none.body])
      await huan.post(`/api/consumption/purchases/${p.id}/confirm`, { version: p.version });
    expect(await amountOf(2019)).toBe(before);
    const listed = await unit.get('/api/consumption/purchases?year=2019&counted=false');
    expect(listed.body.items.map((p: { id: string }) => p.id)).toEqual(
      expect.arrayContaining([late.body.id, none.body.id]),
    );
  });

  it('rejects bad input with a 4xx and keeps nothing', async () => {
    const { certified } = await catalogue(13);
    const count = async () =>
      (await env.ctx.db.execute<{ n: number }>(sql`select count(*)::int as n from consumption_purchases`)).rows[0]!.n;
    const n0 = await count();
    expect((await buy(unit, certified.id, { quantity: -3 })).status).toBe(400);
    expect((await buy(unit, certified.id, { amountFen: -100 })).status).toBe(400);
    expect((await buy(unit, certified.id, { buyerUnitId: zuzhibu })).status).toBe(403);
    expect((await buy(unit, crypto.randomUUID())).status).toBe(400);
    const online = { channel: 'platform', platform: '58同镇', orderNo: 'TZ-0001' };
    expect((await buy(unit, certified.id, online)).status).toBe(200);
    const dup = await buy(unit, certified.id, online);
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe('DUPLICATE');
    expect(await count()).toBe(n0 + 1);
  });

  it('scopes the list: a unit its own purchases, a county its suppliers’ purchases', async () => {
    const mine = await unit.get('/api/consumption/purchases?pageSize=500');
    expect(mine.body.items.every((p: { buyerUnitId: string }) => p.buyerUnitId === renshe)).toBe(true);
    const theirs = await xiahe.get('/api/consumption/purchases?year=2019');
    expect(theirs.body.items.every((p: { countyCode: string }) => p.countyCode === '623027')).toBe(true);
  });
});

describe('consumption pledges', () => {
  it('sets a pledge, the unit accepts it, the board shows what it bought; below bought is refused', async () => {
    // renshe bought 150 万元 in the demo and 4 万元 above (confirmed, counted)
    const set = await office.put('/api/consumption/pledges', { year: 2019, unitId: renshe, pledgeFen: 400 * WAN });
    expect(set.status).toBe(200);
    const row = set.body.items.find((i: { unitId: string }) => i.unitId === renshe);
    expect(row).toMatchObject({ pledgeFen: 400 * WAN, boughtFen: 154 * WAN, acceptedAt: null });
    const mine = await unit.get('/api/consumption/pledges?year=2019');
    expect(mine.body.items.map((i: { unitId: string }) => i.unitId)).toEqual([renshe]);
    expect(mine.body.items[0].abilities.accept).toBe(true);
    const acc = await unit.post(`/api/consumption/pledges/2019/${renshe}/accept`);
    expect(acc.body.items[0].acceptedAt).not.toBeNull();
    expect((await unit.put('/api/consumption/pledges', { year: 2019, unitId: renshe, pledgeFen: 1 })).status).toBe(403);
    const low = await office.put('/api/consumption/pledges', { year: 2019, unitId: renshe, pledgeFen: 100 * WAN });
    expect(low.status).toBe(409);
    expect(low.body.error.code).toBe('PLEDGE_BELOW_BOUGHT');
    expect(low.body.error.details).toEqual({ boughtFen: 154 * WAN });
    const after = await office.get('/api/consumption/pledges?year=2019');
    expect(after.body.items.find((i: { unitId: string }) => i.unitId === renshe).pledgeFen).toBe(400 * WAN);
    expect((await office.put('/api/consumption/pledges', { year: 2019, unitId: renshe, pledgeFen: -1 })).status).toBe(
      400,
    );
  });
});
