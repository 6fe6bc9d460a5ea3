import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_DATA_KEY } from '../../../test/constants';
import { createTestEnv, signedIn, type TestEnv } from '../../../test/harness';
import { anchorPath, writeAnchor } from './audit-anchor';
import { chainHash } from './audit-chain';
import type { AuditRow } from './audit.repository';
import { verifyChain } from './audit-verify';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../../../..');
let env: TestEnv;

beforeEach(async () => {
  env = await createTestEnv();
  for (const u of ['office', 'county-huan', 'unit-renshe', 'group-talent']) await signedIn(env.app, u);
});
afterEach(() => env.close());

/** npm run audit:verify on the test database, with the test's data key and data directory (its anchor file). */
async function verifyCli(): Promise<{ code: number; out: string }> {
  try {
    const r = await run(process.execPath, ['--import', 'tsx', 'server/src/cli/audit-verify.ts'], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: env.url, DATA_DIR: env.ctx.config.dataDir, XIEZUO_DATA_KEY: TEST_DATA_KEY },
    });
    return { code: 0, out: r.stdout };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, out: err.stdout + err.stderr };
  }
}

const anchor = () => writeAnchor(env.ctx.db, anchorPath(env.ctx.config.dataDir), env.ctx.keys.audit);
const lastIds = async (n: number) =>
  (await env.ctx.db.execute<{ id: string }>(sql`select id from audit_log order by id desc limit ${n}`)).rows
    .map((r) => Number(r.id))
    .reverse();

/** As someone holding the owner's (a superuser's) password would: triggers off for this transaction, then `fn`. */
async function asIntruder(fn: (q: (text: ReturnType<typeof sql>) => Promise<unknown>) => Promise<void>) {
  await env.owner.db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    await fn((text) => tx.execute(text));
  });
}

describe('the database role the application connects as', () => {
  it('is no superuser, owns no table, and cannot change, delete or truncate audit rows, with session_replication_role or without', async () => {
    const role = await env.ctx.db.execute<{ name: string; sup: boolean; owns: number }>(
      sql`select current_user as name, rolsuper as sup,
            (select count(*)::int from pg_tables where tableowner = current_user) as owns
          from pg_roles where rolname = current_user`,
    );
    expect(role.rows[0]).toMatchObject({ sup: false, owns: 0 });
    for (const statement of [
      sql`update audit_log set outcome = 'success' where id = (select max(id) from audit_log)`,
      sql`delete from audit_log where id = (select max(id) from audit_log)`,
      sql`truncate audit_log`,
    ]) {
      const refused = env.ctx.db.transaction(async (tx) => {
        await tx.execute(sql`set local session_replication_role = replica`); // granted: the import's batched path
        await tx.execute(statement);
      });
      await expect(refused).rejects.toMatchObject({ cause: { code: '42501' } }); // insufficient_privilege
    }
    expect((await verifyChain(env.ctx.db, { key: env.ctx.keys.audit })).ok).toBe(true);
  });
});

describe('npm run audit:verify', () => {
  it('passes an untouched chain', async () => {
    await anchor();
    const cli = await verifyCli();
    expect(cli.out).toMatch(/Audit chain OK: \d+ rows verified, 1 anchors in/);
    expect(cli.code).toBe(0);
  });

  it('names every row an intruder changed with triggers silenced', async () => {
    const [a, , b] = await lastIds(5);
    await asIntruder(async (q) => {
      await q(sql`update audit_log set outcome = 'success', details = '{"reason":"edited"}' where id in (${a}, ${b})`);
    });
    const cli = await verifyCli();
    expect(cli.code).toBe(2);
    expect(cli.out).toContain(`row id ${a}: its content does not match its hash`);
    expect(cli.out).toContain(`row id ${b}: its content does not match its hash`);
    expect(cli.out).toMatch(/2 break\(s\)/);
  });

  it('names every row of a chain recomputed after a change (without the chain key), not only the first', async () => {
    await anchor();
    const ids = await lastIds(4);
    const rows = (
      await env.ctx.db.execute<Record<string, unknown>>(sql`select * from audit_log where id >= ${ids[0]} order by id`)
    ).rows;
    const prevOfFirst = (
      await env.ctx.db.execute<{ hash: string }>(
        sql`select hash from audit_log where id < ${ids[0]} order by id desc limit 1`,
      )
    ).rows[0]!.hash;
    await asIntruder(async (q) => {
      let prev = prevOfFirst;
      for (const raw of rows) {
        const row = {
          id: Number(raw.id),
          at: new Date(raw.at as string),
          tenantId: raw.tenant_id as string | null,
          userId: raw.user_id as string | null,
          username: raw.username as string | null,
          ip: raw.ip as string | null,
          action: raw.action as string,
          objectType: raw.object_type as string | null,
          objectId: raw.object_id as string | null,
          outcome: (Number(raw.id) === ids[0] ? 'failure' : raw.outcome) as AuditRow['outcome'],
          requestId: raw.request_id as string | null,
          details: (raw.details as Record<string, unknown> | null) ?? null,
          prevHash: prev,
        };
        // the old, unkeyed SM3 chain: what anyone could recompute
        const hash = chainHash(row, null);
        await q(
          sql`update audit_log set outcome = ${row.outcome}, prev_hash = ${prev}, hash = ${hash} where id = ${row.id}`,
        );
        prev = hash;
      }
    });
    const cli = await verifyCli();
    expect(cli.code).toBe(2);
    for (const id of ids) expect(cli.out).toContain(`row id ${id}: its content does not match its hash`);
    expect(cli.out).toContain(`row id ${ids[3]}: the anchor file names another hash for it`);
  });

  it('names the newest rows an intruder deleted after they were anchored', async () => {
    await anchor();
    const ids = await lastIds(3);
    await asIntruder(async (q) => {
      await q(sql`delete from audit_log where id >= ${ids[1]}`);
    });
    expect((await verifyChain(env.ctx.db, { key: env.ctx.keys.audit })).ok).toBe(true); // the chain alone looks fine
    const cli = await verifyCli();
    expect(cli.code).toBe(2);
    expect(cli.out).toContain(
      `row id ${ids[2]}: it was anchored and is gone (deleted); rows after id ${ids[0]} up to at least id ${ids[2]} are gone`,
    );
  });

  it('is what the audit admin’s verify button answers', async () => {
    await anchor();
    const [id] = await lastIds(1);
    await asIntruder(async (q) => {
      await q(sql`update audit_log set ip = '10.0.0.1' where id = ${id}`);
    });
    const api = await (await signedIn(env.app, 'auditadmin')).get('/api/audit/verify');
    expect(api.body).toMatchObject({
      ok: false,
      brokenId: id,
      reason: 'hash_mismatch',
      anchors: 1,
      breaks: [{ id, reason: 'hash_mismatch' }],
    });
  });
});
