// Pledge board benchmark (消费扶贫): the demo data plus PURCHASES purchase lines of 2019 (confirmed, counted, spread over
// the 30 member units and the demo's certified products), then GET /api/consumption/pledges?year=2019 as the office,
// RUNS requests after a warm-up: median and p95 (target: p95 ≤ 50 ms with 1,000,000 lines). Prints the load average.
// Run: npm run bench:consumption
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { buildApp } from '../server/src/app';
import { loadConfig } from '../server/src/config/config';
import { openDatabase, runMigrations } from '../server/src/db/client';
import { startEmbeddedPostgres } from '../server/src/db/embedded';
import { seedOnFirstStart } from '../server/src/db/seed/seed';
import { deriveKeys } from '../server/src/security/pii';

const PURCHASES = Number(process.env.PURCHASES ?? 1_000_000);
const RUNS = Number(process.env.RUNS ?? 200);
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
  const pg = await startEmbeddedPostgres(dir, { database: 'bench' });
  const database = openDatabase(pg.url);
  try {
    await runMigrations(database.pool);
    const config = loadConfig({ DATA_DIR: dir, DEMO_PASSWORD: PASSWORD, LOG_LEVEL: 'silent' });
    const ctx = { db: database.db, config, databaseKind: 'embedded' as const, keys: deriveKeys(Buffer.alloc(32, 7)) };
    await seedOnFirstStart(ctx, () => {});
    const t0 = performance.now();
    // lines as the module writes them; the ledger records they would produce are not what the board reads
    await ctx.db.execute(sql`
      with u as (select array_agg(id order by sort) a from units where is_member and side = 'east'),
           p as (select array_agg(id) a from consumption_products where certificate_id is not null)
      insert into consumption_purchases (tenant_id, buyer_kind, buyer_unit_id, product_id, quantity, amount_fen,
        purchased_on, year, channel, status, is_counted)
      select (select id from tenants limit 1), 'unit', u.a[1 + g % array_length(u.a, 1)],
             p.a[1 + (g / 7) % array_length(p.a, 1)], 1, 100 + g % 5000,
             date '2019-01-01' + (g % 270), 2019, 'unit', 'confirmed', true
      from generate_series(1, ${PURCHASES}) g, u, p`);
    await ctx.db.execute(sql`analyze consumption_purchases`);
    console.log(`${PURCHASES} purchase lines inserted in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const app = await buildApp(ctx, { logger: false, serveWeb: false });
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'office', password: PASSWORD },
    });
    const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const times: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      const s = performance.now();
      const res = await app.inject({ method: 'GET', url: '/api/consumption/pledges?year=2019', headers: { cookie } });
      const ms = performance.now() - s;
      if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body}`);
      if (i > 0) times.push(ms); // the first warms up
    }
    console.log(
      `GET /api/consumption/pledges?year=2019 (30 units): median ${median(times).toFixed(1)} ms, p95 ${p95(times).toFixed(1)} ms over ${times.length} (target p95 ≤ 50 ms)`,
    );
    await app.close();
  } finally {
    await database.close();
    await pg.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(`load average at end: ${load()}`);
}

await main();
