import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { makeIdNumber, RECORD_TYPES } from '@xiezuo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, signedIn, type TestClient, type TestEnv } from '../../../../test/harness';
import { recordColumns } from './ledger-excel.columns';
import { importsIdle } from './ledger-excel.import';
import { pairingLabels, pairingLookup } from './ledger-excel.pairings';
import { listPairingRefs } from './ledger-excel.repository';

let env: TestEnv;
let office: TestClient;
let renshe: TestClient;
let huan: TestClient;
let qing: TestClient;
beforeAll(async () => {
  env = await createTestEnv();
  office = await signedIn(env.app, 'office');
  renshe = await signedIn(env.app, 'unit-renshe');
  huan = await signedIn(env.app, 'county-huan');
  qing = await signedIn(env.app, 'county-qingcheng');
});
afterAll(async () => {
  await importsIdle();
  await env.close();
});

const download = (c: TestClient, url: string) => c.get(url);
async function workbook(raw: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(raw as never);
  return wb;
}
const upload = (c: TestClient, content: Buffer, type: string) =>
  c.upload(`/api/imports?type=${type}`, { filename: 't.xlsx', content });
async function finished(c: TestClient, id: string) {
  for (;;) {
    const res = await c.get(`/api/imports/${id}`);
    if (res.body.status !== 'running') return res.body;
    await new Promise((r) => setTimeout(r, 50));
  }
}
async function rejectReasons(c: TestClient, url: string): Promise<Map<number, string>> {
  const ws = (await workbook((await download(c, url)).raw)).worksheets[0]!;
  const width = ws.getRow(1).cellCount;
  const out = new Map<number, string>();
  for (let r = 2; r <= ws.rowCount; r++)
    out.set(Number(ws.getCell(r, width - 1).value), String(ws.getCell(r, width).value));
  return out;
}

describe('import templates, one per record type, from its declaration', () => {
  it('has the declared columns with notes, drop-downs of zh labels, text-formatted ID and code columns, and a reference sheet', async () => {
    for (const decl of RECORD_TYPES) {
      const who = decl.reportedBy === 'east' ? office : huan;
      const res = await download(who, `/api/records/template.xlsx?type=${decl.code}`);
      expect(res.status, decl.code).toBe(200);
      const wb = await workbook(res.raw);
      const ws = wb.worksheets[0]!;
      const cols = recordColumns(decl);
      const header = (ws.getRow(1).values as unknown[]).slice(1);
      expect(header, decl.code).toEqual(cols.map((c) => c.zh));
      expect(new Set(header).size, `${decl.code}: labels are unique`).toBe(header.length);
      expect(header.slice(0, 4)).toEqual(['发生日期', '东部单位', '受援县', '乡镇/村区划编码']);
      for (const f of decl.fields) expect(header, `${decl.code}.${f.key}`).toContain(f.label.zh);
      cols.forEach((c, i) => expect(String(ws.getRow(1).getCell(i + 1).note), `${decl.code} ${c.zh}`).toContain(c.en));
      for (const f of decl.fields) {
        const cell = ws.getRow(2).getCell(header.indexOf(f.label.zh) + 1);
        if (f.kind === 'enum')
          expect(cell.dataValidation.formulae[0], `${decl.code}.${f.key}`).toBe(
            `"${f.options.map((o) => o.label.zh).join(',')}"`,
          );
        if (f.kind === 'boolean') expect(cell.dataValidation.formulae[0]).toBe('"是,否"');
      }
      expect(ws.getCell(500, header.indexOf('受援县') + 1).dataValidation.formulae[0]).toBe('"环县,庆城县,夏河县"');
      expect(ws.getCell(300, header.indexOf('乡镇/村区划编码') + 1).numFmt).toBe('@');
      if (decl.roster.mode === 'single') {
        expect(header.slice(-5)).toEqual(['身份证号', '姓名', '手机号', '是否建档立卡', '备注']);
        expect(ws.getCell(2, header.indexOf('身份证号') + 1).numFmt).toBe('@');
      } else expect(header).not.toContain('身份证号');
      const ref = wb.getWorksheet('单位与区县 Units & counties')!.getSheetValues().slice(2) as unknown[][];
      expect(ref.find((r) => r[2] === 'renshe')?.[3]).toBe('区人社局');
      expect(ref.find((r) => r[2] === '621022')?.[3]).toBe('环县');
      expect(ref.find((r) => r[2] === '621022100')?.[1]).toBe('乡镇 Township');
    }
  });

  it('is refused for a type nothing of which the caller reports', async () => {
    expect((await download(huan, '/api/records/template.xlsx?type=employment')).status).toBe(403);
    expect((await download(renshe, '/api/records/template.xlsx?type=business_start')).status).toBe(403);
    expect((await download(office, '/api/records/template.xlsx?type=nonsense')).status).toBe(400);
  });

  it('filled in and uploaded by a county officer: their county’s rows go in, another county’s are rejected with the reason', async () => {
    const wb = await workbook((await download(huan, '/api/records/template.xlsx?type=business_start')).raw);
    const ws = wb.worksheets[0]!;
    const id = (seq: number) => makeIdNumber('621022', '19880512', seq);
    // 发生日期, 东部单位, 受援县, 区划, 结对, 创业项目, 带动贫困人口就业, 身份证号, 姓名, 手机号, 是否建档立卡, 备注
    const rows = [
      [
        new Date(Date.UTC(2019, 4, 6)),
        '区人社局',
        '环县',
        '621022100',
        null,
        '肉羊养殖合作社',
        12,
        id(301),
        '李创业',
        '13912345678',
        '是',
        null,
      ],
      ['2019-05-07', 'renshe', '庆城县', null, null, '苹果冷库', 3, id(302), '王冷库', null, '否', null],
      ['2019-05-08', 'renshe', '环县', null, null, '电商网店', 1.5, id(303), '张网店', null, '也许', '=1+1'],
    ];
    rows.forEach((r, i) => r.forEach((v, j) => (ws.getCell(i + 2, j + 1).value = v)));
    const res = await upload(huan, Buffer.from(await wb.xlsx.writeBuffer()), 'business_start');
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    const done = await finished(huan, res.body.id);
    expect(done).toMatchObject({ status: 'done', total: 3, accepted: 1, rejected: 2 });
    const reasons = await rejectReasons(huan, done.rejectsUrl);
    expect(reasons.get(3)).toBe(
      '受援县：您不是该县的填报人，不能导入其台账 / County: you do not report for this county',
    );
    expect(reasons.get(4)!.split('\n')).toEqual([
      '带动贫困人口就业：应为整数 / Poor people employed: must be a whole number',
      '是否建档立卡：应为“是”或“否” / Registered poor: use 是 (yes) or 否 (no)',
    ]);
    const rec = await env.ctx.db.execute(
      sql`select attrs, persons, people_count, region_code, reporter_side, status from records where import_id = ${res.body.id}`,
    );
    expect(rec.rows).toEqual([
      {
        attrs: { business: '肉羊养殖合作社', poorPersons: 12 },
        persons: 1,
        people_count: 1,
        region_code: '621022100',
        reporter_side: 'west',
        status: 'draft',
      },
    ]);
  });
});

describe('ledger export', () => {
  let recordId: string;
  const idNumber = makeIdNumber('621022', '19900303', 777);

  it('streams the caller’s records as typed cells under a frozen header, formula text escaped, ID numbers masked, audited', async () => {
    const unit = (await env.ctx.db.execute<{ id: string }>(sql`select id from units where code = 'renshe'`)).rows[0]!
      .id;
    const created = await renshe.post('/api/records', {
      type: 'employment',
      occurredOn: '2019-07-01',
      eastUnitId: unit,
      countyCode: '621022',
      values: { destination: 'tianjin', employer: "=cmd|' /C calc'!A0", startDate: '2019-07-02' },
      people: [{ idNumber, name: '赵就业', phone: '13800001111', isPoor: true }],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    recordId = created.body.id;

    const res = await download(renshe, '/api/records/export.xlsx?type=employment&year=2019');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const ws = (await workbook(res.raw)).worksheets[0]!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const header = (ws.getRow(1).values as unknown[]).slice(1) as string[];
    const col = (name: string) => header.indexOf(name) + 1;
    expect(header).toEqual(
      expect.arrayContaining([
        '记录 ID',
        '发生日期',
        '东部单位',
        '受援县编码',
        '就业去向',
        '用工单位',
        '人员',
        '金额（元）',
      ]),
    );
    const rows = Array.from({ length: ws.rowCount - 1 }, (_, i) => ws.getRow(i + 2));
    const mine = rows.find((r) => r.getCell(col('记录 ID')).value === recordId)!;
    expect(mine.getCell(col('用工单位')).value).toBe("'=cmd|' /C calc'!A0");
    expect(mine.getCell(col('就业去向')).value).toBe('来津');
    expect(mine.getCell(col('发生日期')).value).toEqual(new Date(Date.UTC(2019, 6, 1)));
    expect(mine.getCell(col('受援县编码'))).toMatchObject({ value: '621022', numFmt: '@' });
    expect(mine.getCell(col('人数')).value).toBe(1);
    expect(String(mine.getCell(col('人员')).value)).toMatch(/^赵就业 6210\*{10}\d{3}[\dX]（建档立卡）$/);
    for (const r of rows) r.eachCell((c) => expect(String(c.value)).not.toMatch(/\d{17}[\dX]/));
    expect(rows.every((r) => r.getCell(col('东部单位')).value === '区人社局')).toBe(true);
    const audit = await env.ctx.db.execute<{ details: { filters: Record<string, unknown> } }>(
      sql`select details from audit_log where action = 'record.export'`,
    );
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]!.details.filters).toMatchObject({ type: 'employment', year: 2019 });
  });

  it('keeps to the caller’s scope and, across types, puts the fields in one column', async () => {
    const theirs = await download(qing, '/api/records/export.xlsx');
    const ws = (await workbook(theirs.raw)).worksheets[0]!;
    const header = (ws.getRow(1).values as unknown[]).slice(1) as string[];
    expect(header).toContain('内容');
    const ids = ws.getColumn(header.indexOf('记录 ID') + 1).values.slice(2);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).not.toContain(recordId);
    expect(new Set(ws.getColumn(header.indexOf('受援县编码') + 1).values.slice(2))).toEqual(new Set(['621021']));
    expect((await download(qing, '/api/records/export.xlsx?status=bogus')).status).toBe(400);
  });

  it('names each record’s pairing by the label the import reads and, for a type with a roster of many, lists its people on a masked 名单 Roster sheet', async () => {
    const { id: unit, tenant_id: tenantId } = (
      await env.ctx.db.execute<{ id: string; tenant_id: string }>(
        sql`select id, tenant_id from units where code = 'renshe'`,
      )
    ).rows[0]!;
    // two pairings of the same parties: a row names either by its kind and parties
    const parties = { east: { unitId: unit }, west: { regionCode: '621022100' }, startDate: '2019-01-01' };
    const paired = await office.post('/api/pairings', { ...parties, kind: 'other' });
    expect(paired.status, JSON.stringify(paired.body)).toBe(200);
    expect((await office.post('/api/pairings', { ...parties, kind: 'enterprise_village' })).status).toBe(200);
    const refs = await listPairingRefs(env.ctx.db, tenantId);
    const pairing = pairingLabels(refs).find((p) => p.id === paired.body.id)!;
    expect(pairing.label).toMatch(/^其他结对：区人社局 — /);
    const people = [
      { idNumber: makeIdNumber('621022', '19920404', 11), name: '钱学员', phone: '13900002222', isPoor: true },
      { idNumber: makeIdNumber('621022', '19920404', 12), name: '孙学员', isPoor: false },
      { idNumber: makeIdNumber('621022', '19920404', 13), name: '李学员', phone: '13700003333', isPoor: false },
    ];
    const created = await renshe.post('/api/records', {
      type: 'training',
      occurredOn: '2019-09-10',
      eastUnitId: unit,
      countyCode: '621022',
      pairingId: pairing.id,
      values: { trainingKind: 'vocational', title: '电商技能培训', sessions: 1, personTimes: 3 },
      people,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    const trainingId: string = created.body.id;

    const res = await download(renshe, '/api/records/export.xlsx?type=training&year=2019');
    expect(res.status).toBe(200);
    const wb = await workbook(res.raw);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['台账 Ledger', '名单 Roster']);
    const [ledger, roster] = wb.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet];
    const header = (ledger.getRow(1).values as unknown[]).slice(1) as string[];
    const col = (name: string) => header.indexOf(name) + 1;
    expect(ledger.getRow(1).getCell(col('结对')).note).toBe('结对 / Pairing');
    const rows = Array.from({ length: ledger.rowCount - 1 }, (_, i) => ledger.getRow(i + 2));
    const mine = rows.find((r) => r.getCell(col('记录 ID')).value === trainingId)!;
    const label = mine.getCell(col('结对')).value;
    expect(label).toBe(pairing.label);
    const lookup = pairingLookup(refs);
    expect(lookup(String(label))).toBe(pairing.id);
    for (const r of rows) {
      const v = r.getCell(col('结对')).value;
      if (v !== null) expect(lookup(String(v)), String(v)).toMatch(/^[0-9a-f-]{36}$/); // every exported label reads back as one pairing
    }

    expect((roster.getRow(1).values as unknown[]).slice(1)).toEqual([
      '记录 ID',
      '身份证号（脱敏）',
      '姓名',
      '手机号（脱敏）',
      '是否建档立卡',
    ]);
    expect(roster.getRow(1).getCell(2).note).toBe('身份证号（脱敏） / ID number (masked)');
    expect(roster.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const lines = Array.from({ length: roster.rowCount - 1 }, (_, i) => roster.getRow(i + 2));
    const ours = lines.filter((l) => l.getCell(1).value === trainingId);
    expect(ours.map((l) => [l.getCell(3).value, l.getCell(5).value])).toEqual([
      ['钱学员', '是'],
      ['孙学员', '否'],
      ['李学员', '否'],
    ]);
    expect(ours[0]!.getCell(1).numFmt).toBe('@');
    expect(ours[0]!.getCell(2)).toMatchObject({ numFmt: '@', type: ExcelJS.ValueType.String });
    expect(String(ours[0]!.getCell(2).value)).toMatch(/^6210\*{10}\d{3}[\dX]$/);
    expect(ours[0]!.getCell(4)).toMatchObject({ numFmt: '@', type: ExcelJS.ValueType.String });
    expect(String(ours[0]!.getCell(4).value)).toMatch(/^139\*+2222$/);
    expect(ours[1]!.getCell(4).value).toBeNull();
    // every ledger row's people are its roster lines, in the ledger's order
    const perRecord = new Map<string, number>();
    for (const l of lines)
      perRecord.set(String(l.getCell(1).value), (perRecord.get(String(l.getCell(1).value)) ?? 0) + 1);
    for (const r of rows)
      expect(perRecord.get(String(r.getCell(col('记录 ID')).value)) ?? 0).toBe(r.getCell(col('人员数')).value);
    expect([...perRecord.keys()]).toEqual(
      rows.map((r) => String(r.getCell(col('记录 ID')).value)).filter((id) => perRecord.has(id)),
    );

    const secrets = [...people.map((p) => p.idNumber), '13900002222', '13700003333'];
    for (const ws of wb.worksheets)
      ws.eachRow((row) =>
        row.eachCell((c) => {
          expect(String(c.value)).not.toMatch(/\d{17}[\dX]/);
          for (const s of secrets) expect(String(c.value)).not.toContain(s);
        }),
      );

    const employment = await workbook(
      (await download(renshe, '/api/records/export.xlsx?type=employment&year=2019')).raw,
    );
    expect(employment.worksheets.map((w) => w.name)).toEqual(['台账 Ledger']);
    const eHeader = (employment.worksheets[0]!.getRow(1).values as unknown[]).slice(1) as string[];
    const unpaired = employment.worksheets[0]!.getColumn(eHeader.indexOf('记录 ID') + 1).values.indexOf(recordId);
    expect(employment.worksheets[0]!.getCell(unpaired, eHeader.indexOf('结对') + 1).value).toBeNull();
    const everyType = await workbook((await download(renshe, '/api/records/export.xlsx?year=2019')).raw);
    expect(everyType.worksheets.map((w) => w.name)).toEqual(['台账 Ledger']);
  });
});
