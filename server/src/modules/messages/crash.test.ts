import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../test/harness';
import { TEST_DATA_KEY } from '../../../test/constants';
import { startVendorStandIn } from '../../../test/vendor-stand-in';
import { enqueueMessage } from './outbox';

const root = path.resolve(import.meta.dirname, '../../../..');
const COUNT = 100;
let env: TestEnv;
let vendor: Awaited<ReturnType<typeof startVendorStandIn>>;
const servers: ChildProcess[] = [];

beforeAll(async () => {
  // each send takes 40 ms at the vendor, so the server is killed with sends done, in flight and still queued
  vendor = await startVendorStandIn({ delayMs: 40 });
  env = await createTestEnv({
    MESSAGE_SMS_DAILY_CAP: '1000',
    MESSAGE_EXPIRE_SECONDS: '5',
    MESSAGE_RETRY_DELAY_SECONDS: '1',
  });
});
afterAll(async () => {
  for (const s of servers) s.kill('SIGKILL');
  await env.close();
  await vendor.close();
});

/** The real server (npm start's entry) on the test database, delivering SMS to the stand-in Alibaba Cloud endpoint. */
function startServer(dataDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: env.url,
      DATA_DIR: dataDir,
      XIEZUO_DATA_KEY: TEST_DATA_KEY,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      SMS_PROVIDER: 'alibaba',
      ALIBABA_SMS_ACCESS_KEY_ID: 'ak',
      ALIBABA_SMS_ACCESS_KEY_SECRET: 'sk',
      ALIBABA_SMS_SIGN_NAME: '南开协作',
      ALIBABA_SMS_ENDPOINT: vendor.url,
      SMS_TEMPLATES: 'import.finished=SMS_900',
      QUEUE_POLL_SECONDS: '0.5',
      MESSAGE_BATCH_SIZE: '5', // 10 sends a poll: the kill lands with sends done, in flight and queued
      QUEUE_MAINTENANCE_SECONDS: '1',
      MESSAGE_RETRY_DELAY_SECONDS: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  servers.push(child);
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 90_000);
    const check = setInterval(() => {
      if (!/is up on/.test(out)) return;
      clearInterval(check);
      clearTimeout(timer);
      resolve(child);
    }, 100);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${out}`)));
  });
}

describe('kill -9 of the server with 100 queued messages', () => {
  it('loses none and sends none twice: every message reaches the vendor exactly once after a restart', async () => {
    const [u] = (
      await env.ctx.db.execute<{ id: string; tenant_id: string }>(
        sql`select id, tenant_id from users where username = 'county-huan'`,
      )
    ).rows;
    await env.ctx.db.transaction(async (tx) => {
      for (let i = 0; i < COUNT; i++)
        await enqueueMessage(env.ctx, tx, {
          tenantId: u!.tenant_id,
          to: [{ kind: 'user', id: u!.id }],
          template: 'import.finished',
          vars: { file: `批次${i}.xlsx`, ok: i, rejected: 0 },
          channels: ['sms'],
          key: `crash-test:${i}`,
        });
    });
    const dataDir = env.ctx.config.dataDir;
    const first = await startServer(dataDir);
    await expect.poll(() => vendor.received.length, { timeout: 60_000, interval: 20 }).toBeGreaterThanOrEqual(30);
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));
    const atKill = vendor.received.length;
    expect(atKill).toBeLessThan(COUNT); // killed mid-way, with messages still queued
    const states = await env.ctx.db.execute<{ status: string; n: number }>(
      sql`select d.status, count(*)::int as n from message_deliveries d join messages m on m.id = d.message_id
          where m.idempotency_key like 'crash-test:%' group by d.status order by 1`,
    );
    const atKillStates = states.rows.map((r) => `${r.status} ${r.n}`).join(', ');
    const second = await startServer(dataDir);
    const sent = async () =>
      (
        await env.ctx.db.execute<{ n: number }>(
          sql`select count(*)::int as n from message_deliveries d join messages m on m.id = d.message_id
              where m.idempotency_key like 'crash-test:%' and d.status = 'sent'`,
        )
      ).rows[0]!.n;
    await expect.poll(sent, { timeout: 120_000, interval: 250 }).toBe(COUNT);
    const keys = vendor.received.filter((r) => r.vendor === 'alibaba').map((r) => r.key);
    const ids = await env.ctx.db.execute<{ id: string }>(
      sql`select id from messages where idempotency_key like 'crash-test:%'`,
    );
    expect(new Set(keys).size).toBe(COUNT);
    expect(keys.filter((k) => ids.rows.some((r) => r.id === k))).toHaveLength(COUNT); // each exactly once
    second.kill('SIGTERM');
    await new Promise((r) => second.once('exit', r));
    console.log(
      `kill -9 with ${atKill} of ${COUNT} at the vendor (deliveries: ${atKillStates}); after the restart ${COUNT} sent, ${keys.length} received`,
    );
  }, 240_000);
});
