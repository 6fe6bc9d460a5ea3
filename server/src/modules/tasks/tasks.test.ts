import { Document, Packer, Paragraph } from 'docx';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TaskDetailDto, TaskDto } from '@xiezuo/domain';
import { createTestEnv, signedIn, type TestClient, type TestEnv } from '../../../test/harness';

let env: TestEnv;
let office: TestClient;
let zuzhibu: TestClient;
let huan: TestClient;
let units: Map<string, string>;
let division: string;
const DEMO = 'year=2019&asOf=2019-09-30';

beforeAll(async () => {
  env = await createTestEnv();
  office = await signedIn(env.app, 'office');
  zuzhibu = await signedIn(env.app, 'unit-zuzhibu');
  huan = await signedIn(env.app, 'county-huan');
  units = new Map(
    (await env.ctx.db.execute<{ code: string; id: string }>(sql`select code, id from units`)).rows.map((r) => [
      r.code,
      r.id,
    ]),
  );
  division = (await office.get('/api/documents?year=2019&kind=task_division')).body.items[0].id;
});
afterAll(() => env.close());

const divisionTasks = async (c: TestClient, extra = '') =>
  (await c.get(`/api/tasks?${DEMO}&kind=task_division&pageSize=500${extra}`)).body as {
    items: TaskDto[];
    total: number;
    summary: Record<string, number>;
  };
const clause = (list: TaskDto[], no: string) => list.find((t) => t.clauseNo === no)!;
const taskCount = async () =>
  (await env.ctx.db.execute<{ n: number }>(sql`select count(*)::int as n from tasks`)).rows[0]!.n;

describe('the 2019 task division (demo)', () => {
  it('holds the 63 clauses of the speech with their lead units, judged on 2019-09-30', async () => {
    const d = await divisionTasks(office);
    expect(d.total).toBe(63);
    // 3.5.1 (结对认亲) and 3.6.1 (夏河班) are judged by their records: the demo's family visits and student support
    expect(d.summary).toEqual({ not_started: 4, under_way: 41, done: 15, overdue: 3 });
    expect(clause(d.items, '3.1.1')).toMatchObject({
      leadUnit: { name: '区委组织部' },
      group: { code: 'talent', name: '人才支援专项工作组' },
      basis: 'indicators',
      status: 'under_way',
    });
    // done when every linked indicator is achieved; overdue when its deadline passed without that
    expect(clause(d.items, '3.2.2').status).toBe('done');
    expect(clause(d.items, '3.2.3')).toMatchObject({ status: 'overdue', dueDate: '2019-09-15' });
    // qualitative: the lead unit reported 100 % with an evidence file
    expect(clause(d.items, '3.3.4')).toMatchObject({ basis: 'reported', status: 'done', evidence: { files: 1 } });
    expect(clause(d.items, '3.2.8')).toMatchObject({ basis: 'reported', status: 'overdue', percent: 70 });
    // reports are due by the 5th of the next month: August's is missing here, September's not yet due
    expect(clause(d.items, '3.2.19').reportsMissing).toEqual(['2019-08']);
    expect(clause(d.items, '3.2.18').reportsMissing).toEqual(['2019-04', '2019-05', '2019-06', '2019-07', '2019-08']);
  });

  it('filters by working group, unit and status, counting statuses before the status filter', async () => {
    const talent = await divisionTasks(office, '&group=talent');
    expect(talent.items.every((t) => t.group?.code === 'talent')).toBe(true);
    const mine = await divisionTasks(office, `&unit=${units.get('zuzhibu')}`);
    expect(
      mine.items.every((t) => t.leadUnit.name === '区委组织部' || t.coUnits.some((u) => u.name === '区委组织部')),
    ).toBe(true);
    expect(mine.items.some((t) => t.clauseNo === '2.2')).toBe(true); // a co-unit's task is its task too
    const overdue = await divisionTasks(office, '&status=overdue');
    expect(overdue.items.map((t) => t.clauseNo).sort()).toEqual(['3.2.3', '3.2.8', '3.2.9']);
    expect(overdue.summary.overdue).toBe(3);
    expect(overdue.summary.under_way).toBe(41);
  });

  it('judges a task on an earlier date from what was known then', async () => {
    const june = (await office.get(`/api/tasks?year=2019&asOf=2019-06-10&kind=task_division&pageSize=500`)).body;
    expect(clause(june.items, '3.2.8')).toMatchObject({ status: 'under_way' });
    expect(clause(june.items, '3.3.4').status).toBe('done');
    expect(clause(june.items, '3.2.12').status).not.toBe('done');
  });

  it('is readable by every business role, a county officer too; the office alone may change it', async () => {
    const d = await divisionTasks(huan);
    expect(d.total).toBe(63);
    expect(d.items.every((t) => !t.abilities.edit && !t.abilities.report)).toBe(true);
    const z = await divisionTasks(zuzhibu);
    expect(z.items.every((t) => !t.abilities.edit)).toBe(true);
    expect(clause(z.items, '3.1.1').abilities.report).toBe(true);
    expect(clause(z.items, '3.3.1').abilities.report).toBe(false);
    expect((await divisionTasks(office)).items.every((t) => t.abilities.edit)).toBe(true);
  });
});

describe('adding and changing a task', () => {
  const body = () => ({
    documentId: division,
    clauseNo: '3.9.1',
    text: '组织挂职干部中期考核',
    leadUnitId: units.get('zuzhibu')!,
    coUnitIds: [units.get('renshe')!],
    groupCode: 'talent',
    deadline: '2019-09-20',
    deliverable: '考核报告',
  });

  it('adds a clause to the division and judges it at once', async () => {
    const res = await office.post('/api/tasks', body());
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const t = res.body as TaskDetailDto;
    expect(t).toMatchObject({
      clauseNo: '3.9.1',
      leadUnit: { name: '区委组织部' },
      coUnits: [{ name: '区人社局' }],
      cadence: 'once',
      basis: 'reported',
      version: 1,
    });
    const onDemo = (await office.get(`/api/tasks/${t.id}?asOf=2019-09-30`)).body as TaskDetailDto;
    expect(onDemo.status).toBe('overdue');
    const changed = await office.patch(`/api/tasks/${t.id}`, { ...body(), version: 1, deadline: '2019-10-20' });
    expect(changed.status).toBe(200);
    expect((await office.get(`/api/tasks/${t.id}?asOf=2019-09-30`)).body.status).toBe('not_started');
    // a stale version is refused with the current one
    const stale = await office.patch(`/api/tasks/${t.id}`, { ...body(), version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('CONFLICT');
  });

  it('refuses bad input with a clear code and changes nothing', async () => {
    const before = await taskCount();
    const cases: [Record<string, unknown>, string][] = [
      [{ ...body(), clauseNo: '3.9.2', leadUnitId: undefined }, 'leadUnitId'],
      [{ ...body(), clauseNo: '3.9.3', deadline: '2020-01-15' }, 'deadline'],
      [{ ...body(), clauseNo: '3.9.4', deadline: null }, 'deadline'],
      [{ ...body(), clauseNo: '3.9.5', indicatorCodes: ['talent.no_such'] }, 'indicatorCodes'],
      [{ ...body(), clauseNo: '3.9.6', coUnitIds: [units.get('zuzhibu')] }, 'coUnitIds'],
      [{ ...body(), clauseNo: '3.9.7', groupCode: 'nope' }, 'groupCode'],
    ];
    for (const [b, path] of cases) {
      const res = await office.post('/api/tasks', b);
      expect(res.status, path).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
      expect(JSON.stringify(res.body.error.details)).toContain(path);
    }
    const dup = await office.post('/api/tasks', body());
    expect([dup.status, dup.body.error.code]).toEqual([409, 'DUPLICATE']);
    // a unit reporter may not write the division
    expect((await zuzhibu.post('/api/tasks', { ...body(), clauseNo: '3.9.8' })).status).toBe(403);
    expect(await taskCount()).toBe(before);
  });
});

describe('documents', () => {
  const PDF = Buffer.from('%PDF-1.4\n%demo\n%%EOF\n', 'latin1');

  it('the office records a document and uploads it as PDF; other files are refused', async () => {
    const res = await office.post('/api/documents', {
      year: 2019,
      kind: 'other',
      title: '南开区2019年东西部扶贫协作补充任务',
      docNo: '南开协作组发〔2019〕9号',
      issuedOn: '2019-09-10',
      adoptedBy: '区领导小组',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ status: 'adopted', taskCount: 0, file: null, abilities: { edit: true } });
    const id = res.body.id as string;
    const up = await office.upload(`/api/documents/${id}/file`, { filename: '补充任务.pdf', content: PDF });
    expect(up.status, JSON.stringify(up.body)).toBe(200);
    expect(up.body.file).toMatchObject({ filename: '补充任务.pdf', mime: 'application/pdf' });
    expect(
      (await office.upload(`/api/documents/${id}/file`, { filename: 'a.txt', content: Buffer.from('plain') })).status,
    ).toBe(415);
    // a Word file is told from a workbook by its parts; a workbook is not a document
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('任务分工')] }] }));
    const word = await office.upload(`/api/documents/${id}/file`, { filename: '补充任务.docx', content: docx });
    expect(word.body.file).toMatchObject({
      filename: '补充任务.docx',
      mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('x').addRow(['x']);
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    expect((await office.upload(`/api/documents/${id}/file`, { filename: '表.xlsx', content: xlsx })).status).toBe(415);
    const dl = await zuzhibu.get(`/api/documents/${id}/file`);
    expect([dl.status, dl.raw.equals(docx)]).toEqual([200, true]);
    expect((await zuzhibu.post('/api/documents', { year: 2019, kind: 'other', title: '非法文件' })).status).toBe(403);
    expect(
      (await office.post('/api/documents', { year: 2019, kind: 'other', title: 'x', issuedOn: '2018-01-01' })).status,
    ).toBe(400);
  });
});
