import { sql } from 'drizzle-orm';
import { makeIdNumber, WAN } from '@xiezuo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, signedIn, type TestClient, type TestEnv } from '../../../test/harness';
import { errorOf, fundsClients, proposal } from './funds.fixtures';

let env: TestEnv;
let huan: TestClient;
let qing: TestClient;
let xiahe: TestClient;
let funds: TestClient;
let office: TestClient;
let auditor: TestClient;
beforeAll(async () => {
  env = await createTestEnv();
  ({ huan, qing, xiahe, funds, office, auditor } = await fundsClients(env.app));
});
afterAll(() => env.close());

const step = (c: TestClient, id: string, body: Record<string, unknown>) =>
  c.post(`/api/projects/${id}/transitions`, body);
const count = async (table: string) =>
  (await env.ctx.db.execute<{ n: number }>(sql.raw(`select count(*)::int as n from ${table}`))).rows[0]!.n;

describe('proposing a project', () => {
  it('lets a county propose for its own county, numbered, audited, with the roster by ID number masked', async () => {
    const res = await huan.post(
      '/api/projects',
      proposal({ people: [{ idNumber: makeIdNumber('621022', '19850315', 12), name: '马文华', isPoor: true }] }),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ stage: 'proposed', countyCode: '621022', regionName: '合道镇', rosterCount: 1 });
    expect(res.body.code).toMatch(/^621022-2019-\d{3}$/);
    expect(res.body.people[0].idMasked).not.toContain('19850315');
    expect(JSON.stringify(res.body)).not.toContain(makeIdNumber('621022', '19850315', 12));
    expect(res.body.abilities).toMatchObject({ edit: true, approve: false, cancel: true });
    const audit = await env.ctx.db.execute(sql`select action from audit_log where object_id = ${res.body.id}`);
    expect(audit.rows).toEqual([{ action: 'project.propose' }]);
  });

  it('refuses bad input with a clear 4xx and changes nothing', async () => {
    const before = await count('fund_projects');
    const cases: [Record<string, unknown>, number][] = [
      [{ plannedFen: -5 }, 400],
      [{ plannedFen: 1234.5 }, 400],
      [{ poorPersons: 999 }, 400],
      [{ regionCode: '621021101' }, 400],
      [{ category: 'casino' }, 400],
      [{ people: [{ idNumber: '621022198503150121', name: '错号' }] }, 400],
    ];
    for (const [extra, status] of cases) {
      const r = await huan.post('/api/projects', proposal(extra));
      expect(r.status, JSON.stringify(extra)).toBe(status);
      expect(r.body.error.message).toBeTruthy();
    }
    const zh = await signedIn(env.app, 'county-huan', { lang: 'zh-CN' });
    expect((await zh.post('/api/projects', proposal({ plannedFen: -1 }))).body.error.message).toBe(
      '提交的数据不符合要求',
    );
    expect(errorOf(await huan.post('/api/projects', proposal({ countyCode: '621021', regionCode: null })))).toEqual([
      403,
      'FORBIDDEN',
    ]);
    expect((await auditor.post('/api/projects', proposal())).status).toBe(403);
    expect(await count('fund_projects')).toBe(before);
  });
});

describe('scope', () => {
  it('shows a county officer only their county’s projects, 404 for another’s; the office and the auditor all', async () => {
    const mine = (await qing.get('/api/projects?year=2019&pageSize=200')).body;
    expect(mine.items.length).toBeGreaterThan(0);
    expect(mine.items.every((p: { countyCode: string }) => p.countyCode === '621021')).toBe(true);
    const other = (await huan.get('/api/projects?year=2019&county=621021')).body;
    expect(other.total).toBe(0);
    const huanProject = (await huan.get('/api/projects?year=2019&pageSize=1')).body.items[0];
    expect((await qing.get(`/api/projects/${huanProject.id}`)).status).toBe(404);
    expect((await qing.post(`/api/projects/${huanProject.id}/transitions`, { to: 'under_way' })).status).toBe(404);
    const totals = await Promise.all(
      [office, auditor, funds].map(async (c) => (await c.get('/api/projects?year=2019&pageSize=1')).body.total),
    );
    expect(totals[0]).toBeGreaterThanOrEqual(40);
    expect(new Set(totals).size).toBe(1);
  });

  it('filters by stage, category and source and totals the money of every match', async () => {
    const all = (await office.get('/api/projects?year=2019&category=industry&pageSize=5')).body;
    expect(all.items).toHaveLength(5);
    const full = (await office.get('/api/projects?year=2019&category=industry&pageSize=200')).body;
    const sum = full.items.reduce((s: number, p: { plannedFen: number }) => s + p.plannedFen, 0);
    expect(all.totals.plannedFen).toBe(sum);
    const approved = (await office.get('/api/projects?year=2019&stage=approved&source=fiscal')).body;
    expect(approved.items.every((p: { stage: string }) => p.stage === 'approved')).toBe(true);
  });
});

describe('approval', () => {
  it('refuses skips, needs a reason to return, and approves with the shares before and after', async () => {
    const created = await huan.post('/api/projects', proposal({ name: '环县中蜂养殖项目' }));
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    const p = created.body;
    expect(errorOf(await step(funds, p.id, { to: 'under_way' }))).toEqual([409, 'INVALID_TRANSITION']);
    expect((await step(funds, p.id, { to: 'allocated' })).status).toBe(400);
    expect((await step(huan, p.id, { to: 'approved' })).status).toBe(403);
    expect(errorOf(await step(funds, p.id, { to: 'returned' }))).toEqual([400, 'VALIDATION_FAILED']);
    expect((await step(funds, p.id, { to: 'returned', reason: '请补充资产权属' })).body.stage).toBe('returned');
    expect((await huan.patch(`/api/projects/${p.id}`, { version: 1, plannedFen: 90 * WAN })).status).toBe(409);
    const edited = await huan.patch(`/api/projects/${p.id}`, { version: 2, plannedFen: 90 * WAN });
    expect(edited.body.plannedFen).toBe(90 * WAN);
    expect((await step(huan, p.id, { to: 'proposed' })).body.stage).toBe('proposed');

    const whatIf = (await funds.get(`/api/fund-rules/2019?whatIfProject=${p.id}`)).body;
    expect(whatIf.whatIf).toMatchObject({ kind: 'project', id: p.id });
    const huanAfter = whatIf.counties.find((c: { countyCode: string }) => c.countyCode === '621022');
    const huanBefore = whatIf.before.counties.find((c: { countyCode: string }) => c.countyCode === '621022');
    expect(huanAfter.industryShare).toBeGreaterThan(huanBefore.industryShare);
    expect(whatIf.breaks).toEqual([]);

    expect(errorOf(await step(funds, p.id, { to: 'approved', approvedFen: 91 * WAN }))).toEqual([
      400,
      'VALIDATION_FAILED',
    ]);
    const ok = await step(funds, p.id, { to: 'approved' });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body).toMatchObject({
      stage: 'approved',
      approvedFen: 90 * WAN,
      openFen: 90 * WAN,
      approvedBy: expect.any(String),
    });
    expect(ok.body.history.map((h: { action: string }) => h.action)).toEqual([
      'propose',
      'returned',
      'edit',
      'proposed',
      'approved',
    ]);
  });

  it('never lets the maker approve their own proposal', async () => {
    const fundsUser = (
      await env.ctx.db.execute<{ id: string; tenant_id: string }>(
        sql`select id, tenant_id from users where username = 'group-funds'`,
      )
    ).rows[0]!;
    await env.ctx.db.execute(
      sql`insert into user_roles (tenant_id, user_id, role, scope_type, scope_id) values (${fundsUser.tenant_id}, ${fundsUser.id}, 'county_officer', 'county', '621022')`,
    );
    const both = await signedIn(env.app, 'group-funds');
    const p = (await both.post('/api/projects', proposal({ name: '环县村级互助资金项目' }))).body;
    expect(p.abilities.approve).toBe(false);
    expect(errorOf(await step(both, p.id, { to: 'approved' }))).toEqual([403, 'SAME_MAKER_CHECKER']);
    expect((await both.get(`/api/projects/${p.id}`)).body.stage).toBe('proposed');
    await env.ctx.db.execute(sql`delete from user_roles where user_id = ${fundsUser.id} and role = 'county_officer'`);
  });

  it('refuses an approval that breaks the 50 % rule unless overridden with a reason, which is kept and warned about', async () => {
    const p = (
      await xiahe.post(
        '/api/projects',
        proposal({
          name: '夏河县牧民定居点改造',
          countyCode: '623027',
          regionCode: null,
          category: 'livelihood',
          level: 'village',
          plannedFen: 300 * WAN,
        }),
      )
    ).body;
    const refused = await step(funds, p.id, { to: 'approved' });
    expect(errorOf(refused)).toEqual([409, 'FUND_RULE_BROKEN']);
    expect(refused.body.error.details.breaks).toContainEqual(
      expect.objectContaining({ rule: 'industryShare', countyCode: '623027', threshold: 0.5 }),
    );
    expect(errorOf(await step(funds, p.id, { to: 'approved', override: true }))).toEqual([400, 'VALIDATION_FAILED']);
    expect((await funds.get(`/api/projects/${p.id}`)).body.stage).toBe('proposed');
    const overrides = await count('fund_rule_overrides');
    const ok = await step(funds, p.id, {
      to: 'approved',
      override: true,
      reason: '牧民冬季安置急需，年内补足产业项目',
    });
    expect(ok.status).toBe(200);
    expect(await count('fund_rule_overrides')).toBe(overrides + 1);
    expect(ok.body.history.at(-1)).toMatchObject({
      action: 'approve_override',
      reason: '牧民冬季安置急需，年内补足产业项目',
    });
    const audit = await env.ctx.db.execute<{ details: { override: boolean } }>(
      sql`select details from audit_log where object_id = ${p.id} and action = 'project.approved'`,
    );
    expect(audit.rows[0]!.details.override).toBe(true);
    const warnings = (await office.get('/api/warnings?year=2019&asOf=2019-09-30&kind=fund_rule_override')).body.items;
    expect(warnings.map((w: { link: string }) => w.link)).toContain(`/funds/projects/${p.id}`);
  });
});
