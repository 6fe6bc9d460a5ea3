// Labour matching and push benchmark (劳务协作): the demo data plus WORKERS workers (synthetic people, encrypted ID
// numbers and phones, through the pool's own insert) and POSTS open posts; then, as the labour group,
// GET /api/labour/posts/:id/matches?limit=20 (target p95 ≤ 200 ms at 100,000 workers) and
// GET /api/labour/workers/:id/matches?limit=20 (target p95 ≤ 100 ms at 10,000 posts), RUNS each after a warm-up,
// and one POST /api/labour/pushes to PUSH workers (target ≤ 5 s for 10,000). Prints medians and the load average.
// Run: npm run bench:labour (defaults: the sizes; WORKERS=5000 POSTS=500 PUSH=1000 RUNS=20 for a quick try)
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
import { insertWorkers } from '../server/src/modules/labour/labour.fixtures';

const WORKERS = Number(process.env.WORKERS ?? 100_000);
const POSTS = Number(process.env.POSTS ?? 10_000);
const PUSH = Number(process.env.PUSH ?? 10_000);
const RUNS = Number(process.env.RUNS ?? 100);
const PASSWORD = 'Bench-Pass-2026';
const COUNTIES = ['621022', '621021', '623027'];
const SKILLS = ['装配', '焊接', '电工', '缝纫', '厨师', '保洁', '物流分拣', '驾驶', '建筑', '养殖', '种植', '护理'];
const WISHES = ['near_home', 'tianjin', 'elsewhere'] as const;
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
    let t0 = performance.now();
    await seedOnFirstStart(ctx, () => {});
    console.log(`demo seed (with the labour demo) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const tenantId = (await ctx.db.execute<{ id: string }>(sql`select id from tenants limit 1`)).rows[0]!.id;
    t0 = performance.now();
    const ids = await insertWorkers(
      ctx.db,
      ctx.keys,
      tenantId,
      Array.from({ length: WORKERS }, (_, i) => ({
        key: 2_000_000 + i,
        countyCode: COUNTIES[i % 3]!,
        wish: WISHES[(i >> 2) % 3]!,
        skills: [SKILLS[i % 12]!, SKILLS[(i * 7) % 12]!],
        wishedWageFen: 300_000 + (i % 7) * 50_000,
        availableFrom: `2019-${String(1 + (i % 9)).padStart(2, '0')}-01`,
        phone: `135${String(i).padStart(8, '0')}`,
      })),
    );
    console.log(`${WORKERS} workers inserted in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const skills = `{${SKILLS.join(',')}}`;
    await ctx.db.execute(sql`
      insert into labour_posts (tenant_id, employer_id, title, region_code, destination, openings, wage_min_fen,
        wage_max_fen, skills, start_on, valid_to, status)
      select ${tenantId}, (select id from labour_employers order by name limit 1), '基准岗位' || g,
        (array['120104', '621022', '320505'])[1 + g % 3], (array['tianjin', 'near_home', 'elsewhere'])[1 + g % 3],
        5, 300000 + (g % 6) * 50000, 450000 + (g % 6) * 50000,
        array[(${skills}::text[])[1 + g % 12], (${skills}::text[])[1 + (g * 5) % 12]], date '2019-06-01', date '2019-12-31', 'open'
      from generate_series(1, ${POSTS}) g`);
    await ctx.db.execute(sql`analyze`);
    const app = await buildApp(ctx, { logger: false, serveWeb: false });
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'group-labour', password: PASSWORD },
    });
    const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const csrf = (login.json() as { csrfToken: string }).csrfToken;
    const postIds = (
      await ctx.db.execute<{ id: string }>(
        sql`select id from labour_posts where title like '基准岗位%' limit ${RUNS + 1}`,
      )
    ).rows.map((r) => r.id);
    const timed = async (label: string, target: string, urls: string[]) => {
      const times: number[] = [];
      for (const [i, url] of urls.entries()) {
        const s = performance.now();
        const res = await app.inject({ method: 'GET', url, headers: { cookie } });
        if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body}`);
        if (i > 0) times.push(performance.now() - s);
      }
      console.log(
        `${label}: median ${median(times).toFixed(1)} ms, p95 ${p95(times).toFixed(1)} ms over ${times.length} (${target})`,
      );
    };
    await timed(
      `matches for one post (${WORKERS} workers + demo pool)`,
      'target p95 ≤ 200 ms at 100,000',
      postIds.map((id) => `/api/labour/posts/${id}/matches?limit=20`),
    );
    await timed(
      `matches for one worker (${POSTS} posts + demo posts)`,
      'target p95 ≤ 100 ms at 10,000',
      ids.slice(0, RUNS + 1).map((id) => `/api/labour/workers/${id}/matches?limit=20`),
    );
    t0 = performance.now();
    const push = await app.inject({
      method: 'POST',
      url: '/api/labour/pushes',
      headers: { cookie, 'x-csrf-token': csrf, origin: 'http://localhost' },
      payload: { postId: postIds[0], workerIds: ids.slice(-PUSH), channel: 'sms' },
    });
    if (push.statusCode !== 200) throw new Error(`${push.statusCode} ${push.body}`);
    console.log(
      `push to ${PUSH} workers queued in ${((performance.now() - t0) / 1000).toFixed(2)} s (target ≤ 5 s for 10,000): ${push.body}`,
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
