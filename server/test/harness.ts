import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config/config';
import { openDatabase, type Database } from '../src/db/client';
import type { AppContext } from '../src/http/context';
import { TEST_DATA_KEY, TEST_PASSWORD } from './constants';
import { deriveKeys } from '../src/security/pii';
import { FreezableProxy } from './freezable-proxy';
import { withDatabase } from './global-setup';

export type TestEnv = {
  app: FastifyInstance;
  ctx: AppContext;
  /** The application's connections: a role that may only read and write rows, as the server uses. */
  database: Database;
  /** The owner's connections (a superuser in tests), for what only the owner may do: DDL, forging audit rows. */
  owner: Database;
  /** The owner's URL of this database (command-line tools, pg_dump). */
  url: string;
  /** With `{ proxy: true }`: the proxy the app reaches the database through, to freeze or cut. */
  proxy?: FreezableProxy;
  close: () => Promise<void>;
};

/**
 * A fresh database copied from the seeded template, and the app built on it. With `proxy`, the app reaches the
 * database through a FreezableProxy and with the configured timeouts, as the server does.
 */
export async function createTestEnv(
  env: Record<string, string> = {},
  opts: { proxy?: boolean } = {},
): Promise<TestEnv> {
  const adminUrl = inject('adminUrl');
  const name = `xiezuo_t_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name} template ${inject('templateDb')}`);
  await admin.end();
  const url = withDatabase(adminUrl, name);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xiezuo-t-'));
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...env });
  let proxy: FreezableProxy | undefined;
  let appUrl = withDatabase(inject('appUrl'), name);
  if (opts.proxy) {
    const u = new URL(appUrl);
    proxy = await FreezableProxy.start({ host: u.hostname, port: Number(u.port || 5432) });
    u.hostname = '127.0.0.1';
    u.port = String(proxy.port);
    appUrl = u.toString();
  }
  const database = openDatabase(appUrl, opts.proxy ? { timeouts: config.dbTimeouts } : {});
  const owner = openDatabase(url, { max: 2 });
  const ctx: AppContext = {
    db: database.db,
    config,
    databaseKind: inject('databaseKind'),
    keys: deriveKeys(Buffer.from(TEST_DATA_KEY, 'hex')),
  };
  const app = await buildApp(ctx, { logger: env.LOG_LEVEL ? undefined : false, serveWeb: false });
  return {
    app,
    ctx,
    database,
    owner,
    url,
    proxy,
    close: async () => {
      proxy?.resume();
      await app.close();
      await database.close();
      await owner.close();
      await proxy?.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

type Res = { status: number; body: any; headers: Record<string, unknown>; raw: Buffer };

/** A file a test uploads: its name, bytes and the type the client claims (the server sniffs the bytes anyway). */
export type TestFile = { filename: string; content: Buffer; type?: string };

/** A cookie-keeping API client over app.inject; `browser` adds the Origin header a browser would send. */
export class TestClient {
  cookies = new Map<string, string>();
  csrf: string | undefined;
  constructor(
    private app: FastifyInstance,
    private opts: { browser?: boolean; lang?: string } = {},
  ) {}

  async request(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<Res> {
    const h: Record<string, string> = { ...headers };
    if (this.cookies.size) h.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (this.opts.lang) h['accept-language'] = this.opts.lang;
    if (this.opts.browser && method !== 'GET') {
      h.origin ??= 'http://localhost:80';
      if (this.csrf && !('x-csrf-token' in h)) h['x-csrf-token'] = this.csrf;
    }
    const res = await this.app.inject({
      method: method as 'GET',
      url,
      payload: body as object | undefined,
      headers: { host: 'localhost:80', ...h },
    });
    for (const c of res.cookies) {
      if (c.value === '' || (c.expires && c.expires.getTime() < Date.now())) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    let parsed: unknown = res.body;
    try {
      parsed = JSON.parse(res.body);
    } catch {
      /* not JSON */
    }
    return { status: res.statusCode, body: parsed, headers: res.headers, raw: res.rawPayload };
  }
  get(url: string, headers?: Record<string, string>) {
    return this.request('GET', url, undefined, headers);
  }
  post(url: string, body?: unknown, headers?: Record<string, string>) {
    return this.request('POST', url, body ?? {}, headers);
  }
  patch(url: string, body: unknown) {
    return this.request('PATCH', url, body);
  }
  put(url: string, body: unknown) {
    return this.request('PUT', url, body);
  }
  /** POSTs one file as the multipart field "file", after the given text fields, as a browser's FormData does. */
  upload(url: string, file: TestFile, fields: Record<string, string> = {}) {
    const boundary = '----xz' + crypto.randomBytes(8).toString('hex');
    const text = Object.entries(fields)
      .map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
      .join('');
    const payload = Buffer.concat([
      Buffer.from(
        `${text}--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.filename}"\r\n` +
          `Content-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`,
      ),
      file.content,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    return this.request('POST', url, payload, { 'content-type': `multipart/form-data; boundary=${boundary}` });
  }
  async login(username: string, password = TEST_PASSWORD): Promise<Res> {
    const res = await this.post('/api/auth/login', { username, password });
    if (res.status === 200) this.csrf = res.body.csrfToken;
    return res;
  }
}

/** A client signed in as a demo user; throws if the sign-in fails. */
export async function signedIn(
  app: FastifyInstance,
  username: string,
  opts: { browser?: boolean; lang?: string } = {},
): Promise<TestClient> {
  const c = new TestClient(app, opts);
  const res = await c.login(username);
  if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return c;
}

/**
 * A client signed in as an external account (worker, employer…) with this phone, created if needed: the session is
 * opened directly, as a verified one-time code would open it.
 */
export async function signedInExternal(env: TestEnv, phone = '13800000001'): Promise<TestClient> {
  const { findOrCreateAccount } = await import('../src/modules/accounts/accounts.service');
  const { openAccountSession } = await import('../src/modules/accounts/account-sessions.service');
  const { SESSION_COOKIE } = await import('../src/http/cookies');
  const tenant = (await env.database.pool.query<{ id: string }>('select id from tenants order by created_at limit 1'))
    .rows[0]!.id;
  const session = await env.ctx.db.transaction(async (tx) => {
    const { account } = await findOrCreateAccount(env.ctx, tx, { tenantId: tenant, phone });
    return openAccountSession(env.ctx, tx, { accountId: account.id, tenantId: tenant, ip: '127.0.0.1' });
  });
  const c = new TestClient(env.app);
  c.cookies.set(SESSION_COOKIE, session.token);
  c.csrf = session.csrfToken;
  return c;
}
