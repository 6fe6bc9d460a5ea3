import zlib from 'node:zlib';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { creditCodeCheckChar } from '@xiezuo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, signedIn, type TestClient, type TestEnv } from '../../../test/harness';
import { buildZip } from '../../../test/fixtures/zip';

let env: TestEnv;
let office: TestClient;
let unit: TestClient;
const HUAN = '621022';
const MAPPING = {
  orderNo: '订单编号',
  product: '商品名称',
  quantity: '数量',
  amount: '实付金额',
  purchasedOn: '下单时间',
  buyer: null,
  supplier: null,
};
const HEADER = ['订单编号', '商品名称', '数量', '实付金额', '下单时间'];

const code = (n: number) => {
  const first = `91621022MA${String(n).padStart(7, '0')}`;
  return first + creditCodeCheckChar(first)!;
};

async function supplierWith(n: number, products: { name: string; certified: boolean }[]) {
  const s = await office.post('/api/consumption/suppliers', {
    name: `环县导入合作社${n}`,
    creditCode: code(900 + n),
    kind: 'cooperative',
    countyCode: HUAN,
  });
  expect(s.status).toBe(200);
  const c = await office.post(`/api/consumption/suppliers/${s.body.id}/certificates`, {
    number: `甘扶认-导入-${n}`,
    authority: '庆阳市扶贫办',
    validFrom: '2019-01-01',
    validTo: '2019-12-31',
  });
  for (const p of products) {
    const r = await office.post('/api/consumption/products', {
      supplierId: s.body.id,
      name: p.name,
      category: 'meat',
      unit: '千克',
      priceFen: 8000,
      ...(p.certified ? { certificateId: c.body.certificates[0].id } : {}),
    });
    expect(r.status).toBe(200);
  }
  return s.body;
}

async function exceljsFile(rows: unknown[][], header = HEADER) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('订单');
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const purchaseCount = async () =>
  Number((await env.ctx.db.execute<{ n: string }>(sql`select count(*) n from consumption_purchases`)).rows[0]!.n);

const send = (c: TestClient, filename: string, content: Buffer, fields: Record<string, string>) =>
  c.upload('/api/consumption/imports', { filename, content }, fields);

beforeAll(async () => {
  env = await createTestEnv();
  office = await signedIn(env.app, 'office');
  unit = await signedIn(env.app, 'unit-renshe');
  await supplierWith(1, [
    { name: '环县羊羔肉', certified: true },
    { name: '普通羊肉', certified: false },
  ]);
});
afterAll(() => env.close());

describe('order export import', () => {
  it('imports an exceljs xlsx with its mapping, saves the mapping and lists the uncertified lines as not counted', async () => {
    const before = await purchaseCount();
    const buf = await exceljsFile([
      ['58-0001', '环县羊羔肉', 2, 160.5, new Date(Date.UTC(2019, 7, 1))],
      ['58-0002', '普通羊肉', 1, 80, '2019-08-02'],
      ['58-0002', '环县羊羔肉', 1, 80, '2019-08-02'],
    ]);
    const r = await send(office, 'orders.xlsx', buf, { platform: '58同镇', mapping: JSON.stringify(MAPPING) });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ platform: '58同镇', total: 3, accepted: 3, countedFen: 24050, notCountedFen: 8000 });
    expect(r.body.notCounted).toEqual([
      { row: 3, orderNo: '58-0002', productName: '普通羊肉', amountFen: 8000, reason: 'no_certificate' },
    ]);
    expect(await purchaseCount()).toBe(before + 3);
    const list = await office.get('/api/consumption/purchases?year=2019&counted=false');
    expect(list.body.items.some((p: { orderNo: string }) => p.orderNo === '58-0002')).toBe(true);
    const maps = await office.get('/api/consumption/import-mappings');
    expect(maps.body.items).toEqual([expect.objectContaining({ platform: '58同镇', mapping: MAPPING, version: 1 })]);
  });

  it('reads a GB18030 CSV with quoted amounts and order times through the saved mapping', async () => {
    await office.put('/api/consumption/import-mappings/农享', { mapping: MAPPING });
    const csv = Buffer.from(
      'b6a9b5a5b1e0bac52cc9ccc6b7c3fbb3c62ccafdc1bf2ccab5b8b6bdf0b6ee2ccfc2b5a5cab1bce40d0a224e582d32303031222cbbb7cfd8d1f2b8e1c8e22c322c22a3a4312c3233342e3530222c323031392d30382d30332031303a32323a31310d0a',
      'hex',
    );
    const r = await send(office, 'nongxiang.csv', csv, { platform: '农享' });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ total: 1, accepted: 1, countedFen: 123450, notCounted: [] });
    const p = (await office.get('/api/consumption/purchases?year=2019')).body.items.find(
      (x: { orderNo: string }) => x.orderNo === 'NX-2001',
    );
    expect(p).toMatchObject({ purchasedOn: '2019-08-03', channel: 'platform', platform: '农享', quantity: 2 });
  });

  it('reads an xlsx written by another writer (inline strings, a date serial under a custom format, no shared strings)', async () => {
    const t = (s: string) => `<c t="inlineStr"><is><t>${s}</t></is></c>`;
    const sheet =
      `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` +
      `<row r="1">${HEADER.map(t).join('')}</row>` +
      `<row r="2">${t('HM-1')}${t('环县羊羔肉')}<c><v>3</v></c><c><v>240.00</v></c><c s="1"><v>43710</v></c></row>` +
      `</sheetData></worksheet>`;
    const r = await send(office, 'other.xlsx', handMadeXlsx(sheet), {
      platform: '其他平台',
      mapping: JSON.stringify(MAPPING),
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ accepted: 1, countedFen: 24000 });
    const p = (await office.get('/api/consumption/purchases?year=2019')).body.items.find(
      (x: { orderNo: string }) => x.orderNo === 'HM-1',
    );
    expect(p.purchasedOn).toBe('2019-09-02');
  });

  it('refuses a file with bad lines by row number and imports none of it', async () => {
    const before = await purchaseCount();
    const buf = await exceljsFile([
      ['58-1001', '环县羊羔肉', 1, 80, '2019-08-05'],
      ['58-1002', '不存在的产品', 1, 80, '2019-08-05'],
      ['58-1003', '环县羊羔肉', -1, 80, '2019-08-05'],
      ['58-1004', '环县羊羔肉', 1, -80, '2019-08-05'],
      ['58-1001', '环县羊羔肉', 1, 80, '2019-08-05'],
      ['58-0001', '环县羊羔肉', 2, 160.5, '2019-08-01'],
      ['58-1005', '环县羊羔肉', 1, 80, '2019-02-30'],
      ['58-1006', '环县羊羔肉', 1, 80.123, '2019-08-05'],
    ]);
    const r = await send(office, 'bad.xlsx', buf, { platform: '58同镇' });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('IMPORT_ROWS_INVALID');
    const rows = r.body.error.details.rows as { row: number; column: { en: string }; en: string }[];
    expect(rows.map((e) => [e.row, e.column.en])).toEqual([
      [3, 'product'],
      [4, 'quantity'],
      [5, 'amount'],
      [6, 'order number'],
      [7, 'order number'],
      [8, 'order date'],
      [9, 'amount'],
    ]);
    expect(rows[0]!.en).toContain('unknown product');
    expect(rows[3]!.en).toContain('row 2');
    expect(rows[4]!.en).toContain('already recorded');
    expect(await purchaseCount()).toBe(before);
  });

  it('refuses a header without a mapped column, an unsaved platform, a bad mapping and a unit reporter', async () => {
    const noAmount = await exceljsFile(
      [['X-1', '环县羊羔肉', 1, '2019-08-05']],
      ['订单编号', '商品名称', '数量', '下单时间'],
    );
    const h = await send(office, 'h.xlsx', noAmount, { platform: '58同镇' });
    expect(h.status).toBe(400);
    expect(h.body.error).toMatchObject({ code: 'IMPORT_HEADER_INVALID', details: { missing: ['实付金额'] } });
    const buf = await exceljsFile([['X-1', '环县羊羔肉', 1, 80, '2019-08-05']]);
    const unsaved = await send(office, 'u.xlsx', buf, { platform: '未保存平台' });
    expect(unsaved.status).toBe(400);
    expect(unsaved.body.error.details.fields.mapping).toBeDefined();
    const bad = await send(office, 'b.xlsx', buf, { platform: '58同镇', mapping: '{"orderNo":""}' });
    expect(bad.status).toBe(400);
    expect((await send(unit, 'u.xlsx', buf, { platform: '58同镇' })).status).toBe(403);
    const pdf = await send(office, 'x.csv', Buffer.from('%PDF-1.4\n'), { platform: '58同镇' });
    expect(pdf.status).toBe(415);
  });

  it('asks for the supplier column when two suppliers sell a product of that name', async () => {
    await supplierWith(2, [{ name: '环县羊羔肉', certified: true }]);
    const buf = await exceljsFile([['58-2001', '环县羊羔肉', 1, 80, '2019-08-05']]);
    const r = await send(office, 'a.xlsx', buf, { platform: '58同镇' });
    expect(r.status).toBe(400);
    expect(r.body.error.details.rows[0].en).toContain('map the supplier column');
    const withSupplier = await exceljsFile(
      [['58-2001', '环县羊羔肉', '环县导入合作社2', 1, 80, '2019-08-05']],
      ['订单编号', '商品名称', '店铺', '数量', '实付金额', '下单时间'],
    );
    const ok = await send(office, 'b.xlsx', withSupplier, {
      platform: '58同镇',
      mapping: JSON.stringify({ ...MAPPING, supplier: '店铺' }),
    });
    expect(ok.status).toBe(200);
    expect(ok.body.accepted).toBe(1);
  });
});

function handMadeXlsx(sheet: string): Buffer {
  const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const part = (name: string, xml: string) => {
    const raw = Buffer.from(xml, 'utf8');
    return { name, data: zlib.deflateRawSync(raw), uncompressedSize: raw.length, crc: zlib.crc32(raw) };
  };
  return buildZip([
    part(
      '[Content_Types].xml',
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
    ),
    part(
      '_rels/.rels',
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    part(
      'xl/workbook.xml',
      `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><sheets><sheet name="orders" sheetId="1" r:id="s1"/></sheets></workbook>`,
    ),
    part(
      'xl/_rels/workbook.xml.rels',
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="s1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="s2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    ),
    part(
      'xl/styles.xml',
      `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy/m/d"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>`,
    ),
    part('xl/worksheets/sheet1.xml', sheet),
  ]);
}
