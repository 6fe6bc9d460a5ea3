import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { WAN } from '@xiezuo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, signedIn, type TestClient, type TestEnv } from '../../../../test/harness';

let env: TestEnv;
let office: TestClient;
let leader: TestClient;
beforeAll(async () => {
  env = await createTestEnv();
  office = await signedIn(env.app, 'office');
  leader = await signedIn(env.app, 'leader');
});
afterAll(() => env.close());

/** POSTs a file (and optionally a reason before it) as multipart, the way the page's FormData does. */
async function upload(c: TestClient, year: number, content: Buffer, reason?: string) {
  const fields: Record<string, string> = reason === undefined ? {} : { reason };
  return c.upload(`/api/plans/${year}/import`, { filename: 'plan.xlsx', content }, fields);
}
async function exported(c: TestClient, year: number) {
  const res = await c.get(`/api/plans/${year}/export.xlsx`);
  const wb = new ExcelJS.Workbook();
  if (res.status === 200) await wb.xlsx.load(res.raw as never);
  return { status: res.status, headers: res.headers, wb, raw: res.raw };
}
const sheet = (wb: ExcelJS.Workbook) => wb.worksheets[0]!;
const header = (ws: ExcelJS.Worksheet) => (ws.getRow(1).values as unknown[]).slice(1).map(String);
const col = (ws: ExcelJS.Worksheet, name: string) => header(ws).indexOf(name) + 1;
const rowOf = (ws: ExcelJS.Worksheet, code: string) => {
  for (let r = 2; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(1).value === code) return ws.getRow(r);
  throw new Error(`no row ${code}`);
};
const buffer = async (wb: ExcelJS.Workbook) => Buffer.from(await wb.xlsx.writeBuffer());
const indicatorCount = async (year: number) =>
  Number(
    (await env.ctx.db.execute<{ n: string }>(sql`select count(*) as n from indicators where year = ${year}`)).rows[0]!
      .n,
  );

describe('the catalog as Excel', () => {
  it('exports one row per indicator with readable rule columns, the JSON rule, targets in 万元 and per county', async () => {
    expect((await exported(leader, 2019)).status).toBe(200);
    const { wb, headers } = await exported(office, 2019);
    expect(headers['content-disposition']).toContain(encodeURIComponent('2019年指标方案.xlsx'));
    const ws = sheet(wb);
    expect(header(ws)).toEqual(
      expect.arrayContaining([
        '指标代码',
        '指标名称',
        '英文名称',
        '类别',
        '牵头专项组',
        '统计方式',
        '台账类型',
        '计量',
        '筛选条件',
        '规则说明',
        '规则（JSON）',
        '目标类型',
        '总体目标',
        '每县目标',
        '环县目标（621022）',
        '进度方式',
      ]),
    );
    const tianjin = rowOf(ws, 'labour.employed_in_tianjin');
    expect(tianjin.getCell(col(ws, '规则说明')).value).toBe(
      '计：转移就业记录中不重复的建档立卡贫困人口人数，条件：就业去向为“来津”。',
    );
    expect(tianjin.getCell(col(ws, '筛选条件')).value).toBe('就业去向为“来津”');
    expect(JSON.parse(String(tianjin.getCell(col(ws, '规则（JSON）')).value))).toMatchObject({
      agg: 'distinct_persons',
      types: ['employment'],
    });
    expect(tianjin.getCell(col(ws, '牵头专项组')).value).toBe('劳务协作专项工作组');
    expect(rowOf(ws, 'consumption.amount').getCell(col(ws, '总体目标')).value).toBe(5000);
    expect(rowOf(ws, 'talent.cadres_sent').getCell(col(ws, '每县目标')).value).toBe(3);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '2019 指标目录 Catalog',
      '说明 Notes',
      '台账类型与字段 Record types',
    ]);
  });

  it('imports its own export back unchanged, for both seeded years', async () => {
    for (const year of [2018, 2019]) {
      const res = await upload(office, year, (await exported(office, year)).raw);
      expect(res.status, JSON.stringify(res.body).slice(0, 400)).toBe(200);
      expect(res.body).toMatchObject({ year, created: [], updated: [], planCreated: false });
      expect(res.body.unchanged.length).toBe(res.body.total);
    }
  });

  it('lists every bad row by number and column, and changes nothing', async () => {
    const { wb } = await exported(office, 2019);
    const ws = sheet(wb);
    const before = (await office.get('/api/plans/2019/indicators')).body;
    const json = col(ws, '规则（JSON）');
    rowOf(ws, 'consumption.amount').getCell(col(ws, '总体目标')).value = 6000; // a good change, refused with the rest
    const tianjin = rowOf(ws, 'labour.employed_in_tianjin');
    tianjin.getCell(json).value = JSON.stringify({
      agg: 'distinct_persons',
      types: ['employment'],
      filters: [{ field: 'planet', op: 'eq', value: 'mars' }],
      poorOnly: true,
    });
    rowOf(ws, 'labour.employed_elsewhere').getCell(json).value = JSON.stringify({
      agg: 'count',
      types: ['spaceflight'],
      filters: [],
    });
    rowOf(ws, 'funds.fiscal_paid').getCell(col(ws, '总体目标')).value = 'a lot';
    rowOf(ws, 'social.donations').getCell(col(ws, '总体目标')).value = -5;
    rowOf(ws, 'talent.trained').getCell(col(ws, '台账类型')).value = '转移就业';
    const copy = ws.addRow((rowOf(ws, 'talent.cadres_sent').values as unknown[]).slice(1));
    const res = await upload(office, 2019, await buffer(wb), '调整');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('IMPORT_ROWS_INVALID');
    const rows: { row: number; column: { zh: string }; zh: string }[] = res.body.error.details.rows;
    const at = (code: string) => rows.filter((r) => r.row === (code === 'copy' ? copy.number : rowOf(ws, code).number));
    expect(at('labour.employed_in_tianjin')).toMatchObject([
      { column: { zh: '规则（JSON）' }, zh: expect.stringContaining('没有字段“planet”') },
    ]);
    expect(at('labour.employed_elsewhere')).toMatchObject([{ zh: '未知的台账类型“spaceflight”' }]);
    expect(at('funds.fiscal_paid')).toMatchObject([{ column: { zh: '总体目标' }, zh: '应为数字' }]);
    expect(at('social.donations')).toMatchObject([{ column: { zh: '总体目标' }, zh: '目标不能为负数' }]);
    expect(at('talent.trained')).toMatchObject([{ column: { zh: '台账类型' }, zh: expect.stringContaining('不一致') }]);
    expect(at('copy')).toMatchObject([{ column: { zh: '指标代码' }, zh: expect.stringContaining('代码相同') }]);
    expect((await office.get('/api/plans/2019/indicators')).body).toEqual(before);
  });

  it('creates and updates in a published plan only with a reason, keeping the old version; the dashboard follows', async () => {
    const { wb } = await exported(office, 2019);
    const ws = sheet(wb);
    rowOf(ws, 'consumption.amount').getCell(col(ws, '总体目标')).value = 6000;
    const added = ws.addRow([]);
    const set = (name: string, v: string | number) => (added.getCell(col(ws, name)).value = v);
    set('指标代码', 'labour.job_fairs_held');
    set('指标名称', '举办专场招聘会');
    set('类别', '劳务协作');
    set('计量单位', '场');
    set('数值类型', '计数');
    set('牵头专项组', 'labour');
    set('责任单位', '区人社局');
    set('统计方式', '记录条数');
    set('台账类型', '专场招聘会');
    set('目标类型', '不低于');
    set('环县目标（621022）', 2);
    set('进度方式', '按月节点');
    set('月度节点（%）', '0,0,10,20,30,40,50,60,70,80,90,100');
    const file = await buffer(wb);
    const noReason = await upload(office, 2019, file);
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.details.fields[0].path).toBe('reason');
    const before = await indicatorCount(2019);
    const res = await upload(office, 2019, file, '领导小组会议调整目标');
    expect(res.status, JSON.stringify(res.body).slice(0, 600)).toBe(200);
    expect(res.body).toMatchObject({ created: ['labour.job_fairs_held'], updated: ['consumption.amount'] });
    expect(await indicatorCount(2019)).toBe(before + 1);
    const plan = (await office.get('/api/plans/2019/indicators')).body;
    const added2 = plan.indicators.find((i: { code: string }) => i.code === 'labour.job_fairs_held');
    expect(added2).toMatchObject({
      rule: { agg: 'count', types: ['job_fair'], filters: [] },
      target: { kind: 'min', counties: { '621022': 2 } },
      responsibleUnits: ['renshe'],
    });
    expect(added2.pacing.cumulative[2]).toBeCloseTo(0.1);
    const kept = await env.ctx.db.execute(
      sql`select v.reason from indicator_versions v join indicators i on i.id = v.indicator_id where i.code = 'consumption.amount' and i.year = 2019`,
    );
    expect(kept.rows).toEqual([{ reason: '领导小组会议调整目标' }]);
    const progress = (await office.get('/api/plans/2019/progress?asOf=2019-09-30')).body.items.find(
      (i: { code: string }) => i.code === 'consumption.amount',
    );
    expect(progress.target).toBe(6000 * WAN);
    const audit = await env.ctx.db.execute<{ action: string }>(
      sql`select action from audit_log where action in ('plan.import', 'indicator.create', 'indicator.update') and outcome = 'success' order by id`,
    );
    expect(audit.rows.map((r) => r.action).slice(-3)).toEqual(['indicator.update', 'indicator.create', 'plan.import']);
  });

  it('starts a draft plan for a year without one', async () => {
    const res = await upload(office, 2021, (await exported(office, 2019)).raw);
    expect(res.status).toBe(200);
    expect(res.body.planCreated).toBe(true);
    expect(res.body.created.length).toBe(res.body.total);
    expect((await office.get('/api/plans/2021/indicators')).body.status).toBe('draft');
  });

  it('refuses the wrong caller, a file that is not xlsx and a sheet without the catalog header', async () => {
    const file = (await exported(office, 2019)).raw;
    expect((await upload(leader, 2019, file)).status).toBe(403);
    expect((await upload(office, 2019, Buffer.from('指标代码,指标名称\n'))).status).toBe(415);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('x').addRow(['代码', '名称']);
    const res = await upload(office, 2019, await buffer(wb));
    expect(res.body.error.code).toBe('IMPORT_HEADER_INVALID');
    expect((await office.post('/api/plans/2019/import', {})).status).toBe(415);
  });
});
