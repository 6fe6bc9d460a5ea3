import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ASSESSMENT_ITEMS, type DocumentDto, type UnitPlanListDto } from '@xiezuo/domain';
import { createTestEnv, signedIn, TestClient, type TestEnv } from '../../../test/harness';

let env: TestEnv;
let office: TestClient;
let units: Map<string, string>;

beforeAll(async () => {
  env = await createTestEnv();
  office = await signedIn(env.app, 'office');
  units = new Map(
    (await env.ctx.db.execute<{ code: string; id: string }>(sql`select code, id from units`)).rows.map((r) => [
      r.code,
      r.id,
    ]),
  );
});
afterAll(() => env.close());

/** A reporter of a unit without a demo account, created by the security admin and past the first-password change. */
async function reporterOf(code: string): Promise<TestClient> {
  const sec = await signedIn(env.app, 'secadmin');
  const res = await sec.post('/api/users', {
    username: `reporter.${code}`,
    displayName: `${code} 填报员`,
    roles: [{ role: 'unit_reporter', scopeId: units.get(code) }],
  });
  const c = new TestClient(env.app);
  await c.login(`reporter.${code}`, res.body.initialPassword);
  await c.post('/api/auth/change-password', {
    currentPassword: res.body.initialPassword,
    newPassword: 'Own-Pass-2019x',
  });
  await c.login(`reporter.${code}`, 'Own-Pass-2019x');
  return c;
}
const overview = async (c: TestClient) => (await c.get('/api/unit-plans?year=2019')).body as UnitPlanListDto;

describe('unit plans (本单位扶贫计划)', () => {
  it('lists every member unit with its plan or its absence, late ones marked', async () => {
    const o = await overview(office);
    expect(o).toMatchObject({ year: 2019, dueOn: '2019-04-30', total: 30 });
    expect(o.summary).toEqual({ missing: 3, draft: 1, submitted: 2, returned: 1, accepted: 23 });
    const late = o.items.filter((i) => i.isLate).map((i) => i.unit.name);
    expect(late.sort()).toEqual(['区住房建设委', '区体育局', '区司法局', '区总工会', '区科协', '区统计局'].sort());
    const zuzhibu = o.items.find((i) => i.unit.name === '区委组织部')!;
    expect(zuzhibu.plan).toMatchObject({ status: 'accepted', taskCount: 1 });
    expect(zuzhibu.divisionTasks).toBeGreaterThanOrEqual(8);
  });

  it('shows a unit its own plan, a working group its members’, a county officer none', async () => {
    const mine = await overview(await signedIn(env.app, 'unit-zuzhibu'));
    expect(mine.items.map((i) => i.unit.name)).toEqual(['区委组织部']);
    const group = await overview(await signedIn(env.app, 'group-labour'));
    expect(group.items.map((i) => i.unit.name).sort()).toEqual(['区人社局', '区总工会'].sort());
    expect((await overview(await signedIn(env.app, 'county-huan'))).items).toEqual([]);
  });

  it('a unit without a plan starts one, adds its own task, submits it; the office returns and then accepts it', async () => {
    const kexie = await reporterOf('kexie');
    const start = await kexie.post('/api/unit-plans', { year: 2019, title: '区科协2019年东西部扶贫协作工作计划' });
    expect(start.status, JSON.stringify(start.body)).toBe(200);
    expect(start.body).toMatchObject({
      state: 'draft',
      isLate: true,
      plan: { abilities: { edit: true, submit: true } },
    });
    const planId = start.body.plan.id as string;
    expect((await kexie.post('/api/unit-plans', { year: 2019, title: '再来一份' })).status).toBe(409);
    const task = await kexie.post('/api/tasks', {
      documentId: planId,
      clauseNo: '1',
      text: '组织科技特派员赴夏河县开展农技培训',
      leadUnitId: units.get('kexie'),
      deadline: '2019-11-30',
    });
    expect(task.status, JSON.stringify(task.body)).toBe(200);
    // a plan may name another unit as the lead of a shared task
    const shared = {
      documentId: planId,
      clauseNo: '2',
      text: '联合开展科普活动',
      leadUnitId: units.get('zuzhibu'),
      deadline: '2019-11-30',
    };
    expect((await kexie.post('/api/tasks', shared)).status).toBe(200);
    // nobody else writes this plan: another unit does not even see it
    const zuzhibu = await signedIn(env.app, 'unit-zuzhibu');
    expect((await zuzhibu.post(`/api/documents/${planId}/transitions`, { action: 'submit' })).status).toBe(404);
    expect((await zuzhibu.post('/api/tasks', { ...shared, clauseNo: '3' })).status).toBe(400);
    const submit = await kexie.post(`/api/documents/${planId}/transitions`, { action: 'submit' });
    expect(submit.body).toMatchObject({ status: 'submitted', abilities: { edit: false, submit: false } });
    expect((await kexie.post(`/api/documents/${planId}/transitions`, { action: 'accept' })).status).toBe(403);
    const noReason = await office.post(`/api/documents/${planId}/transitions`, { action: 'return' });
    expect(noReason.status).toBe(400);
    const back = await office.post(`/api/documents/${planId}/transitions`, {
      action: 'return',
      note: '请补充时间节点',
    });
    expect(back.body).toMatchObject({ status: 'returned', reviewNote: '请补充时间节点' });
    expect((await office.post(`/api/documents/${planId}/transitions`, { action: 'accept' })).status).toBe(409);
    expect((await kexie.post(`/api/documents/${planId}/transitions`, { action: 'submit' })).status).toBe(200);
    const accepted = (await office.post(`/api/documents/${planId}/transitions`, { action: 'accept' }))
      .body as DocumentDto;
    expect(accepted).toMatchObject({ status: 'accepted', taskCount: 2 });
    const events = await env.ctx.db.execute<{ action: string }>(
      sql`select action from document_events where document_id = ${planId} order by at`,
    );
    expect(events.rows.map((r) => r.action)).toEqual(['create', 'submit', 'return', 'submit', 'accept']);
    expect((await overview(office)).summary).toMatchObject({ missing: 2, accepted: 24 });
  });
});

describe('working-group plans (专项工作方案)', () => {
  it('the office reviews the group plan waiting for it', async () => {
    const docs = (await office.get('/api/documents?year=2019&kind=group_plan')).body.items as DocumentDto[];
    expect(docs).toHaveLength(11);
    const waiting = docs.find((d) => d.status === 'submitted')!;
    expect(waiting.group).toMatchObject({ code: 'culture_tourism', name: '文化旅游扶贫专项工作组' });
    expect(waiting.abilities).toMatchObject({ accept: true, return: true, edit: true });
    expect((await office.post(`/api/documents/${waiting.id}/transitions`, { action: 'accept' })).body.status).toBe(
      'accepted',
    );
    const returned = docs.find((d) => d.status === 'returned')!;
    // the group's lead unit resubmits; another unit may not
    const gongshanglian = await reporterOf('gongshanglian');
    expect((await gongshanglian.get(`/api/documents/${returned.id}`)).body.abilities.submit).toBe(true);
    expect(
      (
        await (
          await signedIn(env.app, 'unit-renshe')
        ).post(`/api/documents/${returned.id}/transitions`, { action: 'submit' })
      ).status,
    ).toBe(403);
  });
});

describe('assessment items from plans and tasks', () => {
  it('scores a plan submitted on time and the share of due tasks done', async () => {
    const scheme = (await office.get('/api/assessment/2019/scheme')).body;
    const items = DEFAULT_ASSESSMENT_ITEMS.map((i) => (i.code === 'completion' ? { ...i, weight: 30 } : i));
    items.splice(
      items.length - 2,
      0,
      {
        code: 'plan',
        name: { zh: '单位计划按时报送', en: 'Plan on time' },
        kind: 'plan_on_time',
        weight: 5,
        cap: null,
        days: null,
      },
      {
        code: 'tasks',
        name: { zh: '分工任务完成', en: 'Tasks done' },
        kind: 'tasks_done',
        weight: 5,
        cap: null,
        days: null,
      },
    );
    const put = await office.put('/api/assessment/2019/scheme', { version: scheme.version, items });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    const s = (await office.get('/api/assessment/2019/scores?asOf=2019-09-30')).body;
    const line = (unit: string, code: string) =>
      s.items
        .find((u: { unitName: string }) => u.unitName === unit)
        .breakdown.find((l: { code: string }) => l.code === code);
    expect(line('区委组织部', 'plan')).toMatchObject({ score: 5, detail: { zh: '本单位扶贫计划按时报送' } });
    expect(line('区体育局', 'plan')).toMatchObject({ score: 0 });
    expect(line('区科协', 'plan')).toMatchObject({ score: 0 });
    // 区发展改革委 leads three overdue tasks among those due or done
    expect(line('区发展改革委', 'tasks').detail.zh).toMatch(/完成 \d+ 项/);
    expect(line('区发展改革委', 'tasks').score).toBeLessThan(5);
  });
});
