import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { creditCodeCheckChar } from '@xiezuo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, signedIn, type TestClient, type TestEnv } from '../../../test/harness';

let env: TestEnv;
let office: TestClient;
let unit: TestClient;
let supplier: { id: string; creditCode: string };
let plainId: string;
let purchaseId: string;
const HEADER = [
  '序号',
  '申报主体',
  '统一社会信用代码',
  '产品名称',
  '产品类别',
  '证书编号',
  '认定单位',
  '认定日期',
  '有效期至',
  '规格',
  '单位',
  '单价（元）',
];

const code = (n: number) => {
  const first = `91621022MA${String(n).padStart(7, '0')}`;
  return first + creditCodeCheckChar(first)!;
};

async function list(rows: unknown[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('认定目录');
  ws.addRow(HEADER);
  rows.forEach((r, i) => ws.addRow([i + 1, ...r]));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const send = (c: TestClient, content: Buffer) =>
  c.upload('/api/consumption/certified-list/imports', { filename: '甘肃省扶贫产品认定目录.xlsx', content });
const count = async (table: 'consumption_certificates' | 'consumption_products') =>
  Number((await env.ctx.db.execute<{ n: string }>(sql.raw(`select count(*) n from ${table}`))).rows[0]!.n);

beforeAll(async () => {
  env = await createTestEnv();
  office = await signedIn(env.app, 'office');
  unit = await signedIn(env.app, 'unit-renshe');
  const s = await office.post('/api/consumption/suppliers', {
    name: '环县目录合作社',
    creditCode: code(77),
    kind: 'cooperative',
    countyCode: '621022',
  });
  supplier = s.body;
  const p = await office.post('/api/consumption/products', {
    supplierId: supplier.id,
    name: '普通羊肉',
    category: 'meat',
    unit: '千克',
    priceFen: 8000,
  });
  plainId = p.body.id;
  const renshe = (await env.ctx.db.execute<{ id: string }>(sql`select id from units where code = 'renshe'`)).rows[0]!
    .id;
  const buy = await office.post('/api/consumption/purchases', {
    buyerKind: 'unit',
    buyerUnitId: renshe,
    productId: plainId,
    quantity: 10,
    amountFen: 80000,
    purchasedOn: '2019-06-01',
    channel: 'unit',
  });
  expect(buy.body.notCountedReason).toBe('no_certificate');
  purchaseId = buy.body.id;
});
afterAll(() => env.close());

describe('certified product list import', () => {
  it('refuses unknown suppliers and other bad lines by row and changes nothing', async () => {
    const [certs, products] = [await count('consumption_certificates'), await count('consumption_products')];
    const buf = await list([
      ['不存在的合作社', '', '土豆', '蔬菜', '甘扶认-X1', '甘肃省扶贫办', '2019-01-01', '2019-12-31', '', '千克', 3],
      [
        '环县目录合作社',
        supplier.creditCode,
        '羊肚',
        '肉类',
        '甘扶认-X2',
        '甘肃省扶贫办',
        '2019-01-01',
        '2019-12-31',
        '',
        '',
        '',
      ],
      [
        '环县目录合作社',
        supplier.creditCode,
        '普通羊肉',
        '肉类',
        '甘扶认-X3',
        '甘肃省扶贫办',
        '2019-12-31',
        '2019-01-01',
        '',
        '',
        '',
      ],
      [
        '环县目录合作社',
        supplier.creditCode,
        '普通羊肉',
        '肉类',
        '甘扶认-X4',
        '',
        '2019-01-01',
        '2019-12-31',
        '',
        '',
        '-5',
      ],
    ]);
    const r = await send(office, buf);
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('IMPORT_ROWS_INVALID');
    const rows = r.body.error.details.rows as { row: number; column: { en: string }; en: string }[];
    expect(rows.map((e) => [e.row, e.column.en])).toEqual([
      [2, 'Supplier'],
      [3, 'Unit'],
      [4, 'Valid to'],
      [5, 'Authority'],
      [5, 'Price'],
    ]);
    expect(rows[0]!.en).toContain('unknown supplier');
    expect([await count('consumption_certificates'), await count('consumption_products')]).toEqual([certs, products]);
  });

  it('refuses a header without the list’s required columns and a unit reporter', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('x').addRow(['产品名称', '规格']);
    const r = await send(office, Buffer.from(await wb.xlsx.writeBuffer()));
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('IMPORT_HEADER_INVALID');
    expect(r.body.error.details.missing).toContain('认定证书编号');
    expect((await send(unit, await list([]))).status).toBe(403);
  });

  it('certifies known products, adds new ones and recounts the purchases awaiting confirmation', async () => {
    const buf = await list([
      [
        '环县目录合作社',
        supplier.creditCode,
        '普通羊肉',
        '肉类',
        '甘扶认-2019-88',
        '庆阳市扶贫办',
        '2019-01-01',
        '2019-12-31',
        '',
        '',
        '',
      ],
      [
        '环县目录合作社',
        supplier.creditCode,
        '羊肚',
        '肉类',
        '甘扶认-2019-88',
        '庆阳市扶贫办',
        '2019-01-01',
        '2019-12-31',
        '500克/袋',
        '袋',
        '35.5',
      ],
    ]);
    const r = await send(office, buf);
    expect(r.status).toBe(200);
    expect(r.body).toEqual({
      total: 2,
      certificatesCreated: 1,
      certificatesUpdated: 0,
      productsCreated: 1,
      productsCertified: 1,
      purchasesRecounted: 1,
    });
    const p = await office.get(`/api/consumption/purchases/${purchaseId}`);
    expect(p.body).toMatchObject({ isCounted: true, notCountedReason: null });
    const certified = await office.get(
      `/api/consumption/products?certified=true&asOf=2019-09-30&supplierId=${supplier.id}`,
    );
    expect(certified.body.items.map((x: { name: string; priceFen: number }) => [x.name, x.priceFen]).sort()).toEqual([
      ['普通羊肉', 8000],
      ['羊肚', 3550],
    ]);
    // The renewed list moves the window: an updated certificate, the purchase no longer inside it.
    const again = await send(
      office,
      await list([
        [
          '环县目录合作社',
          supplier.creditCode,
          '普通羊肉',
          '肉类',
          '甘扶认-2019-88',
          '庆阳市扶贫办',
          '2019-07-01',
          '2020-06-30',
          '',
          '',
          '',
        ],
      ]),
    );
    expect(again.body).toMatchObject({ certificatesUpdated: 1, productsCertified: 1, purchasesRecounted: 1 });
    expect((await office.get(`/api/consumption/purchases/${purchaseId}`)).body.notCountedReason).toBe('not_yet_valid');
  });
});
