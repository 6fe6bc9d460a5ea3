import { sql } from 'drizzle-orm';
import { WAN } from '@xiezuo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestClient, type TestEnv } from '../../../test/harness';
import { errorOf, fundsClients, PNG, proposal, type FundsClients } from './funds.fixtures';

let env: TestEnv;
let c: FundsClients;
beforeAll(async () => {
  env = await createTestEnv();
  c = await fundsClients(env.app);
});
afterAll(() => env.close());

const approvedProject = async (extra: Record<string, unknown> = {}, by: TestClient = c.huan) => {
  const p = (await by.post('/api/projects', proposal(extra))).body;
  const ok = await c.funds.post(`/api/projects/${p.id}/transitions`, { to: 'approved' });
  expect(ok.status, JSON.stringify(ok.body)).toBe(200);
  return ok.body;
};
const payment = (projectId: string, amountFen: number, extra: Record<string, unknown> = {}) => ({
  countyCode: '621022',
  paidOn: '2019-09-20',
  voucher: `T-${Math.random().toString(36).slice(2, 8)}`,
  lines: [{ projectId, amountFen }],
  ...extra,
});
const fiscal = async () => {
  const p = (await c.office.get('/api/plans/2019/progress?asOf=2019-12-31')).body;
  return p.items.find((i: { code: string }) => i.code === 'funds.fiscal_paid') as { value: number; claimed: number };
};
const project = async (id: string) => (await c.office.get(`/api/projects/${id}`)).body;

describe('payments', () => {
  it('never exceed the approved amount still open on a project', async () => {
    const p = await approvedProject();
    expect(errorOf(await c.office.post('/api/fund-payments', payment(p.id, 120 * WAN)))).toEqual([
      409,
      'AMOUNT_OVER_OPEN',
    ]);
    const first = await c.office.post('/api/fund-payments', payment(p.id, 60 * WAN));
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({ status: 'recorded', amountFen: 60 * WAN, match: null });
    expect((await project(p.id)).openFen).toBe(40 * WAN);
    expect(errorOf(await c.office.post('/api/fund-payments', payment(p.id, 50 * WAN)))).toEqual([
      409,
      'AMOUNT_OVER_OPEN',
    ]);
  });

  it('refuse bad amounts, unapproved projects, another county’s project, and a non-payer', async () => {
    const p = await approvedProject();
    for (const amount of [-1, 0, 12.5])
      expect((await c.office.post('/api/fund-payments', payment(p.id, amount))).status).toBe(400);
    const proposed = (await c.huan.post('/api/projects', proposal())).body;
    expect(errorOf(await c.office.post('/api/fund-payments', payment(proposed.id, WAN)))).toEqual([
      409,
      'INVALID_TRANSITION',
    ]);
    const qing = await approvedProject({ countyCode: '621021', regionCode: null }, c.qing);
    expect(errorOf(await c.office.post('/api/fund-payments', payment(qing.id, WAN)))).toEqual([
      400,
      'VALIDATION_FAILED',
    ]);
    expect((await c.huan.post('/api/fund-payments', payment(p.id, WAN))).status).toBe(403);
    expect((await c.auditor.post('/api/fund-payments', payment(p.id, WAN))).status).toBe(403);
  });

  it('are confirmed by a checker other than the maker, which produces claimed ledger records and allocates', async () => {
    const p = await approvedProject();
    const before = await fiscal();
    const pay = (await c.office.post('/api/fund-payments', payment(p.id, 70 * WAN))).body;
    expect(errorOf(await c.office.post(`/api/fund-payments/${pay.id}/actions`, { action: 'confirm' }))).toEqual([
      403,
      'SAME_MAKER_CHECKER',
    ]);
    expect((await c.huan.post(`/api/fund-payments/${pay.id}/actions`, { action: 'confirm' })).status).toBe(403);
    const ok = await c.funds.post(`/api/fund-payments/${pay.id}/actions`, { action: 'confirm' });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.status).toBe('confirmed');
    // waiting within the days allowed, unreceived past them: which one depends on today (see the warnings' asOf)
    expect(['waiting', 'unreceived']).toContain(ok.body.match);
    const recordId = ok.body.lines[0].recordId;
    const rec = (await c.office.get(`/api/records/${recordId}`)).body;
    expect(rec).toMatchObject({ type: 'fund_payment', status: 'submitted', measures: { amountFen: 70 * WAN } });
    expect(rec.values).toMatchObject({ purpose: 'industry', level: 'county', fundKind: 'fiscal' });
    expect(rec.source.link).toEqual({ path: `/funds/projects/${p.id}`, title: `${p.code} ${p.name}` });
    const after = await fiscal();
    expect([after.value - before.value, after.claimed - before.claimed]).toEqual([0, 70 * WAN]);
    expect(await project(p.id)).toMatchObject({ stage: 'allocated', paidFen: 70 * WAN, receivedFen: 0 });
    expect(errorOf(await c.funds.post(`/api/fund-payments/${pay.id}/actions`, { action: 'confirm' }))).toEqual([
      409,
      'INVALID_TRANSITION',
    ]);
  });
});

describe('receipts', () => {
  it('are matched to their payment, which confirms its ledger records and moves the project to received', async () => {
    const p = await approvedProject();
    const pay = (await c.office.post('/api/fund-payments', payment(p.id, 80 * WAN))).body;
    await c.funds.post(`/api/fund-payments/${pay.id}/actions`, { action: 'confirm' });
    const before = await fiscal();
    const receipt = {
      countyCode: '621022',
      receivedOn: '2019-09-23',
      amountFen: 80 * WAN,
      voucher: `HX-R-${pay.voucher}`,
    };
    expect((await c.qing.post('/api/fund-receipts', receipt)).status).toBe(403);
    const other = (await c.qing.get('/api/projects?year=2019&pageSize=1')).body.items[0];
    expect(errorOf(await c.huan.post('/api/fund-receipts', { ...receipt, projectId: other.id }))).toEqual([
      400,
      'VALIDATION_FAILED',
    ]);
    const res = await c.huan.post('/api/fund-receipts', receipt);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.payment).toMatchObject({ id: pay.id, amountFen: 80 * WAN });
    expect(errorOf(await c.huan.post('/api/fund-receipts', receipt))).toEqual([409, 'DUPLICATE']);
    const after = await fiscal();
    expect([after.value - before.value, after.claimed - before.claimed]).toEqual([80 * WAN, -80 * WAN]);
    expect(await project(p.id)).toMatchObject({ stage: 'received', receivedFen: 80 * WAN });
    expect((await c.office.get(`/api/fund-payments/${pay.id}`)).body).toMatchObject({ match: 'matched' });
  });

  it('leave a receipt with a payment’s voucher but another amount unmatched, named as a mismatch and warned about', async () => {
    const p = await approvedProject();
    const pay = (await c.office.post('/api/fund-payments', payment(p.id, 30 * WAN, { voucher: 'MISMATCH-1' }))).body;
    await c.funds.post(`/api/fund-payments/${pay.id}/actions`, { action: 'confirm' });
    const r = await c.huan.post('/api/fund-receipts', {
      countyCode: '621022',
      receivedOn: '2019-09-22',
      amountFen: 29 * WAN,
      voucher: 'MISMATCH-1',
    });
    expect(r.body).toMatchObject({ payment: null, mismatch: { paymentId: pay.id, amountFen: 30 * WAN } });
    const warnings = (await c.office.get('/api/warnings?year=2019&asOf=2019-12-31&kind=fund_mismatch')).body.items;
    expect(warnings.map((w: { id: string }) => w.id)).toContain(`fund_mismatch:${r.body.id}`);
    const unreceived = (await c.office.get('/api/warnings?year=2019&asOf=2019-12-31&kind=fund_unreceived')).body.items;
    expect(unreceived.map((w: { id: string }) => w.id)).toContain(`fund_unreceived:${pay.id}`);
    // a tolerance setting lets it through: the next matching (another receipt recorded) pairs it by its voucher
    await c.office.put('/api/fund-settings', { matchToleranceFen: WAN, matchWindowDays: 15, unreceivedDays: 30 });
    await c.huan.post('/api/fund-receipts', {
      countyCode: '621022',
      receivedOn: '2019-09-24',
      amountFen: 7,
      voucher: 'HX-TOL-2',
    });
    expect((await c.huan.get(`/api/fund-receipts/${r.body.id}`)).body.payment).toMatchObject({ id: pay.id });
  });
});

describe('the rest of a project’s life', () => {
  it('spends at most what arrived, needs evidence to accept completion, and produces the completion record', async () => {
    const p = await approvedProject();
    const pay = (await c.office.post('/api/fund-payments', payment(p.id, 100 * WAN))).body;
    await c.funds.post(`/api/fund-payments/${pay.id}/actions`, { action: 'confirm' });
    await c.huan.post('/api/fund-receipts', {
      countyCode: '621022',
      receivedOn: '2019-09-21',
      amountFen: 100 * WAN,
      voucher: `R-${pay.voucher}`,
    });
    const spend = (amountFen: number) =>
      c.huan.post(`/api/projects/${p.id}/expenditures`, { spentOn: '2019-09-25', amountFen, voucher: 'ZC-1' });
    expect(errorOf(await spend(101 * WAN))).toEqual([409, 'AMOUNT_OVER_RECEIVED']);
    expect((await spend(40 * WAN)).body.spentFen).toBe(40 * WAN);
    const go = (to: string, body: Record<string, unknown> = {}, by = c.huan) =>
      by.post(`/api/projects/${p.id}/transitions`, { to, ...body });
    expect((await go('under_way')).body.stage).toBe('under_way');
    const completion = {
      completedOn: '2019-09-28',
      outputs: [{ index: 0, actual: 22 }],
      households: 110,
      persons: 380,
      poorHouseholds: 45,
      poorPersons: 150,
    };
    expect(errorOf(await go('completed', { completion }))).toEqual([409, 'EVIDENCE_REQUIRED']);
    expect(
      (await c.qing.upload(`/api/projects/${p.id}/files`, { filename: '验收报告.png', content: PNG })).status,
    ).toBe(404);
    const up = await c.huan.upload(`/api/projects/${p.id}/files`, { filename: '验收报告.png', content: PNG });
    expect(up.status, JSON.stringify(up.body)).toBe(200);
    expect(errorOf(await go('completed'))).toEqual([400, 'VALIDATION_FAILED']);
    const done = await go('completed', { completion });
    expect(done.body).toMatchObject({ stage: 'completed', households: 110, outputs: [{ actual: 22 }] });
    const rec = done.body.records.find((r: { type: string }) => r.type === 'project_completion');
    expect(rec).toMatchObject({ status: 'confirmed', amountFen: 100 * WAN });
    const ledger = (await c.office.get(`/api/records/${rec.id}`)).body;
    expect(ledger.measures).toMatchObject({ households: 110, poorHouseholds: 45, poorPersons: 150 });
    expect(errorOf(await go('evaluated', {}, c.funds))).toEqual([409, 'INVALID_TRANSITION']);
    const assets = { owner: '合道镇养殖合作社', valueFen: 100 * WAN, handedOverOn: '2019-09-29' };
    expect((await go('assets_transferred', { assets })).body.stage).toBe('assets_transferred');
    const evaluation = { score: 92, householdsBenefiting: 110, outputsMet: true, note: '产出全部完成' };
    expect((await go('evaluated', { evaluation })).status).toBe(403);
    expect((await go('evaluated', { evaluation }, c.funds)).body.stage).toBe('evaluated');
  });

  it('cancels a confirmed payment not yet received, which takes its record out of the counts', async () => {
    const p = await approvedProject();
    const pay = (await c.office.post('/api/fund-payments', payment(p.id, 10 * WAN, { paidOn: '2019-03-01' }))).body;
    await c.funds.post(`/api/fund-payments/${pay.id}/actions`, { action: 'confirm' });
    const before = await fiscal();
    expect(errorOf(await c.funds.post(`/api/fund-payments/${pay.id}/actions`, { action: 'cancel' }))).toEqual([
      400,
      'VALIDATION_FAILED',
    ]);
    const ok = await c.funds.post(`/api/fund-payments/${pay.id}/actions`, {
      action: 'cancel',
      reason: '账户信息有误，资金退回',
    });
    expect(ok.body.status).toBe('cancelled');
    expect((await fiscal()).claimed).toBe(before.claimed - 10 * WAN);
    const rec = (
      await env.ctx.db.execute<{ status: string }>(
        sql`select r.status from records r join fund_payment_lines l on l.id = r.source_id where l.payment_id = ${pay.id}`,
      )
    ).rows;
    expect(rec).toEqual([{ status: 'withdrawn' }]);
    expect((await project(p.id)).openFen).toBe(100 * WAN);
  });
});

describe('adjustments', () => {
  it('need a reason and the funds group’s approval; cancelling a paid project is refused', async () => {
    const p = await approvedProject();
    expect(
      (await c.huan.post(`/api/projects/${p.id}/adjustments`, { kind: 'amount', newAmountFen: 80 * WAN })).status,
    ).toBe(400);
    const asked = await c.huan.post(`/api/projects/${p.id}/adjustments`, {
      kind: 'amount',
      newAmountFen: 80 * WAN,
      reason: '实施规模调减',
    });
    expect(asked.status, JSON.stringify(asked.body)).toBe(200);
    const adj = asked.body.adjustments[0];
    expect((await c.huan.post(`/api/project-adjustments/${adj.id}/decision`, { approve: true })).status).toBe(403);
    const decided = await c.funds.post(`/api/project-adjustments/${adj.id}/decision`, { approve: true });
    expect(decided.body).toMatchObject({ approvedFen: 80 * WAN, openFen: 80 * WAN });
    const pay = (await c.office.post('/api/fund-payments', payment(p.id, 10 * WAN))).body;
    expect(pay.status).toBe('recorded');
    expect(
      errorOf(await c.huan.post(`/api/projects/${p.id}/adjustments`, { kind: 'cancel', reason: '不再实施' })),
    ).toEqual([409, 'INVALID_TRANSITION']);
  });
});
