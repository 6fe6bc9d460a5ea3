import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import { makeIdNumber } from '@xiezuo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, TestClient, type TestEnv } from '../../../test/harness';
import { adaptersFor } from '../messages/channels/adapters';
import { deliverOne } from '../messages/deliver';
import type { Job } from '../../lib/queue/queue';
import { bindAccount, findOrCreateAccount, grantExternalRole } from './accounts.service';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv({ OTP_RATE_PER_PHONE_HOUR: '3', LOGIN_RATE_PER_MINUTE: '1000' });
});
afterAll(() => env.close());

/** Delivers the pending SMS of a phone's newest code (through the log adapter: no vendor configured) and reads it. */
async function codeSentTo(phoneTail: string): Promise<string> {
  const rows = await env.ctx.db.execute<{ id: string }>(
    sql`select d.id from message_deliveries d join messages m on m.id = d.message_id
        join external_accounts a on a.id = m.recipient_id
        where m.template = 'auth.otp' and a.phone_masked like ${`%${phoneTail}`} and d.status = 'pending'`,
  );
  const adapters = adaptersFor(env.ctx.config.messaging);
  for (const r of rows.rows)
    await deliverOne(env.ctx, adapters, {
      id: r.id,
      data: { deliveryId: r.id },
      retryCount: 0,
      retryLimit: 1,
    } as unknown as Job);
  const lines = fs
    .readFileSync(env.ctx.config.messaging.logFile, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  const last = lines.filter((l) => l.template === 'auth.otp' && String(l.to).endsWith(phoneTail)).at(-1);
  return /(\d{6})/.exec(last.text)![1]!;
}

describe('sign-in by phone and one-time code', () => {
  it('signs the demo worker in: the code goes out through the outbox; staff routes answer 403', async () => {
    const c = new TestClient(env.app);
    const req = await c.post('/api/auth/otp/request', { phone: '+86 138-0000-0001' });
    expect(req.status, JSON.stringify(req.body)).toBe(200);
    expect(req.body).toMatchObject({ sent: true, expiresInSeconds: 300 });
    const code = await codeSentTo('0001');
    const stored = await env.ctx.db.execute<{ code_hash: string }>(sql`select code_hash from otp_codes`);
    expect(JSON.stringify(stored.rows)).not.toContain(code);
    const res = await c.post('/api/auth/otp/verify', { phone: '13800000001', code });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ kind: 'external', account: { phoneMasked: '138****0001', roles: ['worker'] } });
    expect(res.body.account.subject).toMatchObject({ kind: 'person' });
    c.csrf = res.body.csrfToken;
    expect((await c.get('/api/account/me')).body.account.id).toBe(res.body.account.id);
    expect((await c.get('/api/records')).status).toBe(403);
    expect((await c.get('/api/auth/me')).status).toBe(403);
    expect((await c.get('/api/messages')).status).toBe(200);
    // the phone is stored encrypted, found by its blind index
    const row = await env.ctx.db.execute<{ phone_enc: string }>(
      sql`select phone_enc from external_accounts where id = ${res.body.account.id}`,
    );
    expect(row.rows[0]!.phone_enc).not.toContain('13800000001');
  });

  it('binds a first sign-in to the person of the ledger who has that phone, as a worker', async () => {
    const reporter = new TestClient(env.app);
    await reporter.login('unit-renshe');
    const unit = (await env.ctx.db.execute<{ id: string }>(sql`select id from units where code = 'renshe'`)).rows[0]!
      .id;
    const rec = await reporter.post('/api/records', {
      type: 'training',
      occurredOn: '2019-06-12',
      eastUnitId: unit,
      countyCode: '621022',
      values: { trainingKind: 'vocational', title: '环县劳务技能培训', sessions: 1, personTimes: 1 },
      people: [{ idNumber: makeIdNumber('621022', '19900101', 321), name: '马小花', phone: '13200000006' }],
    });
    expect(rec.status, JSON.stringify(rec.body)).toBe(200);
    const c = new TestClient(env.app);
    expect((await c.post('/api/auth/otp/request', { phone: '13200000006' })).status).toBe(200);
    const res = await c.post('/api/auth/otp/verify', { phone: '13200000006', code: await codeSentTo('0006') });
    expect(res.body.account).toMatchObject({
      displayName: '马小花',
      roles: ['worker'],
      subject: { kind: 'person', id: rec.body.people[0].personId },
    });
  });

  it('refuses a phone that is not a mainland mobile number, with the reason', async () => {
    const c = new TestClient(env.app, { lang: 'en' });
    for (const phone of ['12345', '2380000000a', '+1 415 555 0100', '1380000000']) {
      const res = await c.post('/api/auth/otp/request', { phone });
      expect(res.status, phone).toBe(400);
      expect(res.body.error.code).toBe('PHONE_INVALID');
      expect(res.body.error.message).toMatch(/11-digit/);
    }
  });

  it('locks a code after 5 wrong tries, even if the sixth is right', async () => {
    const c = new TestClient(env.app);
    expect((await c.post('/api/auth/otp/request', { phone: '13700000002' })).status).toBe(200);
    const code = await codeSentTo('0002');
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 1; i <= 4; i++) {
      const res = await c.post('/api/auth/otp/verify', { phone: '13700000002', code: wrong });
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'OTP_INVALID', details: { triesLeft: 5 - i } });
    }
    const fifth = await c.post('/api/auth/otp/verify', { phone: '13700000002', code: wrong });
    expect(fifth.status).toBe(423);
    expect(fifth.body.error.code).toBe('OTP_LOCKED');
    expect((await c.post('/api/auth/otp/verify', { phone: '13700000002', code })).status).toBe(400);
    const audit = await env.ctx.db.execute<{ n: number }>(
      sql`select count(*)::int as n from audit_log where action = 'account.sign_in' and outcome <> 'success'`,
    );
    expect(audit.rows[0]!.n).toBeGreaterThanOrEqual(6);
  });

  it('limits codes per phone: one a minute, then a few an hour', async () => {
    const c = new TestClient(env.app);
    expect((await c.post('/api/auth/otp/request', { phone: '13600000003' })).status).toBe(200);
    const again = await c.post('/api/auth/otp/request', { phone: '13600000003' });
    expect(again.status).toBe(429);
    expect(again.body.error.details.retryAfterSeconds).toBeGreaterThan(0);
    await env.ctx.db.execute(sql`update otp_codes set created_at = created_at - interval '2 minutes'`);
    expect((await c.post('/api/auth/otp/request', { phone: '13600000003' })).status).toBe(200);
    await env.ctx.db.execute(sql`update otp_codes set created_at = created_at - interval '2 minutes'`);
    expect((await c.post('/api/auth/otp/request', { phone: '13600000003' })).status).toBe(200);
    await env.ctx.db.execute(sql`update otp_codes set created_at = created_at - interval '2 minutes'`);
    expect((await c.post('/api/auth/otp/request', { phone: '13600000003' })).status).toBe(429); // 3 an hour here
  });

  it('refuses an expired code', async () => {
    const c = new TestClient(env.app);
    expect((await c.post('/api/auth/otp/request', { phone: '13500000004' })).status).toBe(200);
    const code = await codeSentTo('0004');
    await env.ctx.db.execute(sql`update otp_codes set expires_at = now() - interval '1 second'`);
    expect((await c.post('/api/auth/otp/verify', { phone: '13500000004', code })).body.error.code).toBe('OTP_INVALID');
  });

  it('lets a module create, bind and grant roles to accounts in its own transaction', async () => {
    const tenantId = (await env.ctx.db.execute<{ id: string }>(sql`select id from tenants limit 1`)).rows[0]!.id;
    const { account, isNew } = await env.ctx.db.transaction(async (tx) => {
      const made = await findOrCreateAccount(env.ctx, tx, {
        tenantId,
        phone: '13300000005',
        displayName: '天津某公司',
        roles: ['employer'],
        subject: { kind: 'enterprise', id: 'ent-1' },
      });
      await grantExternalRole(tx, made.account.id, 'donor');
      return made;
    });
    expect(isNew).toBe(true);
    const again = await env.ctx.db.transaction((tx) =>
      findOrCreateAccount(env.ctx, tx, { tenantId, phone: '133 0000 0005' }),
    );
    expect(again.isNew).toBe(false);
    expect(again.account).toMatchObject({ id: account.id, subjectKind: 'enterprise', subjectId: 'ent-1' });
    expect([...again.account.roles].sort()).toEqual(['donor', 'employer']);
    await env.ctx.db.transaction((tx) => bindAccount(tx, account.id, { kind: 'supplier', id: 'sup-9' }));
    const bound = await env.ctx.db.transaction((tx) =>
      findOrCreateAccount(env.ctx, tx, { tenantId, phone: '13300000005' }),
    );
    expect(bound.account.subjectKind).toBe('supplier');
  });

  it('limits codes per client IP across phones', async () => {
    const c = new TestClient(env.app);
    const limit = env.ctx.config.messaging.otp.perIpHour;
    let refused: { at: number; retryAfterSeconds: number } | null = null;
    // every phone is new, so only the IP's count can refuse (earlier tests' codes from this IP count too)
    for (let i = 0; i <= limit && !refused; i++) {
      const res = await c.post('/api/auth/otp/request', { phone: `1370000${String(i).padStart(4, '0')}` });
      if (res.status === 429) refused = { at: i, retryAfterSeconds: res.body.error.details.retryAfterSeconds };
      else expect(res.status).toBe(200);
    }
    expect(refused).not.toBeNull();
    expect(refused!.at).toBeGreaterThan(0);
    expect(refused!.retryAfterSeconds).toBe(3600);
    expect((await c.post('/api/auth/otp/request', { phone: '13799999999' })).status).toBe(429);
  });
});
