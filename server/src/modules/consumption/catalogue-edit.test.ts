import { creditCodeCheckChar } from '@xiezuo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, signedIn, type TestClient, type TestEnv } from '../../../test/harness';

let env: TestEnv;
let office: TestClient;
let unit: TestClient;
let xiahe: TestClient;

const code = (n: number) => {
  const first = `91621022MA${String(n).padStart(7, '0')}`;
  return first + creditCodeCheckChar(first)!;
};
const supplierBody = (n: number) => ({
  name: `编辑测试合作社${n}`,
  creditCode: code(600 + n),
  kind: 'cooperative',
  countyCode: '621022',
  contactName: '张三',
  contactPhone: '13912340000',
});

beforeAll(async () => {
  env = await createTestEnv();
  office = await signedIn(env.app, 'office');
  unit = await signedIn(env.app, 'unit-renshe');
  xiahe = await signedIn(env.app, 'county-xiahe');
});
afterAll(() => env.close());

describe('supplier and product forms', () => {
  it('creates and edits a supplier; refuses a bad code or phone, a taken code, a stale version and other counties', async () => {
    expect(
      (await office.post('/api/consumption/suppliers', { ...supplierBody(1), creditCode: '91621022MA0000001X' }))
        .status,
    ).toBe(400);
    const a = (await office.post('/api/consumption/suppliers', supplierBody(1))).body;
    const b = (await office.post('/api/consumption/suppliers', supplierBody(2))).body;
    const url = `/api/consumption/suppliers/${a.id}`;
    const edit = { ...supplierBody(1), name: '编辑后的合作社', contactPhone: null, version: a.version };
    expect((await office.put(url, { ...edit, contactPhone: '1234' })).status).toBe(400);
    expect((await office.put(url, { ...edit, creditCode: b.creditCode })).body.error.code).toBe('DUPLICATE');
    expect((await unit.put(url, edit)).status).toBe(403);
    expect((await xiahe.put(url, edit)).status).toBe(403);
    const ok = await office.put(url, edit);
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ name: '编辑后的合作社', contactPhone: null, version: a.version + 1 });
    expect((await office.put(url, edit)).body.error.code).toBe('CONFLICT');
  });

  it('edits a product; refuses a negative price, another supplier’s certificate, a taken name and a stale version', async () => {
    const s = (await office.post('/api/consumption/suppliers', supplierBody(3))).body;
    const other = (await office.post('/api/consumption/suppliers', supplierBody(4))).body;
    const cert = await office.post(`/api/consumption/suppliers/${other.id}/certificates`, {
      number: '甘扶认-编辑-1',
      authority: '庆阳市扶贫办',
      validFrom: '2019-01-01',
      validTo: '2019-12-31',
    });
    const base = { supplierId: s.id, category: 'grain', unit: '袋', priceFen: 1500 };
    expect((await office.post('/api/consumption/products', { ...base, name: '小米', priceFen: -1 })).status).toBe(400);
    const p = (await office.post('/api/consumption/products', { ...base, name: '小米' })).body;
    await office.post('/api/consumption/products', { ...base, name: '荞麦' });
    const url = `/api/consumption/products/${p.id}`;
    const edit = {
      name: '黄小米',
      category: 'grain',
      specification: '5kg',
      unit: '袋',
      priceFen: 2500,
      certificateId: null,
      version: p.version,
    };
    expect((await office.put(url, { ...edit, priceFen: -5 })).status).toBe(400);
    expect((await office.put(url, { ...edit, unit: '' })).status).toBe(400);
    const foreign = await office.put(url, { ...edit, certificateId: cert.body.certificates[0].id });
    expect(foreign.body.error.details.fields.certificateId).toBeDefined();
    expect((await office.put(url, { ...edit, name: '荞麦' })).body.error.code).toBe('DUPLICATE');
    expect((await unit.put(url, edit)).status).toBe(403);
    const ok = await office.put(url, edit);
    expect(ok.body).toMatchObject({ name: '黄小米', priceFen: 2500, specification: '5kg', version: p.version + 1 });
    expect((await office.put(url, edit)).body.error.code).toBe('CONFLICT');
  });
});
