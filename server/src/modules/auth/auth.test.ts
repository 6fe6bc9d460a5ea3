import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, signedIn, TestClient, type TestEnv } from '../../../test/harness';
import { TEST_PASSWORD } from '../../../test/constants';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv({
    LOCKOUT_THRESHOLD: '5',
    LOCKOUT_MINUTES: '30',
    SESSION_IDLE_MINUTES: '30',
    SESSION_ABSOLUTE_HOURS: '12',
  });
});
afterAll(() => env.close());

/** The sign-in trail of a user (the demo seed also audits work done in their name, such as produced records). */
async function auditActions(username: string): Promise<string[]> {
  const res = await env.ctx.db.execute<{ action: string }>(
    sql`select action from audit_log where username = ${username} and action like 'auth.%' order by id`,
  );
  return res.rows.map((r) => r.action);
}

describe('sign-in', () => {
  it('returns the user with roles, scopes and abilities, and sets an httpOnly SameSite session cookie', async () => {
    const c = new TestClient(env.app);
    const res = await c.login('county-huan');
    expect(res.status).toBe(200);
    expect(res.body.user.username).toBe('county-huan');
    expect(res.body.roles).toEqual([
      { role: 'county_officer', scopeType: 'county', scopeId: '621022', scopeName: '环县' },
    ]);
    expect(res.body.abilities).toContain('business.read');
    expect(res.body.abilities).not.toContain('audit.read');
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/xz_session=[^;]+;.*HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    const me = await c.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.user.tenant.name).toBe('天津市南开区');
  });

  it('refuses a wrong password with 401 INVALID_CREDENTIALS and an unknown user the same way', async () => {
    const c = new TestClient(env.app);
    const wrong = await c.login('leader', 'nope-nope-nope');
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe('INVALID_CREDENTIALS');
    const unknown = await c.login('nobody-here', 'whatever-1A');
    expect(unknown.status).toBe(401);
    expect(unknown.body.error.code).toBe('INVALID_CREDENTIALS');
    expect(unknown.body.error.message).toBe('用户名或密码错误');
  });

  it('locks the account after 5 failures: the 6th attempt gets 423 even with the right password', async () => {
    const c = new TestClient(env.app);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await c.login('unit-renshe', `wrong-password-${i}`)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 423]);
    const sixth = await c.login('unit-renshe', TEST_PASSWORD);
    expect(sixth.status).toBe(423);
    expect(sixth.body.error.code).toBe('ACCOUNT_LOCKED');
    expect(Date.parse(sixth.body.error.details.lockedUntil)).toBeGreaterThan(Date.now() + 29 * 60_000);
    expect(await auditActions('unit-renshe')).toEqual([
      'auth.login',
      'auth.login',
      'auth.login',
      'auth.login',
      'auth.lockout',
      'auth.login',
    ]);
    // an unlock by the security admin lets the user in again
    const sec = await signedIn(env.app, 'secadmin');
    const list = await sec.get('/api/users?q=unit-renshe');
    const user = list.body.items[0];
    expect(user.isLocked).toBe(true);
    expect((await sec.post(`/api/users/${user.id}/unlock`)).status).toBe(200);
    expect((await c.login('unit-renshe')).status).toBe(200);
  });

  it('logout invalidates the session on the server, not just the cookie', async () => {
    const c = await signedIn(env.app, 'leader');
    const saved = new Map(c.cookies);
    expect((await c.post('/api/auth/logout')).status).toBe(200);
    c.cookies = saved; // replay the old cookie
    const me = await c.get('/api/auth/me');
    expect(me.status).toBe(401);
  });

  it('expires a session idle longer than the idle timeout, and one past its absolute lifetime', async () => {
    const idle = await signedIn(env.app, 'office');
    await env.ctx.db.execute(
      sql`update sessions set last_seen_at = now() - interval '31 minutes' where revoked_at is null and user_id = (select id from users where username = 'office')`,
    );
    const r1 = await idle.get('/api/org');
    expect(r1.status).toBe(401);
    expect(r1.body.error.code).toBe('SESSION_EXPIRED');
    const old = await signedIn(env.app, 'office');
    await env.ctx.db.execute(
      sql`update sessions set expires_at = now() - interval '1 second' where revoked_at is null and user_id = (select id from users where username = 'office')`,
    );
    expect((await old.get('/api/org')).body.error.code).toBe('SESSION_EXPIRED');
    const fresh = await signedIn(env.app, 'office');
    expect((await fresh.get('/api/org')).status).toBe(200);
  });
});

describe('passwords', () => {
  it('enforces the policy (length, classes, reuse) and ends other sessions on change', async () => {
    const c = await signedIn(env.app, 'group-funds', { lang: 'en' });
    const other = await signedIn(env.app, 'group-funds');
    const short = await c.post('/api/auth/change-password', { currentPassword: TEST_PASSWORD, newPassword: 'short' });
    expect(short.status).toBe(400);
    expect(short.body.error.code).toBe('PASSWORD_POLICY');
    expect(short.body.error.message).toMatch(/password policy/);
    expect(short.body.error.details.problems.map((p: { code: string }) => p.code)).toEqual([
      'TOO_SHORT',
      'TOO_FEW_CLASSES',
    ]);
    const reused = await c.post('/api/auth/change-password', {
      currentPassword: TEST_PASSWORD,
      newPassword: TEST_PASSWORD,
    });
    expect(reused.body.error.code).toBe('PASSWORD_REUSED');
    const wrongCurrent = await c.post('/api/auth/change-password', {
      currentPassword: 'not-it',
      newPassword: 'Another-Pass-99',
    });
    expect(wrongCurrent.status).toBe(401);
    const ok = await c.post('/api/auth/change-password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'Another-Pass-99',
    });
    expect(ok.status).toBe(200);
    expect((await other.get('/api/auth/me')).status).toBe(401);
    expect((await c.get('/api/auth/me')).status).toBe(200);
    expect((await new TestClient(env.app).login('group-funds')).status).toBe(401);
    expect((await new TestClient(env.app).login('group-funds', 'Another-Pass-99')).status).toBe(200);
  });
});

describe('the current password asked by change-password', () => {
  const change = (c: TestClient, currentPassword: string) =>
    c.post('/api/auth/change-password', { currentPassword, newPassword: 'Guessed-Pass-77' });

  it('counts wrong guesses towards the sign-in lockout: the 5th locks the account (423), then even the right one is refused', async () => {
    const c = await signedIn(env.app, 'county-qingcheng');
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await change(c, `guess-${i}`)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 423]);
    const right = await change(c, TEST_PASSWORD);
    expect(right.status).toBe(423);
    expect(right.body.error.code).toBe('ACCOUNT_LOCKED');
    expect((await new TestClient(env.app).login('county-qingcheng')).status).toBe(423);
    expect(await auditActions('county-qingcheng')).toEqual([
      'auth.login',
      ...Array(4).fill('auth.password_change'),
      'auth.lockout',
      'auth.password_change',
      'auth.login',
    ]);
  });

  it('is limited per user and minute (LOGIN_RATE_PER_MINUTE)', async () => {
    const limited = await createTestEnv({ LOGIN_RATE_PER_MINUTE: '3', LOCKOUT_THRESHOLD: '50' });
    try {
      const c = await signedIn(limited.app, 'group-labour');
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await change(c, `guess-${i}`)).status);
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
      // another user is not held back by this one's attempts
      expect((await change(await signedIn(limited.app, 'group-talent'), 'guess')).status).toBe(401);
    } finally {
      await limited.close();
    }
  });
});

describe('CSRF', () => {
  it('refuses a browser request from another origin, or without the session token, and accepts one with it', async () => {
    const c = await signedIn(env.app, 'secadmin', { browser: true });
    const evil = await c.post(
      '/api/auth/change-password',
      { currentPassword: 'x', newPassword: 'y' },
      { origin: 'https://evil.example' },
    );
    expect(evil.status).toBe(403);
    expect(evil.body.error.code).toBe('CSRF_REJECTED');
    const crossSite = await c.post('/api/auth/logout', {}, { 'sec-fetch-site': 'cross-site', 'x-csrf-token': c.csrf! });
    expect(crossSite.body.error.code).toBe('CSRF_REJECTED');
    const noToken = await c.post('/api/auth/logout', {}, { 'x-csrf-token': 'forged' });
    expect(noToken.body.error.code).toBe('CSRF_REJECTED');
    expect((await c.get('/api/auth/me')).status).toBe(200);
    const ok = await c.post('/api/auth/logout');
    expect(ok.status).toBe(200);
  });

  it('refuses a sign-in posted from another origin', async () => {
    const c = new TestClient(env.app, { browser: true });
    const res = await c.post(
      '/api/auth/login',
      { username: 'leader', password: TEST_PASSWORD },
      { origin: 'https://evil.example' },
    );
    expect(res.status).toBe(403);
  });
});

describe('errors', () => {
  it('answers validation failures with 400 VALIDATION_FAILED and per-field details, in zh-CN or en', async () => {
    const c = new TestClient(env.app);
    const zh = await c.post('/api/auth/login', { username: '' });
    expect(zh.status).toBe(400);
    expect(zh.body.error.code).toBe('VALIDATION_FAILED');
    expect(zh.body.error.message).toBe('提交的数据不符合要求');
    expect(zh.body.error.details.fields.map((f: { path: string }) => f.path).sort()).toEqual(['password', 'username']);
    const en = await new TestClient(env.app, { lang: 'en-US,en;q=0.9' }).post('/api/auth/login', { username: '' });
    expect(en.body.error.message).toBe('The request is not valid');
    expect(en.body.error.details.fields[0].message).toMatch(/expected/i);
  });

  it('answers unknown API routes with 404 and malformed JSON with 400, never a stack trace', async () => {
    const c = new TestClient(env.app);
    const nf = await c.get('/api/no-such-thing');
    expect(nf.status).toBe(404);
    expect(nf.body.error.code).toBe('NOT_FOUND');
    const bad = await env.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: '{"username":',
      headers: { 'content-type': 'application/json' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).not.toMatch(/at .*\.ts/);
    expect(JSON.parse(bad.body).error.code).toBe('BAD_REQUEST');
  });
});
