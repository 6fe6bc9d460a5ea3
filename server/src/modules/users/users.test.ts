import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, signedIn, TestClient, type TestEnv } from '../../../test/harness';

let env: TestEnv;
let sec: TestClient;
beforeAll(async () => {
  env = await createTestEnv();
  sec = await signedIn(env.app, 'secadmin');
});
afterAll(() => env.close());

async function unitId(code: string): Promise<string> {
  const r = await env.ctx.db.execute<{ id: string }>(sql`select id from units where code = ${code}`);
  return r.rows[0]!.id;
}

describe('users and roles (security admin)', () => {
  it('creates a scoped user whose initial password must be changed before anything else', async () => {
    const res = await sec.post('/api/users', {
      username: 'New.Reporter',
      displayName: '区教育局填报员',
      roles: [{ role: 'unit_reporter', scopeId: await unitId('jiaoyuju') }],
    });
    expect(res.status).toBe(200);
    expect(res.body.user.username).toBe('new.reporter');
    expect(res.body.user.roles[0]).toMatchObject({ role: 'unit_reporter', scopeType: 'unit', scopeName: '区教育局' });
    const c = new TestClient(env.app);
    expect((await c.login('new.reporter', res.body.initialPassword)).status).toBe(200);
    const blocked = await c.get('/api/org');
    expect(blocked.status).toBe(403);
    expect(blocked.body.error.code).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(
      (
        await c.post('/api/auth/change-password', {
          currentPassword: res.body.initialPassword,
          newPassword: 'My-Own-Pass-2026',
        })
      ).status,
    ).toBe(200);
    expect((await c.get('/api/org')).status).toBe(200);
  });

  it('refuses to combine the three admin roles, or an admin role with a business role', async () => {
    const both = await sec.post('/api/users', {
      username: 'two-hats',
      displayName: 'X',
      roles: [{ role: 'sys_admin' }, { role: 'audit_admin' }],
    });
    expect(both.status).toBe(400);
    expect(both.body.error.code).toBe('ADMIN_ROLES_SEPARATED');
    const mixed = await sec.post('/api/users', {
      username: 'mixed-hats',
      displayName: 'X',
      roles: [{ role: 'sec_admin' }, { role: 'office_admin' }],
    });
    expect(mixed.body.error.code).toBe('ADMIN_AND_BUSINESS_ROLES');
    const noScope = await sec.post('/api/users', {
      username: 'no-scope',
      displayName: 'X',
      roles: [{ role: 'county_officer', scopeId: '999999' }],
    });
    expect(noScope.body.error.code).toBe('SCOPE_REQUIRED');
    const dup = await sec.post('/api/users', { username: 'leader', displayName: 'X', roles: [{ role: 'leader' }] });
    expect(dup.status).toBe(409);
    const count = await env.ctx.db.execute(
      sql`select 1 from users where username in ('two-hats','mixed-hats','no-scope')`,
    );
    expect(count.rows).toHaveLength(0);
  });

  it('changes roles with optimistic locking, audits before and after, and the new scope takes effect', async () => {
    const list = await sec.get('/api/users?q=county-xiahe');
    const u = list.body.items[0];
    const stale = await sec.put(`/api/users/${u.id}/roles`, {
      version: u.version - 1,
      roles: [{ role: 'county_officer', scopeId: '621021' }],
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details.currentVersion).toBe(u.version);
    const ok = await sec.put(`/api/users/${u.id}/roles`, {
      version: u.version,
      roles: [{ role: 'county_officer', scopeId: '621021' }],
    });
    expect(ok.status).toBe(200);
    const officer = await signedIn(env.app, 'county-xiahe');
    expect((await officer.get('/api/counties/621021')).status).toBe(200);
    expect((await officer.get('/api/counties/623027')).status).toBe(403);
    const audit = await env.ctx.db.execute<{
      details: { before: { scopeId: string }[]; after: { scopeId: string }[] };
    }>(sql`select details from audit_log where action = 'user.roles_change' and object_id = ${u.id}`);
    expect(audit.rows[0]!.details.before[0]!.scopeId).toBe('623027');
    expect(audit.rows[0]!.details.after[0]!.scopeId).toBe('621021');
  });

  it('does not let the security admin change their own roles, and deactivation ends the user’s sessions', async () => {
    const me = (await sec.get('/api/auth/me')).body;
    const own = await sec.put(`/api/users/${me.user.id}/roles`, { version: 1, roles: [{ role: 'office_admin' }] });
    expect(own.status).toBe(403);
    const victim = await signedIn(env.app, 'unit-zuzhibu');
    const u = (await sec.get('/api/users?q=unit-zuzhibu')).body.items[0];
    expect((await sec.patch(`/api/users/${u.id}`, { version: u.version, isActive: false })).status).toBe(200);
    expect((await victim.get('/api/auth/me')).status).toBe(401);
    expect((await new TestClient(env.app).login('unit-zuzhibu')).body.error.code).toBe('ACCOUNT_DISABLED');
  });
});
