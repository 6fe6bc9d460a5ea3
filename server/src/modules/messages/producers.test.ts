import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, signedIn, type TestClient, type TestEnv } from '../../../test/harness';

let env: TestEnv;
let reporter: TestClient;
let huan: TestClient;
let office: TestClient;
let zuzhibu: string;
beforeAll(async () => {
  env = await createTestEnv();
  reporter = await signedIn(env.app, 'unit-zuzhibu');
  huan = await signedIn(env.app, 'county-huan');
  office = await signedIn(env.app, 'office');
  zuzhibu = (await env.ctx.db.execute<{ id: string }>(sql`select id from units where code = 'zuzhibu'`)).rows[0]!.id;
});
afterAll(() => env.close());

const visit = (occurredOn = '2019-06-12') => ({
  type: 'visit',
  occurredOn,
  eastUnitId: zuzhibu,
  countyCode: '621022',
  values: { visitKind: 'high_level', direction: 'east_to_west', leaders: '区委书记' },
});

type Msg = { template: string; link: string | null; body: string };
const inbox = async (c: TestClient, link: string): Promise<Msg[]> =>
  (await c.get('/api/messages?pageSize=100')).body.items.filter((m: Msg) => m.link === link);

describe('the workflow steps that tell someone', () => {
  it('a disputed record tells whoever reported it, with the reason', async () => {
    const rec = (await reporter.post('/api/records', visit())).body;
    expect((await reporter.post(`/api/records/${rec.id}/submit`)).status).toBe(200);
    expect((await huan.post(`/api/records/${rec.id}/dispute`, { reason: '日期与行程单不符' })).status).toBe(200);
    const got = await inbox(reporter, `/ledger/${rec.id}`);
    expect(got.map((m) => m.template)).toEqual(['record.disputed']);
    expect(got[0]!.body).toContain('日期与行程单不符');
  });

  it('a fund payment awaiting review tells its working group, not the county', async () => {
    const caizheng = (await env.ctx.db.execute<{ id: string }>(sql`select id from units where code = 'caizhengju'`))
      .rows[0]!.id;
    const rec = (
      await office.post('/api/records', {
        type: 'fund_payment',
        occurredOn: '2019-05-20',
        eastUnitId: caizheng,
        countyCode: '621022',
        values: { fundKind: 'fiscal', amountFen: 1_000_000_00, purpose: 'industry', level: 'county' },
      })
    ).body;
    expect((await office.post(`/api/records/${rec.id}/submit`)).body.status).toBe('in_review');
    const funds = await signedIn(env.app, 'group-funds');
    expect((await inbox(funds, `/ledger/${rec.id}`)).map((m) => m.template)).toEqual(['record.awaiting_review']);
    expect(await inbox(huan, `/ledger/${rec.id}`)).toEqual([]);
    expect((await funds.post(`/api/records/${rec.id}/review`)).body.status).toBe('submitted');
    // reviewed: now the county is asked to confirm
    expect((await inbox(huan, `/ledger/${rec.id}`)).map((m) => m.template)).toEqual(['record.awaiting_confirmation']);
  });

  it('a decided unlock request tells the person who asked', async () => {
    const rec = (await reporter.post('/api/records', visit('2019-03-05'))).body;
    expect((await office.post('/api/periods/2019-Q1/close')).status).toBe(200);
    const req = await reporter.post(`/api/records/${rec.id}/unlock-requests`, {
      reason: '日期录入有误',
      changes: { note: '更正' },
    });
    expect(req.status, JSON.stringify(req.body)).toBe(200);
    expect((await office.post(`/api/unlock-requests/${req.body.id}/reject`, { note: '无需更正' })).status).toBe(200);
    const got = await inbox(reporter, `/ledger/${rec.id}`);
    expect(got.map((m) => m.template)).toEqual(['unlock.decided']);
    expect(got[0]!.body).toContain('驳回');
  });
});
