import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, signedIn, type TestEnv } from '../../../test/harness';
import { runScheduled, SCHEDULED_JOBS } from './scheduled';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

const job = (name: string) => SCHEDULED_JOBS.find((j) => j.name === name)!;

describe('scheduled jobs', () => {
  it('tells the units of an order due in 3 days, once, and of an overdue one, on the working date', async () => {
    const office = await signedIn(env.app, 'office');
    const zuzhibu = (await env.ctx.db.execute<{ id: string }>(sql`select id from units where code = 'zuzhibu'`))
      .rows[0]!.id;
    const created = await office.post('/api/supervision-orders', {
      kind: 'supervision',
      subject: '督促报送 2019 年第三季度劳务协作数据',
      unitIds: [zuzhibu],
      dueDate: '2027-01-01',
      requiredResponse: '报送进展',
    });
    expect(created.status).toBe(200);
    const id = created.body.id;
    const told = async (template: string) =>
      (
        await env.ctx.db.execute<{ n: number }>(
          sql`select count(*)::int as n from messages where template = ${template} and link = ${`/supervision/${id}`}`,
        )
      ).rows[0]!.n;
    await env.ctx.db.execute(sql`update supervision_orders set due_date = '2019-10-02' where id = ${id}`);
    await runScheduled(env.ctx, job('jobs.supervision-reminders'));
    await runScheduled(env.ctx, job('jobs.supervision-reminders'));
    expect(await told('supervision.due_soon')).toBe(1); // one reporter, told once
    await env.ctx.db.execute(sql`update supervision_orders set due_date = '2019-09-29' where id = ${id}`);
    await runScheduled(env.ctx, job('jobs.supervision-reminders'));
    expect(await told('supervision.overdue')).toBe(1);
  });

  it('tells the office how many pairings are dormant, and lists each run for the system admin', async () => {
    await runScheduled(env.ctx, job('jobs.dormancy'));
    await runScheduled(env.ctx, job('jobs.housekeeping'));
    const office = await signedIn(env.app, 'office');
    const dormant = (await office.get('/api/messages')).body.items.filter(
      (m: { template: string }) => m.template === 'pairing.dormant',
    );
    const runs = await env.ctx.db.execute<{ detail: string }>(
      sql`select detail from job_runs where name = 'jobs.dormancy'`,
    );
    const count = Number(/^(\d+) dormant/.exec(runs.rows[0]!.detail)![1]);
    expect(dormant).toHaveLength(count > 0 ? 1 : 0);
    const sys = await signedIn(env.app, 'sysadmin');
    const overview = await sys.get('/api/jobs');
    expect(overview.body.adapters).toEqual({ sms: 'log', wecom: 'log' });
    const byName = new Map(overview.body.jobs.map((j: { name: string }) => [j.name, j]));
    expect(byName.get('jobs.dormancy')).toMatchObject({ lastOutcome: 'ok', runs: 1, cron: '0 7 * * *' });
    expect(byName.get('jobs.supervision-reminders')).toMatchObject({ lastOutcome: 'ok', runs: 3 });
  });

  it('records a failed run with its reason', async () => {
    const failing = { ...job('jobs.housekeeping'), run: async () => Promise.reject(new Error('disk full')) };
    await expect(runScheduled(env.ctx, failing)).rejects.toThrow('disk full');
    const last = await env.ctx.db.execute<{ outcome: string; detail: string }>(
      sql`select outcome, detail from job_runs where name = 'jobs.housekeeping' order by started_at desc limit 1`,
    );
    expect(last.rows[0]).toEqual({ outcome: 'failed', detail: 'disk full' });
  });
});
