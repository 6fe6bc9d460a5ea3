import { sql } from 'drizzle-orm';
import { WAN } from '@xiezuo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, signedIn, type TestClient, type TestEnv } from '../../../test/harness';

let env: TestEnv;
let office: TestClient;
let leader: TestClient;
beforeAll(async () => {
  env = await createTestEnv();
  office = await signedIn(env.app, 'office');
  leader = await signedIn(env.app, 'leader');
});
afterAll(() => env.close());

const NEW = {
  code: 'labour.job_fairs_held',
  name: { zh: '举办专场招聘会', en: 'Job fairs held' },
  category: 'labour',
  unit: { zh: '场', en: 'fairs' },
  format: 'count',
  group: 'labour',
  responsibleUnits: ['renshe'],
  rule: { agg: 'count', types: ['job_fair'], filters: [] },
  target: { kind: 'min', overall: null, perCounty: 2, counties: {} },
};
const audits = async (action: string) =>
  (
    await env.ctx.db.execute<{ details: Record<string, unknown> }>(
      sql`select details from audit_log where action = ${action} order by id`,
    )
  ).rows.map((r) => r.details);
type Ind = Record<string, unknown> & { code: string; version: number; isActive: boolean };
const decl = (plan: { indicators: Ind[] }, code: string) => plan.indicators.find((i) => i.code === code)!;

describe('plan years', () => {
  it('lists the tenant’s plans with status and counts; everyone who reads business data sees them, only the office manages', async () => {
    const res = await leader.get('/api/plans');
    expect(res.status).toBe(200);
    expect(res.body.items.map((p: { year: number; status: string }) => [p.year, p.status])).toEqual([
      [2018, 'published'],
      [2019, 'published'],
    ]);
    expect(res.body.items[1].indicatorCount).toBeGreaterThanOrEqual(20);
    expect(res.body.abilities).toEqual({ manage: false });
    expect((await office.get('/api/plans')).body.abilities).toEqual({ manage: true });
    const plan = (await leader.get('/api/plans/2019/indicators')).body;
    expect(plan.abilities).toEqual({ edit: false, publish: false, copy: false, import: false });
  });

  it('gives every year selector its years: those with a plan, and the years one may be given; the organisation pages too', async () => {
    const sysadmin = await signedIn(env.app, 'sysadmin');
    const res = await sysadmin.get('/api/plan-years');
    expect(res.status).toBe(200);
    expect(res.body.years).toEqual([2019, 2018]);
    const next = new Date().getFullYear() + 1;
    expect(res.body.selectable[0]).toBe(next);
    expect(res.body.selectable.at(-1)).toBe(2016);
    expect(res.body.selectable).toHaveLength(next - 2016 + 1);
    expect((await env.app.inject({ method: 'GET', url: '/api/plan-years' })).statusCode).toBe(401);
  });
});

describe('adding and deactivating indicators', () => {
  it('adds an indicator with a unique, valid declaration; a published plan needs a reason; audited', async () => {
    expect((await leader.post('/api/plans/2019/indicators', NEW)).status).toBe(403);
    const noReason = await office.post('/api/plans/2019/indicators', NEW);
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.details.fields.map((f: { path: string }) => f.path)).toEqual(['reason']);
    const bad = await office.post('/api/plans/2019/indicators', {
      ...NEW,
      reason: '增设',
      group: 'nope',
      rule: {
        agg: 'sum',
        measure: 'amountFen',
        types: ['job_fair'],
        filters: [{ field: 'mood', op: 'eq', value: 'x' }],
      },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.fields.map((f: { path: string }) => f.path)).toEqual([
      'rule.filters.0.field',
      'rule.measure',
      'group',
    ]);
    expect(bad.body.error.details.fields[0].zh).toContain('没有字段“mood”');
    const ok = await office.post('/api/plans/2019/indicators', { ...NEW, reason: '领导小组增设指标' });
    expect(ok.status).toBe(200);
    expect(decl(ok.body, NEW.code)).toMatchObject({ isActive: true, version: 1 });
    expect((await office.post('/api/plans/2019/indicators', { ...NEW, reason: 'again' })).status).toBe(409);
    expect((await audits('indicator.create')).at(-1)).toMatchObject({ reason: '领导小组增设指标' });
    const progress = (await office.get('/api/plans/2019/progress?asOf=2019-09-30')).body;
    expect(progress.items.find((i: { code: string }) => i.code === NEW.code)).toMatchObject({ target: 6 });
  });

  it('deactivates without deleting: the engine stops counting it, the plan page still lists it, its old version is kept', async () => {
    const plan = (await office.get('/api/plans/2019/indicators?includeInactive=true')).body;
    const before = decl(plan, NEW.code);
    const stale = await office.put(`/api/plans/2019/indicators/${NEW.code}/status`, {
      version: before.version + 1,
      isActive: false,
      reason: 'x',
    });
    expect(stale.status).toBe(409);
    const off = await office.put(`/api/plans/2019/indicators/${NEW.code}/status`, {
      version: before.version,
      isActive: false,
      reason: '与 labour.job_fairs 重复统计',
    });
    expect(off.status).toBe(200);
    expect(decl(off.body, NEW.code)).toMatchObject({ isActive: false, version: before.version + 1 });
    expect(decl((await office.get('/api/plans/2019/indicators')).body, NEW.code)).toBeUndefined();
    expect(
      (await office.get('/api/plans/2019/progress?asOf=2019-09-30')).body.items.some(
        (i: { code: string }) => i.code === NEW.code,
      ),
    ).toBe(false);
    const kept = await env.ctx.db.execute(
      sql`select v.version, v.reason from indicator_versions v join indicators i on i.id = v.indicator_id where i.code = ${NEW.code}`,
    );
    expect(kept.rows).toEqual([{ version: 1, reason: '与 labour.job_fairs 重复统计' }]);
    expect(await audits('indicator.deactivate')).toHaveLength(1);
    const on = await office.put(`/api/plans/2019/indicators/${NEW.code}/status`, {
      version: before.version + 1,
      isActive: true,
      reason: '恢复',
    });
    expect(decl(on.body, NEW.code).isActive).toBe(true);
  });
});

describe('copying and publishing', () => {
  it('copies 2019 to 2020 as a draft with the same declarations and targets, and refuses to overwrite a year', async () => {
    expect((await leader.post('/api/plans/2019/copy', { toYear: 2020 })).status).toBe(403);
    const res = await office.post('/api/plans/2019/copy', { toYear: 2020 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ year: 2020, status: 'draft', publishedAt: null, abilities: { publish: true } });
    const source = (await office.get('/api/plans/2019/indicators')).body;
    expect(res.body.indicators.map((i: { code: string }) => i.code)).toEqual(
      source.indicators.map((i: { code: string }) => i.code),
    );
    expect(decl(res.body, 'consumption.amount').target).toMatchObject({ kind: 'min', overall: 5000 * WAN });
    expect(
      res.body.indicators.every((i: { version: number; year: number }) => i.version === 1 && i.year === 2020),
    ).toBe(true);
    const again = await office.post('/api/plans/2019/copy', { toYear: 2020 });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('PLAN_EXISTS');
    expect((await office.post('/api/plans/2019/copy', { toYear: 2018 })).body.error.code).toBe('PLAN_EXISTS');
    expect((await audits('plan.copy')).at(-1)).toMatchObject({ fromYear: 2019, toYear: 2020 });
    expect((await office.get('/api/plans')).body.items.map((p: { year: number }) => p.year)).toEqual([
      2018, 2019, 2020,
    ]);
  });

  it('changes a draft’s indicators without a reason or versions, then publishes it once', async () => {
    const draft = (await office.get('/api/plans/2020/indicators')).body;
    const ind = decl(draft, 'social.donations');
    const { id: _id, year: _y, sort: _s, isActive: _a, version, ...body } = ind;
    const put = await office.put('/api/plans/2020/indicators/social.donations', {
      ...body,
      version,
      target: { ...(body.target as object), overall: 1000 * WAN },
    });
    expect(put.status).toBe(200);
    const versions = await env.ctx.db.execute(
      sql`select count(*)::int as n from indicator_versions v join indicators i on i.id = v.indicator_id where i.year = 2020`,
    );
    expect(versions.rows[0]).toEqual({ n: 0 });
    expect((await office.post('/api/plans/2020/publish', { version: draft.version + 1 })).status).toBe(409);
    const pub = await office.post('/api/plans/2020/publish', { version: draft.version });
    expect(pub.status).toBe(200);
    expect(pub.body).toMatchObject({ status: 'published', abilities: { publish: false } });
    expect(pub.body.publishedAt).not.toBeNull();
    const twice = await office.post('/api/plans/2020/publish', { version: pub.body.version });
    expect(twice.body.error.code).toBe('INVALID_TRANSITION');
    expect(await audits('plan.publish')).toHaveLength(1);
  });
});
