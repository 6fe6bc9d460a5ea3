import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, signedIn, type TestEnv } from '../../../test/harness';
import { addDays, chinaToday, workingDate } from './working-date.service';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

describe('工作日期: the date a tenant takes as "now"', () => {
  it('is 2019-09-30 in the demo, readable by every business role, changed by the office with its version, audited', async () => {
    const leader = await signedIn(env.app, 'leader');
    const office = await signedIn(env.app, 'office');
    const now = await leader.get('/api/settings/working-date');
    expect(now.body).toMatchObject({ workingDate: '2019-09-30', isToday: false });
    expect(
      (await leader.put('/api/settings/working-date', { workingDate: '2019-12-31', version: now.body.version })).status,
    ).toBe(403);
    const set = await office.put('/api/settings/working-date', {
      workingDate: '2019-12-31',
      version: now.body.version,
    });
    expect(set.body).toMatchObject({ workingDate: '2019-12-31', version: now.body.version + 1 });
    const stale = await office.put('/api/settings/working-date', {
      workingDate: '2019-06-30',
      version: now.body.version,
    });
    expect(stale.status).toBe(409);
    expect((await office.put('/api/settings/working-date', { workingDate: '2019-02-30', version: 2 })).status).toBe(
      400,
    );
    const today = await office.put('/api/settings/working-date', { workingDate: null, version: set.body.version });
    expect(today.body).toMatchObject({ workingDate: chinaToday(), isToday: true });
    const t = (await env.ctx.db.execute<{ id: string }>(sql`select id from tenants limit 1`)).rows[0]!.id;
    expect(await workingDate(env.ctx.db, t)).toBe(chinaToday());
    const audit = await env.ctx.db.execute<{ details: { before: string | null; after: string | null } }>(
      sql`select details from audit_log where action = 'settings.working_date' order by id`,
    );
    expect(audit.rows.map((r) => [r.details.before, r.details.after])).toEqual([
      ['2019-09-30', '2019-12-31'],
      ['2019-12-31', null],
    ]);
  });

  it('adds days across month ends and leap days', () => {
    expect(addDays('2019-09-30', 3)).toBe('2019-10-03');
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDays('2019-01-01', -1)).toBe('2018-12-31');
  });
});
