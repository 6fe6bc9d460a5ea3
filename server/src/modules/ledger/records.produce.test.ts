import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, signedIn, type TestClient, type TestEnv } from '../../../test/harness';
import { rollupDrift } from '../../db/rollups';
import { produceRecord, systemProducer, withdrawProduced, type ProduceInput } from './records.produce';
import { registerSourceLink } from './records.produced';

let env: TestEnv;
let office: TestClient;
let huan: TestClient;
let caizheng: string;
let tenantId: string;
const AS_OF = 'asOf=2019-09-30';

beforeAll(async () => {
  env = await createTestEnv();
  office = await signedIn(env.app, 'office');
  huan = await signedIn(env.app, 'county-huan');
  caizheng = (await env.ctx.db.execute<{ id: string }>(sql`select id from units where code = 'caizhengju'`)).rows[0]!
    .id;
  tenantId = (await env.ctx.db.execute<{ id: string }>(sql`select id from tenants`)).rows[0]!.id;
});
afterAll(() => env.close());

const progressOf = async (code: string) => {
  const p = (await office.get(`/api/plans/2019/progress?${AS_OF}`)).body;
  const i = p.items.find((x: { code: string }) => x.code === code);
  return { value: i.value as number, claimed: i.claimed as number, huan: i.counties[0] };
};
const fiscal = () => progressOf('funds.fiscal_paid');

const payment = (id: string, amountFen: number, status: 'confirmed' | 'submitted' = 'confirmed'): ProduceInput => ({
  type: 'fund_payment',
  occurredOn: '2019-06-18',
  eastUnitId: caizheng,
  countyCode: '621022',
  values: { fundKind: 'fiscal', amountFen, purpose: 'livelihood', level: 'village', project: '测试项目' },
  status,
  source: { type: 'fund_payment_line', id },
});
const produce = (input: ProduceInput) =>
  env.ctx.db.transaction((tx) => produceRecord(tx, env.ctx, systemProducer(tenantId), null, input));
const withdraw = (id: string) =>
  env.ctx.db.transaction((tx) =>
    withdrawProduced(tx, systemProducer(tenantId), null, { type: 'fund_payment_line', id }, '拨付撤销'),
  );
const bySource = async (id: string) =>
  (
    await env.ctx.db.execute<{ id: string; status: string; amount_fen: string }>(
      sql`select id, status, amount_fen from records where source_type = 'fund_payment_line' and source_id = ${id}`,
    )
  ).rows;

async function expectNoDrift() {
  expect(Object.values(await rollupDrift(env.database.pool)).every((n) => n === 0)).toBe(true);
}

describe('a record a module produces', () => {
  it('counts in the engine exactly as the same record entered and confirmed by hand', async () => {
    const start = await fiscal();
    await produce(payment(crypto.randomUUID(), 123_000_00));
    const produced = await fiscal();
    expect(produced.value - start.value).toBe(123_000_00);

    const hand = (
      await office.post('/api/records', {
        type: 'fund_payment',
        occurredOn: '2019-06-18',
        eastUnitId: caizheng,
        countyCode: '621022',
        values: { fundKind: 'fiscal', amountFen: 123_000_00, purpose: 'livelihood', level: 'village' },
      })
    ).body;
    await office.post(`/api/records/${hand.id}/submit`);
    await (await signedIn(env.app, 'group-funds')).post(`/api/records/${hand.id}/review`);
    expect((await huan.post(`/api/records/${hand.id}/confirm`)).body.status).toBe('confirmed');
    const both = await fiscal();
    expect(both.value - produced.value).toBe(produced.value - start.value);
    expect(both.huan.value - produced.huan.value).toBe(produced.huan.value - start.huan.value);
    // the share rules filter on purpose and level: the produced record lands in the same numerator
    const share = await progressOf('funds.livelihood_grassroots_share');
    expect(share.value).toBeGreaterThan(0);
    await expectNoDrift();
  });

  it('is claimed while submitted and counted once confirmed', async () => {
    const id = crypto.randomUUID();
    const start = await fiscal();
    await produce(payment(id, 50_000_00, 'submitted'));
    const claimed = await fiscal();
    expect([claimed.value, claimed.claimed - start.claimed]).toEqual([start.value, 50_000_00]);
    await produce(payment(id, 50_000_00, 'confirmed'));
    const confirmed = await fiscal();
    expect([confirmed.value - start.value, confirmed.claimed]).toEqual([50_000_00, start.claimed]);
    await expectNoDrift();
  });

  it('never yields two records for one source row: producing again updates it', async () => {
    const id = crypto.randomUUID();
    const start = await fiscal();
    const first = await produce(payment(id, 10_000_00));
    const again = await produce(payment(id, 10_000_00));
    expect(again).toEqual({ id: first.id, created: false, changed: false });
    const changed = await produce(payment(id, 30_000_00));
    expect(changed).toMatchObject({ id: first.id, created: false, changed: true });
    expect(await bySource(id)).toEqual([{ id: first.id, status: 'confirmed', amount_fen: String(30_000_00) }]);
    expect((await fiscal()).value - start.value).toBe(30_000_00);
    // the database holds the line too: a second row for the same source is refused
    await expect(
      env.ctx.db.execute(
        sql`insert into records (tenant_id, type_code, year, occurred_on, status, source_type, source_id) values (${tenantId}, 'fund_payment', 2019, '2019-06-18', 'draft', 'fund_payment_line', ${id})`,
      ),
    ).rejects.toMatchObject({ cause: { constraint: 'records_source_uq' } });
    const events = await env.ctx.db.execute<{ action: string }>(
      sql`select action from record_events where record_id = ${first.id} order by at`,
    );
    expect(events.rows.map((e) => e.action)).toEqual(['produce', 'produce_update']);
    const audit = await env.ctx.db.execute<{ action: string; username: string }>(
      sql`select action, username from audit_log where object_id = ${first.id} order by id`,
    );
    expect(audit.rows).toEqual([
      { action: 'record.produce', username: 'system' },
      { action: 'record.produce_update', username: 'system' },
    ]);
  });

  it('is removed from the counts when withdrawn, and revived as the same record', async () => {
    const id = crypto.randomUUID();
    const start = await fiscal();
    const { id: recordId } = await produce(payment(id, 20_000_00));
    expect((await fiscal()).value - start.value).toBe(20_000_00);
    expect(await withdraw(id)).toBe(true);
    expect(await withdraw(id)).toBe(false);
    expect((await fiscal()).value).toBe(start.value);
    expect((await bySource(id))[0]!.status).toBe('withdrawn');
    const revived = await produce(payment(id, 20_000_00));
    expect(revived.id).toBe(recordId);
    expect((await fiscal()).value - start.value).toBe(20_000_00);
    await expectNoDrift();
  });

  it('is validated by its type’s declaration, and a refusal writes nothing', async () => {
    const id = crypto.randomUUID();
    const bad = { ...payment(id, 1), values: { fundKind: 'fiscal', amountFen: -5, purpose: 'nope', level: 'village' } };
    await expect(produce(bad)).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(await bySource(id)).toEqual([]);
  });

  it('shows where it came from, and cannot be changed by hand in the ledger', async () => {
    registerSourceLink('fund_payment_line', async (_db, _tenant, id) => ({
      path: `/funds/test/${id}`,
      title: '测试来源',
    }));
    const id = crypto.randomUUID();
    const { id: recordId } = await produce(payment(id, 7_000_00, 'submitted'));
    const rec = (await office.get(`/api/records/${recordId}`)).body;
    expect(rec.source).toEqual({
      type: 'fund_payment_line',
      id,
      label: { zh: '资金项目 · 拨付', en: 'Funds · payment' },
      link: { path: `/funds/test/${id}`, title: '测试来源' },
    });
    expect(Object.values(rec.abilities).some(Boolean)).toBe(false);
    expect(rec.history.map((h: { action: string }) => h.action)).toEqual(['produce']);
    const listed = (await office.get('/api/records?year=2019&type=fund_payment&status=submitted')).body.items;
    expect(listed.find((r: { id: string }) => r.id === recordId).source).toMatchObject({ id, link: null });
    const edit = await office.patch(`/api/records/${recordId}`, { version: rec.version, note: 'x' });
    expect([edit.status, edit.body.error.code]).toEqual([409, 'RECORD_PRODUCED']);
    const confirm = await huan.post(`/api/records/${recordId}/confirm`);
    expect([confirm.status, confirm.body.error.code]).toEqual([409, 'RECORD_PRODUCED']);
    const unlock = await office.post(`/api/records/${recordId}/unlock-requests`, {
      reason: '金额有误',
      changes: { note: 'x' },
    });
    expect(unlock.body.error.code).toBe('RECORD_PRODUCED');
    expect((await bySource(id))[0]!.status).toBe('submitted');
  });
});
