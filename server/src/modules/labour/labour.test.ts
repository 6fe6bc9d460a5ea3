import { sql } from 'drizzle-orm';
import { creditCodeCheckChar } from '@xiezuo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, signedIn, signedInExternal, type TestClient, type TestEnv } from '../../../test/harness';
import { insertWorkers } from './labour.fixtures';
import { runScheduled, SCHEDULED_JOBS } from '../jobs/scheduled';

let env: TestEnv;
let office: TestClient;
let group: TestClient;
let huan: TestClient;
let xiahe: TestClient;
let tenantId: string;
let w: string[];
const HUAN = '621022';
const XIAHE = '623027';
const TIANJIN = '120104';

const code = (n: number) => {
  const first = `91120104MA${String(n).padStart(7, '0')}`;
  return first + creditCodeCheckChar(first)!;
};
const count = async (q: ReturnType<typeof sql>) => (await env.ctx.db.execute<{ n: number }>(q)).rows[0]!.n;
const tianjinEmployed = async () =>
  (await office.get('/api/plans/2019/progress?asOf=2019-12-31')).body.items.find(
    (i: { code: string }) => i.code === 'labour.employed_in_tianjin',
  ).value as number;

async function employer(n: number, phone: string | null = null) {
  const r = await group.post('/api/labour/employers', {
    name: `天津测试用工企业${n}`,
    creditCode: code(n),
    regionCode: TIANJIN,
    contactName: '张经理',
    contactPhone: phone,
  });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body;
}
const post = (c: TestClient, over: Record<string, unknown> = {}) =>
  c.post('/api/labour/posts', {
    title: '电子厂装配工',
    regionCode: TIANJIN,
    openings: 1,
    wageMinFen: 400_000,
    wageMaxFen: 600_000,
    skills: ['装配', '焊接'],
    housing: true,
    meals: true,
    startOn: '2019-07-01',
    validTo: '2019-09-30',
    ...over,
  });

beforeAll(async () => {
  env = await createTestEnv();
  office = await signedIn(env.app, 'office');
  group = await signedIn(env.app, 'group-labour');
  huan = await signedIn(env.app, 'county-huan');
  xiahe = await signedIn(env.app, 'county-xiahe');
  tenantId = (await env.ctx.db.execute<{ id: string }>(sql`select id from tenants limit 1`)).rows[0]!.id;
  w = await insertWorkers(env.ctx.db, env.ctx.keys, tenantId, [
    {
      key: 1,
      countyCode: HUAN,
      wish: 'tianjin',
      skills: ['装配', '焊接'],
      wishedWageFen: 500_000,
      phone: '13900000001',
      name: '王一',
    },
    { key: 2, countyCode: HUAN, wish: 'near_home', skills: ['装配'], wishedWageFen: 900_000, phone: '13900000002' },
    { key: 3, countyCode: HUAN, wish: 'tianjin', skills: [], hasConsent: false, phone: '13900000003' },
    { key: 4, countyCode: XIAHE, wish: 'tianjin', skills: ['焊接'], phone: '13900000004' },
    { key: 5, countyCode: HUAN, wish: 'tianjin', skills: ['装配'], phone: null },
  ]);
});
afterAll(() => env.close());

describe('labour employers and posts', () => {
  it('refuses an invalid credit code, wage minimum above maximum and openings ≤ 0, changing nothing', async () => {
    const bad = await group.post('/api/labour/employers', {
      name: '坏企业',
      creditCode: '91120104MA0000000X',
      regionCode: TIANJIN,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
    const e = await employer(1);
    for (const over of [{ wageMinFen: 700_000 }, { openings: 0 }, { openings: -2 }]) {
      const r = await post(group, { employerId: e.id, ...over });
      expect(r.status, JSON.stringify(over)).toBe(400);
      expect(r.body.error.message).toBeTruthy();
    }
    expect(await count(sql`select count(*)::int as n from labour_posts where employer_id = ${e.id}`)).toBe(0);
    expect(await count(sql`select count(*)::int as n from labour_employers where name = '坏企业'`)).toBe(0);
  });

  it('lets an employer signed in by phone publish and see only its own posts', async () => {
    const mine = await employer(2, '13700000002');
    const other = await employer(3);
    expect((await post(group, { employerId: other.id, title: '别家岗位' })).status).toBe(200);
    const boss = await signedInExternal(env, '13700000002');
    const r = await post(boss, { title: '自家岗位' });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ employerId: mine.id, destination: 'tianjin', status: 'open' });
    const list = await boss.get('/api/labour/posts');
    expect(list.body.items.map((p: { title: string }) => p.title)).toEqual(['自家岗位']);
    expect((await post(boss, { employerId: other.id })).status).toBe(403);
    expect((await boss.get('/api/labour/workers')).status).toBe(403);
  });
});

describe('labour workers, matching and pushes', () => {
  it('shows a county officer its county only, with masked ID numbers and phones', async () => {
    const r = await huan.get('/api/labour/workers');
    expect(r.status).toBe(200);
    expect(r.body.items.every((x: { countyCode: string }) => x.countyCode === HUAN)).toBe(true);
    expect(r.body.total).toBeGreaterThanOrEqual(4);
    const me = await signedInExternal(env, '13900000001');
    const mine = await me.get('/api/labour/workers');
    expect(mine.body.items.map((x: { id: string }) => x.id)).toEqual([w[0]]);
    const one = mine.body.items[0];
    expect(one.idMasked).toMatch(/^\d{4}\*{10}\d{3}[\dX]$/);
    expect(one.phoneMasked).toBe('139****0001');
    expect((await huan.get(`/api/labour/workers?county=${XIAHE}`)).status).toBe(403);
  });

  it('ranks workers for a post with their reasons and weights, and the weights are a setting', async () => {
    const e = await employer(4);
    const p = (await post(group, { employerId: e.id })).body;
    const r = await group.get(`/api/labour/posts/${p.id}/matches?limit=50`);
    expect(r.status).toBe(200);
    const top = r.body.items[0];
    expect(top.workerId).toBe(w[0]);
    expect(top.reasons.map((x: { factor: string }) => x.factor)).toEqual([
      'destination',
      'skills',
      'wage',
      'distance',
      'availability',
      'contacted',
    ]);
    expect(top.reasons.find((x: { factor: string }) => x.factor === 'skills')).toEqual({
      factor: 'skills',
      weight: 3,
      value: 1,
    });
    const scores = r.body.items.map((x: { score: number }) => x.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    for (const it of r.body.items)
      expect(it.score).toBeCloseTo(
        it.reasons.reduce((s: number, x: { weight: number; value: number }) => s + x.weight * x.value, 0),
        5,
      );
    // the county officer ranks only its county's workers
    const mine = await huan.get(`/api/labour/posts/${p.id}/matches`);
    expect(mine.body.items.every((x: { countyCode: string }) => x.countyCode === HUAN)).toBe(true);
    const s = (await group.get('/api/labour/settings')).body;
    const put = await group.put('/api/labour/settings', { ...s, weights: { ...s.weights, skills: 0, wage: 10 } });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    const again = await group.get(`/api/labour/posts/${p.id}/matches?limit=50`);
    expect(again.body.items[0].reasons.find((x: { factor: string }) => x.factor === 'wage').weight).toBe(10);
    expect((await huan.put('/api/labour/settings', { ...put.body })).status).toBe(403);
    await group.put('/api/labour/settings', { ...put.body, weights: s.weights });
  });

  it('pushes through the outbox, skipping and counting opt-outs, the weekly cap and the unreachable', async () => {
    const e = await employer(5);
    const posts = [];
    for (let i = 0; i < 4; i++) posts.push((await post(group, { employerId: e.id, title: `推送岗位${i}` })).body);
    const first = await huan.post('/api/labour/pushes', {
      postId: posts[0].id,
      workerIds: [w[0], w[2], w[4]],
      channel: 'sms',
    });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({ queued: 1, skipped: { optedOut: 1, capped: 0, unreachable: 1 } });
    const sms = await count(
      sql`select count(*)::int as n from message_deliveries d join messages m on m.id = d.message_id
          where m.template = 'labour.post_pushed' and d.channel = 'sms'`,
    );
    expect(sms).toBe(1);
    for (const p of posts.slice(1, 3))
      expect(
        (await huan.post('/api/labour/pushes', { postId: p.id, workerIds: [w[0]], channel: 'sms' })).body.queued,
      ).toBe(1);
    const capped = await huan.post('/api/labour/pushes', { postId: posts[3].id, workerIds: [w[0]], channel: 'sms' });
    expect(capped.body).toMatchObject({ queued: 0, skipped: { capped: 1 } });
    const before = await count(sql`select count(*)::int as n from labour_pushes`);
    const other = await huan.post('/api/labour/pushes', {
      postId: posts[3].id,
      workerIds: [w[1], w[3]],
      channel: 'sms',
    });
    expect(other.status).toBe(403);
    expect(await count(sql`select count(*)::int as n from labour_pushes`)).toBe(before);
    // the worker's account was created bound to the person, with the worker role
    const acc = await env.ctx.db.execute<{ roles: string[]; subject_kind: string }>(
      sql`select a.roles, a.subject_kind from external_accounts a join labour_workers w on w.account_id = a.id where w.id = ${w[0]}`,
    );
    expect(acc.rows[0]).toMatchObject({ roles: ['worker'], subject_kind: 'person' });
  });
});

describe('labour applications, hiring and follow-up', () => {
  it('applies once, hires, confirms by the county, produces the employment record and moves the indicator', async () => {
    const e = await employer(6, '13700000006');
    const p = (await post(group, { employerId: e.id, title: '天津物流分拣员' })).body;
    const worker = await signedInExternal(env, '13900000001');
    const a = await worker.post('/api/labour/applications', { postId: p.id });
    expect(a.status, JSON.stringify(a.body)).toBe(200);
    expect(a.body.abilities.to).toEqual(['withdrawn']);
    const twice = await worker.post('/api/labour/applications', { postId: p.id });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('LABOUR_ALREADY_APPLIED');
    expect(await count(sql`select count(*)::int as n from labour_applications where post_id = ${p.id}`)).toBe(1);
    const boss = await signedInExternal(env, '13700000006');
    const seen = await boss.get('/api/labour/applications');
    expect(seen.body.items).toHaveLength(1);
    expect(seen.body.items[0]).toMatchObject({ workerName: '王一', phoneMasked: '139****0001' });
    const noDate = await boss.post(`/api/labour/applications/${a.body.id}/transitions`, { to: 'hired', version: 1 });
    expect(noDate.status).toBe(400);
    const hired = await boss.post(`/api/labour/applications/${a.body.id}/transitions`, {
      to: 'hired',
      version: 1,
      startOn: '2019-07-01',
    });
    expect(hired.status, JSON.stringify(hired.body)).toBe(200);
    expect((await group.get(`/api/labour/posts/${p.id}`)).body).toMatchObject({ hired: 1, status: 'filled' });
    // a second hire on the filled post is refused
    const other = await huan.post('/api/labour/applications', { postId: p.id, workerId: w[1] });
    expect(other.status).toBe(409);
    expect(other.body.error.code).toBe('LABOUR_POST_NOT_OPEN');
    expect(
      (await boss.post(`/api/labour/applications/${a.body.id}/transitions`, { to: 'confirmed', version: 2 })).status,
    ).toBe(403);
    expect(
      (await xiahe.post(`/api/labour/applications/${a.body.id}/transitions`, { to: 'confirmed', version: 2 })).status,
    ).toBe(404);
    const before = await tianjinEmployed();
    const confirmed = await huan.post(`/api/labour/applications/${a.body.id}/transitions`, {
      to: 'confirmed',
      version: 2,
    });
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    expect(confirmed.body.recordId).toBeTruthy();
    expect(await tianjinEmployed()).toBe(before + 1);
    const rec = await office.get(`/api/records/${confirmed.body.recordId}`);
    expect(rec.body).toMatchObject({ type: 'employment', status: 'confirmed', countyCode: HUAN });
    expect(rec.body.values).toMatchObject({
      destination: 'tianjin',
      employer: '天津测试用工企业6',
      startDate: '2019-07-01',
    });
    expect(rec.body.source.link.path).toBe(`/labour/applications?id=${a.body.id}`);

    // the follow-up job sends the 1-month question once the working date reaches it, then the worker answers
    const job = SCHEDULED_JOBS.find((j) => j.name === 'jobs.labour-followups')!;
    const wd = (await office.get('/api/settings/working-date')).body;
    await office.put('/api/settings/working-date', { workingDate: '2019-07-15', version: wd.version });
    await runScheduled(env.ctx, job);
    const q = sql`select count(*)::int as n from messages where template = 'labour.followup'`;
    expect(await count(q)).toBe(0);
    const wd2 = (await office.get('/api/settings/working-date')).body;
    await office.put('/api/settings/working-date', { workingDate: '2019-08-02', version: wd2.version });
    await runScheduled(env.ctx, job);
    await runScheduled(env.ctx, job);
    expect(await count(q)).toBe(2); // the worker and the employer's account, once
    const f = (
      await env.ctx.db.execute<{ id: string }>(
        sql`select id from labour_followups where month = 1 and sent_at is not null and application_id = ${a.body.id}`,
      )
    ).rows[0]!;
    const retained = async () =>
      (await group.get('/api/labour/dashboard')).body.retention.find(
        (x: { countyCode: string; destination: string }) => x.countyCode === HUAN && x.destination === 'tianjin',
      );
    const was = await retained();
    const ans = await worker.post(`/api/labour/followups/${f.id}/answer`, { isEmployed: false });
    expect(ans.status, JSON.stringify(ans.body)).toBe(200);
    expect(ans.body.map((x: { answer: string }) => x.answer)).toEqual(['left', 'left', 'left']);
    expect((await worker.get('/api/labour/workers')).body.items[0].status).toBe('available');
    expect(await tianjinEmployed()).toBe(before + 1);
    expect(await retained()).toMatchObject({ followed: was.followed, stayed: was.stayed - 1 });
  });
});

describe('labour demo', () => {
  it('accounts for part of the 2019 employment records with confirmed hires linked back to their applications', async () => {
    const linked = await env.ctx.db.execute<{ dest: string; n: number; apps: number }>(sql`
      select r.attrs->>'destination' as dest, count(*)::int as n, count(a.id)::int as apps
      from records r left join labour_applications a on a.id = r.source_id
      where r.source_type = 'labour_application' and r.year = 2019 and r.is_demo
      group by 1 order by 1`);
    expect(linked.rows).toEqual([
      { dest: 'elsewhere', n: 45, apps: 45 },
      { dest: 'near_home', n: 45, apps: 45 },
      { dest: 'tianjin', n: 30, apps: 30 },
    ]);
    expect(await count(sql`select count(*)::int as n from labour_posts`)).toBeGreaterThanOrEqual(300);
    expect(await count(sql`select count(*)::int as n from labour_employers`)).toBeGreaterThanOrEqual(60);
  });
});
