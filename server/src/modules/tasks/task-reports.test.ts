import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TaskDetailDto, TaskDto, WarningDto } from '@xiezuo/domain';
import { createTestEnv, signedIn, type TestClient, type TestEnv } from '../../../test/harness';

let env: TestEnv;
let office: TestClient;
let zuzhibu: TestClient;
let renshe: TestClient;
let tasks: TaskDto[];
const DEMO = 'year=2019&asOf=2019-09-30';
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

beforeAll(async () => {
  env = await createTestEnv();
  office = await signedIn(env.app, 'office');
  zuzhibu = await signedIn(env.app, 'unit-zuzhibu');
  renshe = await signedIn(env.app, 'unit-renshe');
  tasks = (await office.get(`/api/tasks?${DEMO}&kind=task_division&pageSize=500`)).body.items;
});
afterAll(() => env.close());

const byClause = (no: string) => tasks.find((t) => t.clauseNo === no)!;
const reportCount = async () =>
  (await env.ctx.db.execute<{ n: number }>(sql`select count(*)::int as n from task_reports`)).rows[0]!.n;
const warnings = async (c: TestClient, q = '') => (await c.get(`/api/warnings?${DEMO}${q}`)).body.items as WarningDto[];

describe('monthly progress reports', () => {
  it('the lead unit reports on its task; the report is the task’s latest', async () => {
    const t = byClause('3.5.9');
    const res = await zuzhibu.post(`/api/tasks/${t.id}/reports`, {
      period: '2019-09',
      percent: 70,
      text: '9月份：组织全区党员干部开展扶贫献爱心活动，募集款物 12 万元。',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const d = (await zuzhibu.get(`/api/tasks/${t.id}?asOf=2019-09-30`)).body as TaskDetailDto;
    expect(d.percent).toBe(70);
    expect(d.lastReport).toMatchObject({ period: '2019-09', percent: 70, unit: { name: '区委组织部' } });
    expect(d.reports[0]).toMatchObject({ isLead: true, abilities: { attach: true } });
  });

  it('a co-unit adds its part without moving the lead unit’s figure', async () => {
    const t = byClause('3.1.6'); // led by 区委组织部, 区人社局 co-operates
    const before = (await renshe.get(`/api/tasks/${t.id}?asOf=2019-09-30`)).body as TaskDetailDto;
    const res = await renshe.post(`/api/tasks/${t.id}/reports`, {
      period: '2019-09',
      percent: 100,
      text: '配合举办致富带头人培训班 2 期。',
    });
    expect(res.status).toBe(200);
    const after = (await renshe.get(`/api/tasks/${t.id}?asOf=2019-09-30`)).body as TaskDetailDto;
    expect(after.reports.find((r) => r.unit.name === '区人社局')).toMatchObject({ isLead: false });
    expect(after.reportsMissing).toEqual(before.reportsMissing);
  });

  it('a qualitative task reported complete waits for its evidence file, then is done', async () => {
    const t = byClause('3.5.9');
    expect(
      (await zuzhibu.post(`/api/tasks/${t.id}/reports`, { period: '2019-09', percent: 100, text: '活动已完成。' }))
        .status,
    ).toBe(200);
    const onDemo = async () => (await zuzhibu.get(`/api/tasks/${t.id}?asOf=2019-09-30`)).body as TaskDetailDto;
    const d = await onDemo();
    expect(d).toMatchObject({ status: 'under_way', percent: 99, needsEvidence: true });
    const withFile = await zuzhibu.upload(`/api/tasks/${t.id}/reports/${d.reports[0]!.id}/files`, {
      filename: '活动简报.png',
      content: PNG,
    });
    expect(withFile.status, JSON.stringify(withFile.body)).toBe(200);
    expect(await onDemo()).toMatchObject({ status: 'done', needsEvidence: false, evidence: { files: 1 } });
    const fileId = (await onDemo()).reports[0]!.files[0]!.id;
    const dl = await office.get(`/api/tasks/${t.id}/reports/${d.reports[0]!.id}/files/${fileId}`);
    expect([dl.status, dl.headers['content-type']]).toEqual([200, 'image/png']);
    // another unit may not add evidence to this unit's report
    expect(
      (await renshe.upload(`/api/tasks/${t.id}/reports/${d.reports[0]!.id}/files`, { filename: 'x.png', content: PNG }))
        .status,
    ).toBe(403);
  });

  it('refuses a report on another unit’s task, a month outside the year or to come, and changes nothing', async () => {
    const before = await reportCount();
    const other = byClause('3.3.1'); // 区人社局's
    const refused = await zuzhibu.post(`/api/tasks/${other.id}/reports`, {
      period: '2019-09',
      percent: 50,
      text: '越权报告',
    });
    expect([refused.status, refused.body.error.code]).toEqual([403, 'FORBIDDEN']);
    const mine = byClause('3.1.1');
    const outside = await zuzhibu.post(`/api/tasks/${mine.id}/reports`, {
      period: '2018-12',
      percent: 50,
      text: '上年',
    });
    expect([outside.status, outside.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    const bad = await zuzhibu.post(`/api/tasks/${mine.id}/reports`, {
      period: '2019-13',
      percent: 50,
      text: '无效月份',
    });
    expect(bad.status).toBe(400);
    const tooMuch = await zuzhibu.post(`/api/tasks/${mine.id}/reports`, {
      period: '2019-09',
      percent: 120,
      text: '超过',
    });
    expect(tooMuch.status).toBe(400);
    // the office watches, it does not report for a unit
    expect(
      (await office.post(`/api/tasks/${mine.id}/reports`, { period: '2019-09', percent: 50, text: '代报' })).status,
    ).toBe(403);
    expect(await reportCount()).toBe(before);
  });
});

describe('overdue tasks and missing reports as warnings', () => {
  it('raises one warning per overdue task and one per unit with missing reports', async () => {
    const list = await warnings(office);
    const overdue = list.filter((w) => w.kind === 'task_overdue');
    expect(overdue.map((w) => w.title.zh).sort()).toEqual([
      '任务逾期：3.2.3 会同每个结对帮扶县打造1个特色产品',
      '任务逾期：3.2.8 会同各受援县编制、发布产业目录和项目册',
      '任务逾期：3.2.9 研究出台产业扶贫支持政策',
    ]);
    const catalogue = overdue.find((w) => w.title.zh.includes('3.2.8'))!;
    expect(catalogue).toMatchObject({
      severity: 'critical',
      daysOpen: 92,
      responsibleUnits: [{ name: '区发展改革委' }],
      link: `/tasks/${byClause('3.2.8').id}`,
      abilities: { supervise: true },
    });
    const missing = list.filter((w) => w.kind === 'task_report_missing');
    expect(missing.map((w) => w.responsibleUnits[0]!.name).sort()).toEqual(
      ['区审计局', '区工商联', '区文化和旅游局', '团区委'].sort(),
    );
    expect(missing.find((w) => w.responsibleUnits[0]!.name === '区文化和旅游局')!.message.zh).toContain(
      '最近一期 2019-08',
    );
  });

  it('keeps each unit and group to its own, and a county officer to none of them', async () => {
    const talent = await warnings(await signedIn(env.app, 'group-talent'));
    expect(talent.some((w) => w.kind === 'task_overdue')).toBe(false);
    expect((await warnings(office, '&kind=task_overdue')).length).toBe(3);
    const industry = await warnings(office, '&kind=task_overdue&group=industry');
    expect(industry.map((w) => w.responsibleUnits[0]!.name)).toEqual(['区发展改革委', '区发展改革委', '区发展改革委']);
    const renshe = await warnings(await signedIn(env.app, 'unit-renshe'));
    expect(renshe.some((w) => w.kind === 'task_overdue' || w.kind === 'task_report_missing')).toBe(false);
    const huan = await warnings(await signedIn(env.app, 'county-huan'));
    expect(huan.some((w) => w.kind === 'task_overdue' || w.kind === 'task_report_missing')).toBe(false);
  });

  it('an overdue task’s warning becomes a supervision order to its lead unit', async () => {
    const w = (await warnings(office, '&kind=task_overdue')).find((x) => x.title.zh.includes('3.2.9'))!;
    const res = await office.post('/api/supervision-orders', {
      subject: w.title.zh,
      warningId: w.id,
      unitIds: w.responsibleUnits.map((u) => u.id),
      dueDate: '2099-12-31',
      requiredResponse: '请说明产业扶贫支持政策出台进度并限期完成。',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const again = (await warnings(office, '&kind=task_overdue')).find((x) => x.id === w.id)!;
    expect(again.order).toMatchObject({ status: 'open' });
  });
});
