import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, signedIn, type TestClient, type TestEnv } from '../../../../test/harness';
import { buildZip, deflatedZeros } from '../../../../test/fixtures/zip';

let env: TestEnv;
let office: TestClient;
let huan: TestClient;
beforeAll(async () => {
  env = await createTestEnv();
  office = await signedIn(env.app, 'office');
  huan = await signedIn(env.app, 'county-huan');
});
afterAll(() => env.close());

/** POSTs a file as multipart field "file" the way a browser form would. */
const upload = (c: TestClient, content: Buffer, filename = 'pairings.xlsx', url = '/api/pairings/import') =>
  c.upload(url, { filename, content });
const download = (c: TestClient, url: string) => c.get(url);
async function workbook(raw: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(raw as never);
  return wb;
}
const count = async (q: ReturnType<typeof sql>) => Number((await env.ctx.db.execute<{ n: string }>(q)).rows[0]!.n);
const pairingCount = () => count(sql`select count(*) as n from pairings`);

const GOOD_AND_BAD: (string | number | Date | null)[][] = [
  ['其他结对', 'kejiju', null, null, '621022101', new Date(Date.UTC(2020, 2, 1)), null, null, '=HYPERLINK("http://x")'], // row 2 ok
  ['区县结对', null, '120104', null, '621022', '2018-01-01', null, null, null], // 3: already in the database
  [
    '学校结对',
    '南开大学附属中学',
    null,
    '环县示例学校（2）',
    null,
    '2021-09-01',
    new Date(Date.UTC(2024, 6, 31)),
    '已结束',
    null,
  ], // 4 ok
  ['其他结对', '区科技局', null, null, '621022101', '2020-05-01', null, null, '重复'], // 5: same as row 2
  ['街道—乡镇', null, 120104001, null, '621021100', 43599, null, '暂停', null], // 6 ok (code and date typed as numbers)
  ['其他结对', 'kejiju', null, null, '621022999999', '2020-01-01', null, null, null], // 7: unknown region code
  ['医院结对', 'hospital-east-1', null, 'hospital-west-3', null, '2022-01-01', null, 'Suspended', '远程会诊'], // 8 ok
  ['其他结对', 'kejiju', null, null, '120104003', '2020-01-01', null, null, null], // 9: not in an assisted county
  ['社区—贫困村', null, '120104002', null, '623027100001', '2020/6/1', null, '进行中', null], // 10 ok
  ['结对婚姻', '不存在的单位', null, 'school-xiahe', '623027100', '2020-05-01', '2020-01-01', null, null], // 11: four problems
];

/** The template downloaded as a user would, filled with rows and saved again by exceljs. */
async function filledTemplate(rows: (string | number | Date | null)[][]): Promise<Buffer> {
  const wb = await workbook((await download(office, '/api/pairings/template.xlsx')).raw);
  const ws = wb.worksheets[0]!;
  rows.forEach((r, i) => r.forEach((v, j) => (ws.getCell(i + 2, j + 1).value = v)));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('pairings template', () => {
  it('has zh headers with notes, drop-downs for kind and status, text code columns and the tenant’s units and regions', async () => {
    const started = performance.now();
    const res = await download(office, '/api/pairings/template.xlsx');
    console.info(`[template] ${(performance.now() - started).toFixed(0)} ms, ${res.raw.length} bytes`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = await workbook(res.raw);
    const ws = wb.worksheets[0]!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual([
      '结对类型',
      '东部单位',
      '东部区划编码',
      '西部单位',
      '西部区划编码',
      '开始日期',
      '结束日期',
      '状态',
      '备注',
    ]);
    expect(String(ws.getCell('A1').note)).toContain('结对类型 / Kind');
    expect(ws.getCell('A2').dataValidation.formulae[0]).toContain('企业—贫困村（万企帮万村）');
    expect(ws.getCell('H500').dataValidation.formulae[0]).toBe('"进行中,暂停,已结束"');
    expect(ws.getCell('C2').numFmt).toBe('@');
    expect(ws.getCell('E300').numFmt).toBe('@');
    const ref = wb.worksheets[1]!;
    const rows = ref.getSheetValues().slice(2) as unknown[][];
    const find = (code: string) => rows.find((r) => r[2] === code);
    expect(find('zuzhibu')?.[1]).toBe('东部单位 East unit');
    expect(find('school-xiahe')?.[3]).toBe('夏河中学');
    expect(find('621022100')).toMatchObject({ 1: '西部区划 West region', 3: '环城镇' });
    expect(find('120104001')?.[1]).toBe('东部区划 East region');
    expect(ref.getCell('B2').numFmt).toBe('@');
  });

  it('is refused to a county officer (403) on template and import', async () => {
    expect((await huan.get('/api/pairings/template.xlsx')).status).toBe(403);
    expect((await upload(huan, await filledTemplate(GOOD_AND_BAD.slice(0, 1)))).status).toBe(403);
  });
});

describe('pairings import', () => {
  let importId: string;
  let content: Buffer;

  it('takes the 5 valid rows of 10 and lists the 5 others with row number and reason in a rejects file', async () => {
    content = await filledTemplate(GOOD_AND_BAD);
    const before = await pairingCount();
    const started = performance.now();
    const res = await upload(office, content, '结对导入.xlsx');
    const ms = performance.now() - started;
    console.info(`[import 10 rows] ${ms.toFixed(0)} ms`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ status: 'done', total: 10, accepted: 5, rejected: 5 });
    importId = res.body.id;
    expect(res.body.rejectsUrl).toBe(`/api/imports/${importId}/rejects`);
    expect(await pairingCount()).toBe(before + 5);
    const street = await env.ctx.db.execute(
      sql`select status, start_date::text as start, county_code from pairings where east_region_code = '120104001' and west_region_code = '621021100'`,
    );
    expect(street.rows).toEqual([{ status: 'suspended', start: '2019-05-14', county_code: '621021' }]);

    const rejects = await download(office, res.body.rejectsUrl);
    expect(rejects.status).toBe(200);
    const ws = (await workbook(rejects.raw)).worksheets[0]!;
    expect((ws.getRow(1).values as unknown[]).slice(-2)).toEqual(['行号 Row', '错误 Reason']);
    const byRow = new Map<number, string>();
    for (let r = 2; r <= ws.rowCount; r++) byRow.set(Number(ws.getCell(r, 10).value), String(ws.getCell(r, 11).value));
    expect([...byRow.keys()]).toEqual([3, 5, 7, 9, 11]);
    expect(byRow.get(3)).toContain('该结对已存在 / Kind: this pairing already exists');
    expect(byRow.get(5)).toContain('与本文件第 2 行重复');
    expect(byRow.get(7)).toContain('西部区划编码：区划编码不存在');
    expect(byRow.get(9)).toContain('不在本区对口帮扶的受援县内');
    expect(byRow.get(11)!.split('\n')).toEqual([
      '结对类型：结对类型无效，请从下拉列表选择 / Kind: unknown pairing kind; pick one from the list',
      '东部单位：未找到该单位（请填单位编码或完整名称） / East unit: unknown unit (use its code or exact name)',
      '西部单位：单位和区划编码只能填一项 / West unit: give a unit or a region code, not both',
      '结束日期：结束日期早于开始日期 / End date: the end date is before the start date',
    ]);
    expect(ws.getCell(2, 5).value).toBe('621022'); // original cells kept, codes as text
    expect(ws.getCell(2, 5).numFmt).toBe('@');

    const audit = await env.ctx.db.execute<{ details: { accepted: number; pairingIds: string[] } }>(
      sql`select details from audit_log where action = 'pairing.import' and object_id = ${importId}`,
    );
    expect(audit.rows[0]!.details.accepted).toBe(5);
    expect(audit.rows[0]!.details.pairingIds).toHaveLength(5);
  });

  it('answers a re-upload of the same file with the same batch and creates nothing', async () => {
    const before = await pairingCount();
    const batches = await count(sql`select count(*) as n from imports`);
    const again = await upload(office, content, 'copy.xlsx');
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(importId);
    expect(await pairingCount()).toBe(before);
    expect(await count(sql`select count(*) as n from imports`)).toBe(batches);
  });

  it('shows the batch and its rejects to the office, not to a county officer or another tenant', async () => {
    const got = await office.get(`/api/imports/${importId}`);
    expect(got.status).toBe(200);
    expect(got.body).toMatchObject({
      id: importId,
      kind: 'pairings',
      status: 'done',
      total: 10,
      accepted: 5,
      rejected: 5,
      filename: '结对导入.xlsx',
    });
    expect(got.body.finishedAt).not.toBeNull();
    expect((await huan.get(`/api/imports/${importId}`)).status).toBe(403);
    expect((await download(huan, `/api/imports/${importId}/rejects`)).status).toBe(403);
    expect((await office.get('/api/imports/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    const other = (
      await env.ctx.db.execute<{ id: string }>(
        sql`insert into tenants (code, name, region_code) values ('hexi', '天津市河西区', '120103') returning id`,
      )
    ).rows[0]!.id;
    const theirs = (
      await env.ctx.db.execute<{ id: string }>(
        sql`insert into imports (tenant_id, kind, file_hash, filename, status, total, rejected, rejects_file_hash) select ${other}, kind, file_hash, filename, status, total, rejected, rejects_file_hash from imports where id = ${importId} returning id`,
      )
    ).rows[0]!.id;
    expect((await office.get(`/api/imports/${theirs}`)).status).toBe(404);
    expect((await download(office, `/api/imports/${theirs}/rejects`)).status).toBe(404);
  });

  it('imports a file LibreOffice wrote (worksheet before shared strings, dates and a numeric code)', async () => {
    const content = fs.readFileSync(
      path.join(import.meta.dirname, '../../../../test/fixtures/pairings-libreoffice.xlsx'),
    );
    const res = await upload(office, content, 'pairings-libreoffice.xlsx');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ total: 3, accepted: 3, rejected: 0, rejectsUrl: null });
    const rows = await env.ctx.db.execute(
      sql`select kind, start_date::text as start, end_date::text as "end", status from pairings where id in (select jsonb_array_elements_text(details->'pairingIds')::uuid from audit_log where object_id = ${res.body.id}) order by kind`,
    );
    expect(rows.rows).toEqual([
      { kind: 'other', start: '2020-03-01', end: null, status: 'active' },
      { kind: 'school_school', start: '2021-09-01', end: '2024-07-31', status: 'ended' },
      { kind: 'street_township', start: '2019-05-10', end: null, status: 'suspended' },
    ]);
  });

  it('refuses a zip bomb, a file that is not xlsx, a request that is not multipart and a sheet without the template header', async () => {
    const zeros = deflatedZeros(3 * 1024);
    const bomb = buildZip([
      { name: 'xl/worksheets/sheet1.xml', data: zeros.data, crc: zeros.crc, uncompressedSize: 3 * 1024 * 1024 * 1024 },
    ]);
    const before = process.memoryUsage().rss;
    const refused = await upload(office, bomb, 'bomb.xlsx');
    const grew = (process.memoryUsage().rss - before) / (1 << 20);
    console.info(`[bomb via HTTP] rss +${grew.toFixed(1)} MB`);
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({ code: 'XLSX_REFUSED', details: { limit: 'entrySize' } });
    expect(grew).toBeLessThan(50);
    expect(
      await count(sql`select count(*) as n from audit_log where action = 'pairing.import' and outcome = 'failure'`),
    ).toBe(1);

    expect((await upload(office, Buffer.from('结对类型,东部单位\n其他结对,kejiju\n'), 'pairings.csv')).status).toBe(
      415,
    );
    expect((await office.post('/api/pairings/import', { file: 'x' })).status).toBe(415);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('x').addRows([
      ['名称', '日期'],
      ['a', 'b'],
    ]);
    const header = await upload(office, Buffer.from(await wb.xlsx.writeBuffer()));
    expect(header.status).toBe(400);
    expect(header.body.error.code).toBe('IMPORT_HEADER_INVALID');
    expect(header.body.error.details.missing).toContain('结对类型');
  });
});

describe('pairings export', () => {
  it('exports typed, escaped cells in the caller’s scope with a frozen, filtered header, audited', async () => {
    const res = await download(huan, '/api/pairings/export.xlsx?kind=other');
    expect(res.status).toBe(200);
    const ws = (await workbook(res.raw)).worksheets[0]!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    const colOf = (name: string) => header.indexOf(name) + 1;
    const data = Array.from({ length: ws.rowCount - 1 }, (_, i) => ws.getRow(i + 2));
    expect(data.length).toBeGreaterThanOrEqual(2);
    expect(data.every((r) => r.getCell(colOf('受援县编码')).value === '621022')).toBe(true);
    const linked = data.find((r) => String(r.getCell(colOf('备注')).value).includes('HYPERLINK'))!;
    const note = linked.getCell(colOf('备注'));
    expect(note.value).toBe('\'=HYPERLINK("http://x")');
    expect(note.type).toBe(ExcelJS.ValueType.String);
    expect(linked.getCell(colOf('西部区划编码'))).toMatchObject({ value: '621022101', numFmt: '@' });
    expect(linked.getCell(colOf('开始日期')).value).toEqual(new Date(Date.UTC(2020, 2, 1)));
    expect(typeof linked.getCell(colOf('协议数')).value).toBe('number');

    const all = await download(office, '/api/pairings/export.xlsx');
    const counties = new Set((await workbook(all.raw)).worksheets[0]!.getColumn(colOf('受援县编码')).values.slice(2));
    expect([...counties].sort()).toEqual(['621021', '621022', '623027']);
    expect(await count(sql`select count(*) as n from audit_log where action = 'pairing.export'`)).toBe(2);
    expect((await huan.get('/api/pairings/export.xlsx?kind=marriage')).status).toBe(400);
  });
});
