// Workbench and outbox benchmark on the demo data (embedded PostgreSQL, the real app through Fastify's inject):
// - GET /api/workbench as four roles, WB_RUNS requests each after a warm-up: median and p95 per role and overall
//   (target: p95 ≤ 50 ms);
// - the outbox: OUTBOX_MESSAGES messages enqueued one per transaction as producers do (messages/s), then delivered by
//   pg-boss through the Alibaba Cloud SMS SDK to a local stand-in vendor (messages/s end to end), OUTBOX_RUNS runs.
// Prints the load average before and after. Run: npm run bench:workbench
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { buildApp } from '../server/src/app';
import { loadConfig } from '../server/src/config/config';
import { openDatabase, runMigrations } from '../server/src/db/client';
import { startEmbeddedPostgres } from '../server/src/db/embedded';
import { seedOnFirstStart } from '../server/src/db/seed/seed';
import { startQueue } from '../server/src/lib/queue/queue';
import { workersFor } from '../server/src/modules/jobs/jobs.runtime';
import { enqueueMessage } from '../server/src/modules/messages/outbox';
import { deriveKeys } from '../server/src/security/pii';
import { startVendorStandIn } from '../server/test/vendor-stand-in';

const WB_RUNS = Number(process.env.WB_RUNS ?? 200);
const OUTBOX_MESSAGES = Number(process.env.OUTBOX_MESSAGES ?? 1000);
const OUTBOX_RUNS = Number(process.env.OUTBOX_RUNS ?? 3);
const PASSWORD = 'Bench-Pass-2026';
const median = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]!;
const p95 = (a: number[]) => [...a].sort((x, y) => x - y)[Math.min(a.length - 1, Math.ceil(a.length * 0.95) - 1)]!;
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

async function main() {
  console.log(`load average at start: ${load()} (${os.cpus().length} cores)`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xiezuo-bench-'));
  fs.chmodSync(dir, 0o755);
  const vendor = await startVendorStandIn();
  const pg = await startEmbeddedPostgres(dir, { database: 'bench' });
  const database = openDatabase(pg.url);
  try {
    await runMigrations(database.pool);
    const config = loadConfig({
      DATA_DIR: dir,
      DEMO_PASSWORD: PASSWORD,
      LOG_LEVEL: 'silent',
      SMS_PROVIDER: 'alibaba',
      ALIBABA_SMS_ACCESS_KEY_ID: 'bench',
      ALIBABA_SMS_ACCESS_KEY_SECRET: 'bench',
      ALIBABA_SMS_SIGN_NAME: '南开协作',
      ALIBABA_SMS_ENDPOINT: vendor.url,
      SMS_TEMPLATES: 'import.finished=SMS_900',
      MESSAGE_SMS_DAILY_CAP: '100000',
    });
    const ctx = { db: database.db, config, databaseKind: 'embedded' as const, keys: deriveKeys(Buffer.alloc(32, 7)) };
    await seedOnFirstStart(ctx, () => {});
    const app = await buildApp(ctx, { logger: false, serveWeb: false });
    await workbench(app);
    await outbox(ctx, database.pool, () => vendor.received.length);
    await app.close();
  } finally {
    await database.close();
    await pg.stop();
    await vendor.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(`load average at end: ${load()}`);
}

async function workbench(app: Awaited<ReturnType<typeof buildApp>>) {
  const all: number[] = [];
  for (const username of ['county-huan', 'unit-zuzhibu', 'group-talent', 'office']) {
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password: PASSWORD },
    });
    const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const times: number[] = [];
    for (let i = 0; i <= WB_RUNS; i++) {
      const t0 = performance.now();
      const res = await app.inject({ method: 'GET', url: '/api/workbench', headers: { cookie } });
      const ms = performance.now() - t0;
      if (res.statusCode !== 200) throw new Error(`${username}: ${res.statusCode} ${res.body}`);
      if (i > 0) times.push(ms); // the first warms up
    }
    all.push(...times);
    console.log(
      `GET /api/workbench as ${username.padEnd(13)} median ${median(times).toFixed(1)} ms, p95 ${p95(times).toFixed(1)} ms over ${times.length}`,
    );
  }
  console.log(
    `GET /api/workbench overall: median ${median(all).toFixed(1)} ms, p95 ${p95(all).toFixed(1)} ms (target p95 ≤ 50 ms)`,
  );
}

async function outbox(
  ctx: Parameters<typeof enqueueMessage>[0],
  pool: Parameters<typeof startQueue>[0],
  received: () => number,
) {
  const u = (
    await ctx.db.execute<{ id: string; tenant_id: string }>(
      sql`select id, tenant_id from users where username = 'county-huan'`,
    )
  ).rows[0]!;
  const enq: number[] = [];
  const del: number[] = [];
  for (let run = 1; run <= OUTBOX_RUNS; run++) {
    const t0 = performance.now();
    for (let i = 0; i < OUTBOX_MESSAGES; i++)
      await ctx.db.transaction((tx) =>
        enqueueMessage(ctx, tx, {
          tenantId: u.tenant_id,
          to: [{ kind: 'user', id: u.id }],
          template: 'import.finished',
          vars: { file: `bench-${run}-${i}.xlsx`, ok: i, rejected: 0 },
          channels: ['sms'],
          key: `bench:${run}:${i}`,
        }),
      );
    const enqueueS = (performance.now() - t0) / 1000;
    const before = received();
    const t1 = performance.now();
    const boss = await startQueue(pool, workersFor(ctx), [], {
      pollSeconds: 0.5,
      maintenanceSeconds: 60,
      onError: () => {},
    });
    for (;;) {
      const left = (
        await ctx.db.execute<{ n: number }>(
          sql`select count(*)::int as n from message_deliveries where status <> 'sent' and status <> 'dead'`,
        )
      ).rows[0]!.n;
      if (left === 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const deliverS = (performance.now() - t1) / 1000;
    await boss.stop({ graceful: true, wait: true, close: false });
    enq.push(OUTBOX_MESSAGES / enqueueS);
    del.push(OUTBOX_MESSAGES / deliverS);
    console.log(
      `outbox run ${run}: ${OUTBOX_MESSAGES} enqueued in ${enqueueS.toFixed(1)} s (${(OUTBOX_MESSAGES / enqueueS).toFixed(0)}/s, one per transaction), delivered in ${deliverS.toFixed(1)} s (${(OUTBOX_MESSAGES / deliverS).toFixed(0)}/s through pg-boss and the SMS SDK), ${received() - before} at the vendor`,
    );
  }
  console.log(
    `outbox median: enqueue ${median(enq).toFixed(0)} messages/s, delivery ${median(del).toFixed(0)} messages/s`,
  );
}

await main();
