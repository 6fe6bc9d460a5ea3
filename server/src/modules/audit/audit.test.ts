import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, signedIn, TestClient, type TestEnv } from '../../../test/harness';

let env: TestEnv;

beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

describe('audit log', () => {
  it('records sign-in success and failure with time, user, IP, action, outcome and request id', async () => {
    const c = new TestClient(env.app);
    await c.login('leader', 'wrong-password-1');
    const ok = await c.login('leader');
    const rows = await env.ctx.db.execute<{
      action: string;
      outcome: string;
      username: string;
      ip: string;
      request_id: string;
      tenant_id: string | null;
    }>(
      sql`select action, outcome, username, ip, request_id, tenant_id from audit_log where username = 'leader' order by id`,
    );
    expect(rows.rows.map((r) => `${r.action}:${r.outcome}`)).toEqual(['auth.login:failure', 'auth.login:success']);
    expect(rows.rows[1]!.ip).toBe('127.0.0.1');
    expect(rows.rows[1]!.request_id).toBe(ok.headers['x-request-id']);
    expect(rows.rows[1]!.tenant_id).not.toBeNull();
  });

  it('is refused UPDATE, DELETE and TRUNCATE by the database itself, even to its owner', async () => {
    await expect(
      env.owner.db.execute(sql`update audit_log set action = 'x' where id = (select min(id) from audit_log)`),
    ).rejects.toMatchObject({ cause: { message: expect.stringMatching(/append-only/) } });
    await expect(env.owner.db.execute(sql`delete from audit_log`)).rejects.toMatchObject({
      cause: { message: expect.stringMatching(/append-only/) },
    });
    await expect(env.owner.db.execute(sql`truncate audit_log`)).rejects.toMatchObject({
      cause: { message: expect.stringMatching(/append-only/) },
    });
  });

  it('fails the change when its audit row cannot be written (same transaction, fail closed)', async () => {
    const sec = await signedIn(env.app, 'secadmin');
    await env.owner.db.execute(
      sql`create function test_refuse_audit() returns trigger language plpgsql as $$ begin if new.action = 'user.create' then raise exception 'audit store down'; end if; return new; end $$`,
    );
    await env.owner.db.execute(
      sql`create trigger test_refuse_audit before insert on audit_log for each row execute function test_refuse_audit()`,
    );
    try {
      const res = await sec.post('/api/users', {
        username: 'should-not-exist',
        displayName: 'X',
        roles: [{ role: 'leader', scopeId: null }],
      });
      expect(res.status).toBe(500);
      expect(JSON.stringify(res.body)).not.toMatch(/audit store down/);
      const found = await env.ctx.db.execute(sql`select 1 from users where username = 'should-not-exist'`);
      expect(found.rows).toHaveLength(0);
    } finally {
      await env.owner.db.execute(sql`drop trigger test_refuse_audit on audit_log`);
      await env.owner.db.execute(sql`drop function test_refuse_audit()`);
    }
  });

  it('lets the audit admin search and page through the log, scoped to the tenant', async () => {
    await signedIn(env.app, 'auditor');
    const admin = await signedIn(env.app, 'auditadmin');
    const p1 = await admin.get('/api/audit?action=auth.login&pageSize=2&page=1');
    expect(p1.status).toBe(200);
    expect(p1.body.items).toHaveLength(2);
    expect(p1.body.total).toBeGreaterThan(4);
    expect(p1.body.items.every((r: { action: string }) => r.action === 'auth.login')).toBe(true);
    // the user signed in is named, not shown as user:<uuid>
    expect(p1.body.items[0].objectName).toBe('审计管理员（auditadmin）');
    const p2 = await admin.get('/api/audit?action=auth.login&pageSize=2&page=2');
    expect(p2.body.items[0].id).toBeLessThan(p1.body.items[1].id);
    const byUser = await admin.get('/api/audit?q=secadmin');
    expect(byUser.body.items.length).toBeGreaterThan(0);
    expect(
      byUser.body.items.every(
        (r: { username: string | null; objectId: string | null }) =>
          (r.username ?? '').includes('secadmin') || (r.objectId ?? '').includes('secadmin'),
      ),
    ).toBe(true);
    const failures = await admin.get('/api/audit?outcome=failure');
    expect(failures.body.items.every((r: { outcome: string }) => r.outcome === 'failure')).toBe(true);
    const actions = await admin.get('/api/audit/actions');
    expect(actions.body.actions).toEqual(expect.arrayContaining(['auth.login', 'system.seed']));
    const bad = await admin.get('/api/audit?from=yesterday');
    expect(bad.status).toBe(400);
  });
});
