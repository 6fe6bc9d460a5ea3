import { sql } from 'drizzle-orm';
import { WAN } from '@xiezuo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../test/harness';
import { errorOf, fundsClients, PNG, type FundsClients } from './funds.fixtures';

let env: TestEnv;
let c: FundsClients;
let huanProject: { id: string; code: string };
beforeAll(async () => {
  env = await createTestEnv();
  c = await fundsClients(env.app);
  huanProject = (await c.huan.get('/api/projects?year=2019&stage=under_way')).body.items[0];
});
afterAll(() => env.close());

const finding = (extra: Record<string, unknown> = {}) => ({
  projectId: huanProject.id,
  kind: 'vouchers',
  amountFen: 12 * WAN,
  basis: '《东西部扶贫协作财政援助资金使用管理办法》',
  description: '部分支出缺少验收单和付款审批手续',
  deadline: '2019-11-30',
  ...extra,
});

describe('audit findings', () => {
  it('are raised by the auditor only, numbered by year, on a project or a payment', async () => {
    const res = await c.auditor.post('/api/audit-findings', finding());
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ serial: '审计发现〔2019〕3号', status: 'open', countyCode: '621022' });
    expect(res.body.project).toMatchObject({ id: huanProject.id, code: huanProject.code });
    expect((await c.huan.post('/api/audit-findings', finding())).status).toBe(403);
    expect((await c.leader.post('/api/audit-findings', finding())).status).toBe(403);
    expect((await c.auditor.post('/api/audit-findings', finding({ paymentId: huanProject.id }))).status).toBe(400);
    expect((await c.auditor.post('/api/audit-findings', finding({ amountFen: -1 }))).status).toBe(400);
    const audit = await env.ctx.db.execute(sql`select action from audit_log where object_id = ${res.body.id}`);
    expect(audit.rows).toEqual([{ action: 'finding.raise' }]);
  });

  it('leave the auditor nothing else to write', async () => {
    const p = huanProject.id;
    expect((await c.auditor.post(`/api/projects/${p}/transitions`, { to: 'completed' })).status).toBe(403);
    expect(
      (
        await c.auditor.post('/api/fund-receipts', {
          countyCode: '621022',
          receivedOn: '2019-09-01',
          amountFen: 1,
          voucher: 'x',
        })
      ).status,
    ).toBe(403);
    expect((await c.auditor.patch(`/api/projects/${p}`, { version: 1 })).status).toBe(403);
    expect((await c.auditor.get(`/api/projects/${p}`)).status).toBe(200);
  });

  it('are rectified by the county with evidence, returned, rectified again and closed by the auditor', async () => {
    const f = (await c.auditor.post('/api/audit-findings', finding({ kind: 'idle' }))).body;
    const act = (by = c.huan, action = 'rectify', text = '已补齐验收单和审批手续') =>
      by.post(`/api/audit-findings/${f.id}/actions`, { action, text });
    expect((await c.qing.get(`/api/audit-findings/${f.id}`)).status).toBe(404);
    expect(errorOf(await act(c.auditor, 'accept', '同意'))).toEqual([409, 'INVALID_TRANSITION']);
    expect((await act(c.qing)).status).toBe(404);
    expect((await act(c.office)).status).toBe(403);
    expect((await act()).body.status).toBe('responded');
    const up = await c.huan.upload(`/api/audit-findings/${f.id}/files`, { filename: '整改凭证.png', content: PNG });
    expect(up.status, JSON.stringify(up.body)).toBe(200);
    expect(up.body.files).toHaveLength(1);
    expect((await act(c.huan, 'accept', '自己销号')).status).toBe(403);
    expect((await act(c.auditor, 'return', '付款审批单缺少签字')).body.status).toBe('returned');
    expect((await act(c.huan, 'rectify', '已补签')).body.status).toBe('responded');
    const closed = await act(c.auditor, 'accept', '整改到位，同意销号');
    expect(closed.body).toMatchObject({ status: 'closed', overdue: false });
    expect(closed.body.history.map((h: { action: string }) => h.action)).toEqual([
      'raise',
      'rectify',
      'return',
      'rectify',
      'accept',
    ]);
    expect(
      (await c.huan.upload(`/api/audit-findings/${f.id}/files`, { filename: 'late.png', content: PNG })).status,
    ).toBe(409);
  });

  it('show as warnings while open, critical once past their deadline', async () => {
    const f = (await c.auditor.post('/api/audit-findings', finding({ deadline: '2019-09-20' }))).body;
    const items = (await c.office.get('/api/warnings?year=2019&asOf=2019-09-30&kind=finding_open')).body.items;
    const w = items.find((x: { id: string }) => x.id === `finding_open:${f.id}`);
    expect(w).toMatchObject({ severity: 'critical', countyCode: '621022', link: `/funds/findings/${f.id}` });
    const huan = (await c.huan.get('/api/warnings?year=2019&asOf=2019-09-30&kind=finding_open')).body.items;
    expect(huan.every((x: { countyCode: string }) => x.countyCode === '621022')).toBe(true);
  });
});
