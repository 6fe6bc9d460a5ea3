import { ABILITIES, ROLE_ABILITIES, ROLES, SEPARATED_ADMIN_ROLES, type Role } from '@xiezuo/domain';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, signedIn, signedInExternal, TestClient, type TestEnv } from '../../test/harness';
import { DEMO_USERS } from '../db/seed/org.data';
import { isAllowed } from './policy';
import { buildApp } from '../app';

let env: TestEnv;
const clients = new Map<Role, TestClient>();
const demoUserOf = (role: Role) => DEMO_USERS.find((u) => u.role === role)!;

beforeAll(async () => {
  env = await createTestEnv();
  for (const role of ROLES) clients.set(role, await signedIn(env.app, demoUserOf(role).username));
});
afterAll(() => env.close());

/** Fills path parameters with values that exist for the caller where scope matters. */
function concreteUrl(url: string, role: Role | null): string {
  const county = role ? (demoUserOf(role).scope?.type === 'county' ? demoUserOf(role).scope!.ref : '621022') : '621022';
  return url
    .replace(':id', '00000000-0000-4000-8000-000000000000')
    .replace(':fileId', '00000000-0000-4000-8000-000000000001')
    .replace(':year', '2031')
    .replace(':code', county)
    .replace('*', 'index.html');
}

describe('every API route has a policy and enforces it for every role', () => {
  it('has registered routes, each with a policy', () => {
    const api = env.app.routeTable.filter((r) => r.url.startsWith('/api/'));
    expect(api.length).toBeGreaterThan(15);
    for (const r of api) expect(r.policy, `${r.method} ${r.url}`).toBeDefined();
  });

  it('refuses to build an app with an API route that declares no policy', async () => {
    const unguarded = async (api: FastifyInstance) => {
      api.get('/unguarded', async () => 'x');
    };
    await expect(buildApp(env.ctx, { logger: false, serveWeb: false, extraApiPlugins: [unguarded] })).rejects.toThrow(
      /GET \/api\/unguarded has no access policy/,
    );
  });

  it('answers anonymous callers 401 on every non-public route', async () => {
    const anon = new TestClient(env.app);
    for (const r of env.app.routeTable) {
      if (r.policy.kind === 'public') continue;
      const res = await anon.request(r.method, concreteUrl(r.url, null), r.method === 'GET' ? undefined : {});
      expect(res.status, `${r.method} ${r.url}`).toBe(401);
    }
  });

  it('answers 403 exactly where the role lacks the ability, and never 401/403 where it has it', async () => {
    const table: string[] = [];
    for (const role of ROLES) {
      for (const r of env.app.routeTable) {
        if (r.policy.kind === 'public') continue;
        const c = clients.get(role)!;
        const res = await c.request(r.method, concreteUrl(r.url, role), r.method === 'GET' ? undefined : {});
        const allowed = isAllowed(r.policy, { abilities: [...ROLE_ABILITIES[role]] } as never);
        table.push(`${role} ${r.method} ${r.url} → ${res.status}`);
        if (allowed)
          expect([401, 403], `${role} ${r.method} ${r.url}: ${JSON.stringify(res.body)}`).not.toContain(res.status);
        else {
          expect(res.status, `${role} ${r.method} ${r.url}`).toBe(403);
          expect(res.body.error.code).toBe('FORBIDDEN');
        }
        if (r.url === '/api/auth/logout' && res.status === 200)
          clients.set(role, await signedIn(env.app, demoUserOf(role).username));
      }
    }
    expect(table.length).toBeGreaterThan(ROLES.length * 10);
  }, 300_000); // every route as every role; export routes stream the whole demo ledger

  it('answers an external account (a worker signed in by phone) 403 on every staff route', async () => {
    const worker = await signedInExternal(env);
    const account = { roles: ['worker'] } as never;
    let staff = 0;
    for (const r of env.app.routeTable) {
      if (r.policy.kind === 'public') continue;
      const res = await worker.request(r.method, concreteUrl(r.url, null), r.method === 'GET' ? undefined : {});
      if (isAllowed(r.policy, null, account))
        expect([401, 403], `${r.method} ${r.url}: ${JSON.stringify(res.body)}`).not.toContain(res.status);
      else {
        staff++;
        expect(res.status, `${r.method} ${r.url}`).toBe(403);
        expect(res.body.error.code).toBe('FORBIDDEN');
      }
      if (r.url === '/api/account/logout' && res.status === 200) Object.assign(worker, await signedInExternal(env));
    }
    expect(staff).toBeGreaterThan(100);
  }, 120_000);

  it('gives none of the three separated admins any business-editing ability', () => {
    expect(SEPARATED_ADMIN_ROLES).toHaveLength(3);
    for (const role of SEPARATED_ADMIN_ROLES) {
      expect(ROLE_ABILITIES[role]).not.toContain('business.write');
      expect(ROLE_ABILITIES[role]).not.toContain('org.manage');
    }
    expect(new Set(ABILITIES).size).toBe(ABILITIES.length);
  });
});
