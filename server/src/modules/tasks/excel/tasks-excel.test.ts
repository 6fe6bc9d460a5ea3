import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TaskDto } from '@xiezuo/domain';
import { createTestEnv, signedIn, type TestClient, type TestEnv } from '../../../../test/harness';

let env: TestEnv;
let office: TestClient;
let division: string;

beforeAll(async () => {
  env = await createTestEnv();
  office = await signedIn(env.app, 'office');
  division = (await office.get('/api/documents?year=2019&kind=task_division')).body.items[0].id;
});
afterAll(() => env.close());

async function exported(documentId: string) {
  const res = await office.get(`/api/documents/${documentId}/tasks.xlsx`);
  expect(res.status).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.raw as never);
  return wb;
}
const toBuffer = async (wb: ExcelJS.Workbook) => Buffer.from(await wb.xlsx.writeBuffer());
const header = (ws: ExcelJS.Worksheet) => (ws.getRow(1).values as unknown[]).slice(1).map(String);
const col = (ws: ExcelJS.Worksheet, name: string) => header(ws).indexOf(name) + 1;
const importInto = (documentId: string, buf: Buffer, c = office) =>
  c.upload(`/api/documents/${documentId}/tasks/import`, { filename: 'division.xlsx', content: buf });
const snapshot = async () =>
  (
    await env.ctx.db.execute<{ n: number; v: number }>(
      sql`select count(*)::int as n, coalesce(sum(version), 0)::int as v from tasks`,
    )
  ).rows[0];

describe('the task division in Excel', () => {
  it('exports every clause with its units, deadline and links, and imports back unchanged', async () => {
    const wb = await exported(division);
    const ws = wb.worksheets[0]!;
    expect(header(ws).slice(0, 9)).toEqual([
      '条款编号',
      '任务内容',
      '牵头单位',
      '配合单位',
      '专项工作组',
      '完成时限',
      '成果形式',
      '关联指标',
      '佐证台账类型',
    ]);
    expect(ws.rowCount).toBe(64);
    const row = (no: string) => ws.getRows(2, 63)!.find((r) => r.getCell(1).value === no)!;
    expect(row('3.1.3').getCell(col(ws, '配合单位')).value).toBe('区教育局、区卫生健康委');
    expect(row('3.2.15').getCell(col(ws, '完成时限')).value).toBe('按月');
    expect(row('3.1.1').getCell(col(ws, '关联指标')).value).toBe('talent.cadres_sent');
    const before = await snapshot();
    const res = await importInto(division, await toBuffer(wb));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ total: 63, created: [], updated: [] });
    expect(res.body.unchanged).toHaveLength(63);
    expect(await snapshot()).toEqual(before);
  });

  it('creates new clauses and updates changed ones into a new document', async () => {
    const doc = await office.post('/api/documents', {
      year: 2019,
      kind: 'other',
      title: '南开区东西部扶贫协作第四季度重点任务',
      issuedOn: '2019-09-28',
    });
    const template = await exported(doc.body.id);
    const ws = template.worksheets[0]!;
    expect(ws.rowCount).toBe(1);
    ws.addRow([
      '1',
      '组织挂职干部中期考核',
      '区委组织部',
      '区人社局',
      '人才支援专项工作组',
      new Date('2019-09-20'),
      '考核报告',
      '',
      '',
    ]);
    ws.addRow([
      '2',
      '开展扶贫日集中宣传',
      'xuanchuanbu',
      '区委网信办、区新闻中心',
      'publicity',
      '2019-10-17',
      '',
      '',
      '宣传报道',
    ]);
    ws.addRow(['3', '按月调度消费扶贫进度', '区商务局', '', '', '按月', '', '消费扶贫总额', '']);
    const res = await importInto(doc.body.id, await toBuffer(template));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ total: 3, created: ['1', '2', '3'] });
    const tasks = (await office.get(`/api/tasks?year=2019&document=${doc.body.id}&asOf=2019-09-30`)).body
      .items as TaskDto[];
    expect(tasks.map((t) => [t.clauseNo, t.leadUnit.name, t.cadence, t.deadline, t.status])).toEqual([
      ['1', '区委组织部', 'once', '2019-09-20', 'overdue'],
      ['2', '区委宣传部', 'once', '2019-10-17', 'not_started'],
      ['3', '区商务局', 'monthly', null, 'under_way'],
    ]);
    expect(tasks[1]!.coUnits.map((u) => u.name)).toEqual(['区委网信办', '区新闻中心']);
    expect(tasks[1]!.recordTypes).toEqual(['article']);
    expect(tasks[2]!.indicatorCodes).toEqual(['consumption.amount']);
    // the same file again changes nothing; a changed deadline updates that clause
    expect((await importInto(doc.body.id, await toBuffer(template))).body.unchanged).toHaveLength(3);
    ws.getRow(2).getCell(6).value = new Date('2019-10-20');
    expect((await importInto(doc.body.id, await toBuffer(template))).body).toMatchObject({ updated: ['1'] });
  });

  it('refuses a sheet with bad rows as a whole, listing each problem by row, and changes nothing', async () => {
    const doc = (await office.get('/api/documents?year=2019&kind=other')).body.items.find(
      (d: { title: string }) => d.title === '南开区东西部扶贫协作第四季度重点任务',
    );
    const wb = await exported(doc.id);
    const ws = wb.worksheets[0]!;
    ws.addRow(['4', '没有牵头单位的任务', '', '', '', '2019-11-30']);
    ws.addRow(['5', '完成时限不在本年度', '区商务局', '', '', '2020-03-31']);
    ws.addRow(['6', '未知单位', '区不存在局', '区商务局、区虚构办', '', '2019-11-30']);
    ws.addRow(['7', '未知指标', '区商务局', '', '', '2019-11-30', '', 'talent.no_such']);
    ws.addRow(['1', '重复的条款编号', '区商务局', '', '', '2019-11-30']);
    const before = await snapshot();
    const res = await importInto(doc.id, await toBuffer(wb));
    expect([res.status, res.body.error.code]).toEqual([400, 'IMPORT_ROWS_INVALID']);
    const problems = res.body.error.details.rows as { row: number; column: { zh: string }; zh: string }[];
    expect(problems.map((p) => [p.row, p.column.zh])).toEqual([
      [5, '牵头单位'],
      [6, '完成时限'],
      [7, '牵头单位'],
      [7, '配合单位'],
      [8, '关联指标'],
      [9, '条款编号'],
    ]);
    expect(problems[1]!.zh).toBe('完成时限须在 2019 年内');
    expect(await snapshot()).toEqual(before);
    // a sheet without the template's columns, or not a workbook at all
    const other = new ExcelJS.Workbook();
    other.addWorksheet('x').addRow(['姓名', '身份证号']);
    const wrong = await importInto(doc.id, await toBuffer(other));
    expect([wrong.status, wrong.body.error.code]).toEqual([400, 'IMPORT_HEADER_INVALID']);
    expect((await importInto(doc.id, Buffer.from('not a workbook'))).status).toBe(415);
    expect((await importInto(doc.id, await toBuffer(wb), await signedIn(env.app, 'unit-renshe'))).status).toBe(403);
  });
});
