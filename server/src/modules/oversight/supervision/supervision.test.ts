import { sql } from 'drizzle-orm';
import type { SupervisionOrderDetailDto, WarningDto } from '@xiezuo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, signedIn, type TestClient, type TestEnv } from '../../../../test/harness';

let env: TestEnv;
let office: TestClient;
let renshe: TestClient;
beforeAll(async () => {
  env = await createTestEnv();
  office = await signedIn(env.app, 'office');
  renshe = await signedIn(env.app, 'unit-renshe');
});
afterAll(() => env.close());

// The demo's working date (工作日期): numbers, due dates and "overdue" follow it, not the clock.
const WORKING_DATE = '2019-09-30';
const inDays = (n: number) =>
  new Date(Date.parse(`${WORKING_DATE}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

const upload = (c: TestClient, id: string, filename: string, content: Buffer) =>
  c.upload(`/api/supervision-orders/${id}/files`, { filename, content, type: 'image/png' });

async function orderFromWarning(): Promise<SupervisionOrderDetailDto> {
  const warnings: WarningDto[] = (await office.get('/api/warnings?year=2019&asOf=2019-09-30&kind=indicator_behind'))
    .body.items;
  const w = warnings.find((x) => x.id === 'indicator_behind:2019:labour.employed_elsewhere')!;
  const res = await office.post('/api/supervision-orders', {
    subject: w.title.zh,
    warningId: w.id,
    indicatorCodes: [w.indicatorCode],
    unitIds: w.responsibleUnits.map((u) => u.id),
    dueDate: inDays(10),
    requiredResponse: `${w.message.zh}。请于期限内说明原因并报送整改措施。`,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

describe('the demo orders', () => {
  it('hold an open order to 区人社局, due 2019-10-15, and a decision answered on time and closed', async () => {
    const all = (await office.get('/api/supervision-orders')).body;
    expect(all.total).toBe(2);
    const open = all.items.find((o: { serial: string }) => o.serial === '督办〔2019〕2号');
    expect(open).toMatchObject({
      status: 'open',
      dueDate: '2019-10-15',
      isOverdue: false,
      units: [{ name: '区人社局' }],
      warningId: 'indicator_behind:2019:labour.employed_elsewhere',
    });
    const decision = (
      await office.get(
        `/api/supervision-orders/${all.items.find((o: { kind: string }) => o.kind === 'leadership_decision').id}`,
      )
    ).body;
    expect(decision).toMatchObject({
      serial: '决定事项〔2019〕1号',
      status: 'closed',
      isOverdue: false,
      units: [{ name: '区卫生健康委' }],
      responses: [{ unit: { name: '区卫生健康委' } }],
    });
    expect(decision.history.map((e: { action: string }) => e.action)).toEqual(['create', 'respond', 'accept']);
  });
});

describe('a supervision order from a warning', () => {
  it('goes to 区人社局, is answered, returned, answered again and accepted — each step audited', async () => {
    const order = await orderFromWarning();
    expect(order).toMatchObject({
      kind: 'supervision',
      status: 'open',
      isOverdue: false,
      warningId: 'indicator_behind:2019:labour.employed_elsewhere',
      units: [{ name: '区人社局' }],
    });
    expect(order.serial).toBe('督办〔2019〕3号');
    expect(order.dueDate).toBe('2019-10-10');
    // the cited indicator is named, not shown as its code
    expect(order.indicators).toEqual([
      { code: 'labour.employed_elsewhere', name: { zh: '贫困人口到其他地区就业', en: expect.any(String) } },
    ]);
    expect(order.abilities).toEqual({ respond: false, accept: false, return: false, attach: true });

    const seen = (await renshe.get('/api/supervision-orders')).body;
    // the demo's own order to 区人社局 (督办〔2019〕2号) and this one
    expect(seen.items.map((o: { serial: string }) => o.serial).sort()).toEqual(
      [order.serial, '督办〔2019〕2号'].sort(),
    );
    expect(seen.items.find((o: { id: string }) => o.id === order.id).abilities).toMatchObject({
      respond: true,
      accept: false,
      return: false,
    });
    expect((await office.post(`/api/supervision-orders/${order.id}/accept`, {})).status).toBe(409);
    expect((await renshe.post(`/api/supervision-orders/${order.id}/accept`, {})).status).toBe(403);

    const answered = await renshe.post(`/api/supervision-orders/${order.id}/respond`, {
      text: '已组织专场招聘 2 场，预计 10 月底新增外出就业 400 人。',
    });
    expect(answered.status, JSON.stringify(answered.body)).toBe(200);
    expect(answered.body).toMatchObject({ status: 'responded', responses: [{ unit: { name: '区人社局' } }] });
    expect(answered.body.respondedAt).not.toBeNull();
    const up = await upload(renshe, order.id, '招聘会签到表.png', png);
    expect(up.status, JSON.stringify(up.body)).toBe(200);
    expect(up.body.files).toMatchObject([{ filename: '招聘会签到表.png', unitName: '区人社局', mime: 'image/png' }]);

    const returned = await office.post(`/api/supervision-orders/${order.id}/return`, {
      note: '请补充分县的就业人数。',
    });
    expect(returned.body).toMatchObject({ status: 'returned', abilities: { accept: false } });
    expect(
      (
        await renshe.post(`/api/supervision-orders/${order.id}/respond`, {
          text: '环县 160 人、庆城县 140 人、夏河县 100 人。',
        })
      ).body.status,
    ).toBe('responded');
    const closed = await office.post(`/api/supervision-orders/${order.id}/accept`, { note: '同意办结' });
    expect(closed.body).toMatchObject({
      status: 'closed',
      isOverdue: false,
      abilities: { respond: false, accept: false, return: false, attach: false },
    });
    expect(closed.body.closedAt).not.toBeNull();
    expect(closed.body.history.map((e: { action: string; toStatus: string }) => `${e.action}→${e.toStatus}`)).toEqual([
      'create→open',
      'respond→responded',
      'return→returned',
      'respond→responded',
      'accept→closed',
    ]);
    expect(closed.body.responses).toHaveLength(2);
    expect((await renshe.post(`/api/supervision-orders/${order.id}/respond`, { text: '再次反馈' })).status).toBe(409);

    const audit = await env.ctx.db.execute<{ action: string }>(
      sql`select action from audit_log where object_id = ${order.id} order by id`,
    );
    expect(audit.rows.map((r) => r.action)).toEqual([
      'supervision.create',
      'supervision.respond',
      'supervision.file_attach',
      'supervision.return',
      'supervision.respond',
      'supervision.accept',
    ]);
  });

  it('is hidden from units it is not addressed to, and refused outside their role', async () => {
    const order = await orderFromWarning();
    const zuzhibu = await signedIn(env.app, 'unit-zuzhibu');
    expect((await zuzhibu.get(`/api/supervision-orders/${order.id}`)).status).toBe(404);
    expect((await zuzhibu.post(`/api/supervision-orders/${order.id}/respond`, { text: '不属于本单位' })).status).toBe(
      404,
    );
    expect((await zuzhibu.get('/api/supervision-orders')).body.total).toBe(0);
    const group = await signedIn(env.app, 'group-labour');
    expect((await group.get(`/api/supervision-orders/${order.id}`)).status).toBe(200);
    expect(
      (
        await renshe.post('/api/supervision-orders', {
          subject: 'x',
          unitIds: [order.units[0]!.id],
          dueDate: inDays(3),
          requiredResponse: '...',
        })
      ).status,
    ).toBe(403);
  });

  it('flags an order past its due date and not closed as overdue', async () => {
    const order = await orderFromWarning();
    await env.ctx.db.execute(sql`update supervision_orders set due_date = ${inDays(-1)} where id = ${order.id}`);
    const got = (await renshe.get(`/api/supervision-orders/${order.id}`)).body;
    expect(got).toMatchObject({ isOverdue: true, status: 'open' });
    const overdue = (await office.get('/api/supervision-orders?overdue=true')).body.items;
    expect(overdue.map((o: { id: string }) => o.id)).toContain(order.id);
    expect(overdue.every((o: { isOverdue: boolean; status: string }) => o.isOverdue && o.status !== 'closed')).toBe(
      true,
    );
    const notOverdue = (await office.get('/api/supervision-orders?overdue=false')).body.items;
    expect(notOverdue.some((o: { id: string }) => o.id === order.id)).toBe(false);
    expect(
      (await office.get('/api/supervision-orders?status=closed')).body.items.every(
        (o: { isOverdue: boolean }) => !o.isOverdue,
      ),
    ).toBe(true);
  });

  it('refuses a due date in the past, unknown units and unknown indicators', async () => {
    const unit = (await env.ctx.db.execute<{ id: string }>(sql`select id from units where code = 'renshe'`)).rows[0]!
      .id;
    const base = {
      subject: '领导小组会议决定：加快劳务协作进度',
      kind: 'leadership_decision',
      unitIds: [unit],
      dueDate: inDays(5),
      requiredResponse: '按月报送进展',
    };
    expect((await office.post('/api/supervision-orders', { ...base, dueDate: inDays(-2) })).status).toBe(400);
    expect(
      (await office.post('/api/supervision-orders', { ...base, unitIds: ['00000000-0000-4000-8000-000000000000'] }))
        .status,
    ).toBe(400);
    expect((await office.post('/api/supervision-orders', { ...base, indicatorCodes: ['labour.nope'] })).status).toBe(
      400,
    );
    const decision = await office.post('/api/supervision-orders', base);
    expect(decision.body.serial).toMatch(/^决定事项〔2019〕\d+号$/);
  });
});

describe('the working date', () => {
  it('decides which orders are overdue and refuses due dates before it', async () => {
    const wd = (await office.get('/api/settings/working-date')).body;
    const moved = await office.put('/api/settings/working-date', { workingDate: '2019-10-16', version: wd.version });
    expect(moved.status).toBe(200);
    const all = (await office.get('/api/supervision-orders?overdue=true')).body.items;
    expect(all.map((o: { serial: string }) => o.serial)).toContain('督办〔2019〕2号');
    const unit = (await env.ctx.db.execute<{ id: string }>(sql`select id from units where code = 'renshe'`)).rows[0]!
      .id;
    const body = { subject: '加快进度', kind: 'supervision', unitIds: [unit], requiredResponse: '说明原因' };
    expect((await office.post('/api/supervision-orders', { ...body, dueDate: '2019-10-15' })).status).toBe(400);
    expect((await office.post('/api/supervision-orders', { ...body, dueDate: '2019-10-20' })).status).toBe(200);
  });
});
