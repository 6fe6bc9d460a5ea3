import { sql } from 'drizzle-orm';
import { makeIdNumber } from '@xiezuo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, signedIn, signedInExternal, type TestClient, type TestEnv } from '../../../test/harness';
import { QUEUES } from '../../lib/queue/queues';
import { runScheduled, SCHEDULED_JOBS } from '../jobs/scheduled';

let env: TestEnv;
let office: TestClient;
let xiahe: TestClient;
let town: TestClient;
beforeAll(async () => {
  env = await createTestEnv();
  const c = await Promise.all(['office', 'county-xiahe', 'town-xiahe'].map((u) => signedIn(env.app, u)));
  [office, xiahe, town] = c as [TestClient, TestClient, TestClient];
});
afterAll(() => env.close());

const setWorkingDate = (d: string) => env.ctx.db.execute(sql`update tenant_settings set working_date = ${d}`);

describe('charity settings', () => {
  it('the office reads and changes them with the version; bad values, stale versions and others are refused', async () => {
    const start = await office.get('/api/charity/settings');
    expect(start.body).toMatchObject({ reservationDays: 14, beneficiaryYearCapFen: 2_000_000, version: 0 });
    expect(start.body.abilities.edit).toBe(true);
    const body = { reservationDays: 3, beneficiaryYearCapFen: 3_000_000, version: 0 };
    for (const bad of [
      { ...body, reservationDays: 0 },
      { ...body, reservationDays: 91 },
      { ...body, reservationDays: 2.5 },
      { ...body, beneficiaryYearCapFen: 99 },
      { reservationDays: 3, version: 0 },
    ]) {
      const res = await office.put('/api/charity/settings', bad);
      expect(res.status, JSON.stringify(bad)).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
    }
    expect((await xiahe.put('/api/charity/settings', body)).status).toBe(403);
    expect((await xiahe.get('/api/charity/settings')).body.abilities.edit).toBe(false);
    const saved = await office.put('/api/charity/settings', body);
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toMatchObject({ reservationDays: 3, beneficiaryYearCapFen: 3_000_000, version: 1 });
    const stale = await office.put('/api/charity/settings', { ...body, reservationDays: 5 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('CONFLICT');
    expect((await office.get('/api/charity/settings')).body.reservationDays).toBe(3);
    const audit = await env.ctx.db.execute<{ details: { before: unknown; after: unknown } }>(
      sql`select details from audit_log where action = 'charity_settings.update'`,
    );
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]!.details.before).toMatchObject({ reservationDays: 14 });
  });
});

describe('the lapsed-reservation job', () => {
  it('has its queue created at start-up, as every scheduled job must (the application role cannot create one)', () => {
    expect(QUEUES.map((q) => q.name)).toEqual(expect.arrayContaining(SCHEDULED_JOBS.map((j) => j.name)));
  });

  it('releases a claim not funded within the reservation days, audits it and tells the donor once', async () => {
    // the settings above: 3 days; the working date is 2019-09-30
    const village = (
      await env.ctx.db.execute<{ code: string }>(
        sql`select code from regions where code like '623027%' and level = 'village' order by code limit 1`,
      )
    ).rows[0]!.code;
    const need = await town.post('/api/charity/needs', {
      countyCode: '623027',
      regionCode: village,
      kind: 'schooling',
      beneficiaryKind: 'student',
      title: '初二学生学习用品',
      description: '需要一学年的学习用品和校服。',
      amountFen: 800_00,
      deadline: '2019-12-31',
      beneficiary: { name: '才让草', idNumber: makeIdNumber('623027', '20060501', 12) },
    });
    expect(need.status, JSON.stringify(need.body)).toBe(200);
    const id = need.body.id;
    await xiahe.post(`/api/charity/needs/${id}/transitions`, { action: 'verify', version: 1 });
    await xiahe.post(`/api/charity/needs/${id}/transitions`, { action: 'publish', version: 2 });
    const donor = await signedInExternal(env, '13900000027');
    const claim = await donor.post('/api/charity/claims', {
      needId: id,
      amountFen: 800_00,
      donor: { kind: 'individual', name: '李红', isHonoured: false },
    });
    expect(claim.status, JSON.stringify(claim.body)).toBe(200);
    expect(claim.body.reservedUntil).toBe('2019-10-03T15:59:59.999Z'); // 3 days after the working day's end
    const state = async () =>
      (
        await env.ctx.db.execute<{ claim: string; need: string; told: number; audited: number }>(
          sql`select c.status as claim, n.status as need,
                (select count(*)::int from messages m where m.idempotency_key = ${`charity.released:${claim.body.id}`}) as told,
                (select count(*)::int from audit_log a where a.action = 'charity.claim.lapse' and a.object_id = ${claim.body.id}) as audited
              from charity_claims c join charity_needs n on n.id = c.need_id where c.id = ${claim.body.id}`,
        )
      ).rows[0]!;
    const job = SCHEDULED_JOBS.find((j) => j.name === 'jobs.charity-lapse')!;
    await setWorkingDate('2019-10-02');
    await runScheduled(env.ctx, job);
    expect(await state()).toEqual({ claim: 'reserved', need: 'claimed', told: 0, audited: 0 });
    await setWorkingDate('2019-10-03');
    await runScheduled(env.ctx, job);
    expect(await state()).toEqual({ claim: 'expired', need: 'published', told: 1, audited: 1 });
    await runScheduled(env.ctx, job);
    expect((await state()).told).toBe(1);
    const msgs = (await donor.get('/api/messages')).body.items as { template: string; body: string }[];
    expect(msgs.find((m) => m.template === 'charity.step' && m.body.includes('认领已释放'))).toBeTruthy();
    const run = await env.ctx.db.execute<{ detail: string; outcome: string }>(
      sql`select detail, outcome from job_runs where name = 'jobs.charity-lapse' order by started_at desc limit 1`,
    );
    expect(run.rows[0]).toMatchObject({ outcome: 'ok' });
  });
});
