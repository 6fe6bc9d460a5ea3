import { sql } from 'drizzle-orm';
import { creditCodeCheckChar } from '@xiezuo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, signedIn, signedInExternal, type TestClient, type TestEnv } from '../../../test/harness';

let env: TestEnv;
let office: TestClient;
let unit: TestClient;
const ids: { supplier: string; product: string }[] = [];

const code = (n: number) => {
  const first = `91621022MA${String(n).padStart(7, '0')}`;
  return first + creditCodeCheckChar(first)!;
};

beforeAll(async () => {
  env = await createTestEnv();
  office = await signedIn(env.app, 'office');
  unit = await signedIn(env.app, 'unit-renshe');
  const renshe = (await env.ctx.db.execute<{ id: string }>(sql`select id from units where code = 'renshe'`)).rows[0]!
    .id;
  for (const n of [1, 2]) {
    const s = await office.post('/api/consumption/suppliers', {
      name: `门户测试合作社${n}`,
      creditCode: code(500 + n),
      kind: 'cooperative',
      countyCode: '621022',
    });
    const p = await office.post('/api/consumption/products', {
      supplierId: s.body.id,
      name: `门户产品${n}`,
      category: 'grain',
      unit: '袋',
      priceFen: 1000,
    });
    await office.post('/api/consumption/purchases', {
      buyerKind: 'unit',
      buyerUnitId: renshe,
      productId: p.body.id,
      quantity: 1,
      amountFen: 1000 * n,
      purchasedOn: '2019-05-01',
      channel: 'unit',
    });
    ids.push({ supplier: s.body.id, product: p.body.id });
  }
});
afterAll(() => env.close());

describe('supplier accounts', () => {
  it('refuses bad phones, other units and a phone bound to another supplier', async () => {
    const url = `/api/consumption/suppliers/${ids[0]!.supplier}/account`;
    expect((await office.post(url, { phone: '12345678901' })).body.error.code).toBe('PHONE_INVALID');
    expect((await unit.post(url, { phone: '13900005511' })).status).toBe(403);
    expect((await office.post(url, { phone: '13900005511' })).body).toEqual({
      supplierId: ids[0]!.supplier,
      phoneMasked: '139****5511',
    });
    const other = await office.post(`/api/consumption/suppliers/${ids[1]!.supplier}/account`, { phone: '13900005511' });
    expect(other.status).toBe(409);
  });

  it('shows a signed-in supplier its own products and their purchases only', async () => {
    const supplier = await signedInExternal(env, '13900005511');
    const r = await supplier.get('/api/consumption/supplier-portal?year=2019');
    expect(r.status).toBe(200);
    expect(r.body.supplier.id).toBe(ids[0]!.supplier);
    expect(r.body.products.map((p: { name: string }) => p.name)).toEqual(['门户产品1']);
    expect(r.body.purchases.total).toBe(1);
    expect(r.body.purchases.items[0]).toMatchObject({ productId: ids[0]!.product, amountFen: 1000 });
    expect(r.body.purchases.items[0].abilities.confirm).toBe(false);
    // Staff routes stay closed to it, and the portal to staff and to accounts without the supplier role.
    expect((await supplier.get('/api/consumption/purchases')).status).toBe(403);
    expect((await office.get('/api/consumption/supplier-portal')).status).toBe(403);
    const stranger = await signedInExternal(env, '13900005522');
    expect((await stranger.get('/api/consumption/supplier-portal')).status).toBe(403);
  });
});
