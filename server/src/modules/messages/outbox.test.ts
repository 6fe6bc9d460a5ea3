import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, signedIn, type TestClient, type TestEnv } from '../../../test/harness';
import { enqueueMessage } from './outbox';

let env: TestEnv;
let reporter: TestClient;
let huan: TestClient;
let qing: TestClient;
let zuzhibu: string;
beforeAll(async () => {
  env = await createTestEnv();
  reporter = await signedIn(env.app, 'unit-zuzhibu');
  huan = await signedIn(env.app, 'county-huan');
  qing = await signedIn(env.app, 'county-qingcheng');
  zuzhibu = (await env.ctx.db.execute<{ id: string }>(sql`select id from units where code = 'zuzhibu'`)).rows[0]!.id;
});
afterAll(() => env.close());

const visit = () => ({
  type: 'visit',
  occurredOn: '2019-06-12',
  eastUnitId: zuzhibu,
  countyCode: '621022',
  values: { visitKind: 'high_level', direction: 'east_to_west', leaders: '区委书记' },
});

async function submittedRecord(): Promise<string> {
  const created = await reporter.post('/api/records', visit());
  expect(created.status, JSON.stringify(created.body)).toBe(200);
  expect((await reporter.post(`/api/records/${created.body.id}/submit`)).status).toBe(200);
  return created.body.id;
}

const jobsFor = async (ids: string[]) =>
  (
    await env.ctx.db.execute<{ n: number }>(
      sql`select count(*)::int as n from pgboss.job where name = 'messages.deliver' and data->>'deliveryId' in (${sql.join(
        ids.map((i) => sql`${i}`),
        sql`, `,
      )})`,
    )
  ).rows[0]!.n;

describe('a record submitted for confirmation reaches the county officers', () => {
  it('puts a message in the county officer’s centre with a link to the record, and an SMS and a WeCom job', async () => {
    const before = (await huan.get('/api/messages/unread-count')).body.unread;
    const id = await submittedRecord();
    expect((await huan.get('/api/messages/unread-count')).body.unread).toBe(before + 1);
    const page = await huan.get('/api/messages?unread=true');
    const m = page.body.items.find((x: { link: string }) => x.link === `/ledger/${id}`);
    expect(m).toMatchObject({ template: 'record.awaiting_confirmation', readAt: null });
    expect(m.title).toContain('待您确认');
    expect(m.body).toContain('区委组织部');
    // another county's officer and the reporter are not told
    const others = await qing.get('/api/messages');
    expect(others.body.items.some((x: { link: string }) => x.link === `/ledger/${id}`)).toBe(false);
    const d = await env.ctx.db.execute<{ id: string; channel: string; status: string }>(
      sql`select d.id, d.channel, d.status from message_deliveries d join messages m on m.id = d.message_id where m.id = ${m.id} order by d.channel`,
    );
    expect(d.rows.map((r) => [r.channel, r.status])).toEqual([
      ['sms', 'pending'],
      ['wecom', 'pending'],
    ]);
    expect(await jobsFor(d.rows.map((r) => r.id))).toBe(2);
    const en = await signedIn(env.app, 'county-huan', { lang: 'en' });
    const enPage = await en.get('/api/messages');
    expect(enPage.body.items.find((x: { id: string }) => x.id === m.id).title).toMatch(/^To confirm: /);
  });

  it('marks messages read, one or all, and only the caller’s own', async () => {
    await submittedRecord();
    const page = await huan.get('/api/messages?unread=true');
    const one = page.body.items[0].id;
    expect((await qing.post('/api/messages/read', { ids: [one] })).body.unread).toBeGreaterThanOrEqual(0);
    expect((await huan.get('/api/messages?unread=true')).body.items.map((x: { id: string }) => x.id)).toContain(one);
    const after = await huan.post('/api/messages/read', { ids: [one] });
    expect(after.body.unread).toBe(page.body.unread - 1);
    expect((await huan.post('/api/messages/read', { all: true })).body.unread).toBe(0);
    expect((await huan.post('/api/messages/read', {})).status).toBe(400);
  });

  it('enqueues nothing when the causing transaction rolls back, and nothing twice for the same key', async () => {
    const [u] = (
      await env.ctx.db.execute<{ id: string; tenant_id: string }>(
        sql`select id, tenant_id from users where username = 'county-huan'`,
      )
    ).rows;
    const input = {
      tenantId: u!.tenant_id,
      to: [{ kind: 'user' as const, id: u!.id }],
      template: 'import.finished' as const,
      vars: { file: 'a.xlsx', ok: 1, rejected: 0 },
      key: `test:${Date.now()}`,
    };
    const count = async () =>
      (
        await env.ctx.db.execute<{ n: number }>(
          sql`select count(*)::int as n from messages where idempotency_key = ${input.key}`,
        )
      ).rows[0]!.n;
    await expect(
      env.ctx.db.transaction(async (tx) => {
        await enqueueMessage(env.ctx, tx, input);
        throw new Error('the event failed');
      }),
    ).rejects.toThrow('the event failed');
    expect(await count()).toBe(0);
    expect(await env.ctx.db.transaction((tx) => enqueueMessage(env.ctx, tx, input))).toBe(1);
    expect(await env.ctx.db.transaction((tx) => enqueueMessage(env.ctx, tx, input))).toBe(0);
    expect(await count()).toBe(1);
  });

  it('redirects a short link to the page its message opens', async () => {
    const id = await submittedRecord();
    const [m] = (
      await env.ctx.db.execute<{ short_code: string }>(
        sql`select short_code from messages where link = ${`/ledger/${id}`} limit 1`,
      )
    ).rows;
    const res = await env.app.inject({ method: 'GET', url: `/m/${m!.short_code}` });
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe(`/ledger/${id}`);
    expect((await env.app.inject({ method: 'GET', url: '/m/nothere1' })).headers.location).toBe('/');
  });

  it('follows each person’s channel choices, and past the daily SMS cap keeps messages in the centre only', async () => {
    const prefs = await qing.put('/api/messages/prefs', {
      sms: false,
      wecom: true,
      phone: '139 0000 1234',
      wecomUserId: 'qing.officer',
    });
    expect(prefs.status, JSON.stringify(prefs.body)).toBe(200);
    expect(prefs.body).toMatchObject({ sms: false, wecom: true, phoneMasked: '139****1234' });
    expect((await qing.put('/api/messages/prefs', { sms: true, wecom: true, phone: '12345' })).status).toBe(400);
    const [u] = (
      await env.ctx.db.execute<{ id: string; tenant_id: string }>(
        sql`select id, tenant_id from users where username = 'county-qingcheng'`,
      )
    ).rows;
    const send = (key: string) =>
      env.ctx.db.transaction((tx) =>
        enqueueMessage(env.ctx, tx, {
          tenantId: u!.tenant_id,
          to: [{ kind: 'user', id: u!.id }],
          template: 'import.finished',
          vars: { file: 'a.xlsx', ok: 1, rejected: 0 },
          channels: ['sms', 'wecom'],
          key,
        }),
      );
    const deliveries = async (prefix: string) =>
      (
        await env.ctx.db.execute<{ channel: string; status: string }>(
          sql`select d.channel, d.status from message_deliveries d join messages m on m.id = d.message_id
              where m.idempotency_key like ${`${prefix}%`} order by m.created_at, m.id, d.channel`,
        )
      ).rows.map((r) => `${r.channel} ${r.status}`);
    await send('prefs-off:1');
    expect(await deliveries('prefs-off:')).toEqual(['wecom pending']); // SMS switched off: not even a skipped row
    expect((await qing.put('/api/messages/prefs', { sms: true, wecom: false })).status).toBe(200);
    const cap = env.ctx.config.messaging.dailyCap.sms;
    for (let i = 0; i <= cap; i++) await send(`cap:${String(i).padStart(3, '0')}`);
    const rows = await deliveries('cap:');
    expect(rows.filter((r) => r === 'sms pending')).toHaveLength(cap);
    expect(rows.at(-1)).toBe('sms skipped'); // the one over the cap
    expect(rows.some((r) => r.startsWith('wecom'))).toBe(false);
    const inApp = await qing.get('/api/messages?unread=true');
    expect(inApp.body.unread).toBeGreaterThanOrEqual(cap + 2); // every one is in the centre
  });
});
