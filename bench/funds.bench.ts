// Funds benchmark: 10,000 projects and 100,000 payments and receipts (with the ledger records the payments produced)
// on top of the demo. Times, through the real HTTP routes (app.inject, signed in): the what-if rule evaluation of
// approving a project (GET /api/fund-rules/2019?whatIfProject=), the project list with filters and totals
// (GET /api/projects?…), and a 10,000-line bank-statement import matched against 10,000 unreceived payments
// (POST /api/fund-receipts/import). Prints median and p95 and the load average; targets: 50 ms, 100 ms, 10 s.
// Run: npm run bench:funds   (BENCH_SAMPLES=200 by default)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { buildApp } from '../server/src/app';
import { loadConfig } from '../server/src/config/config';
import { openDatabase, runMigrations } from '../server/src/db/client';
import { startEmbeddedPostgres } from '../server/src/db/embedded';
import { seedOnFirstStart } from '../server/src/db/seed/seed';
import { deriveKeys } from '../server/src/security/pii';

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 200);
const PROJECTS = 10_000;
const PAYMENTS = 50_000;
const RECEIPTS = 50_000;
const IMPORT_LINES = 10_000;
const PASSWORD = 'Bench-Pass-2026';
const WAN = 1_000_000;
const sorted = (a: number[]) => [...a].sort((x, y) => x - y);
const median = (a: number[]) => sorted(a)[Math.floor(a.length / 2)]!;
const p95 = (a: number[]) => sorted(a)[Math.min(a.length - 1, Math.floor(a.length * 0.95))]!;
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

type Db = ReturnType<typeof openDatabase>['db'];

/** Projects, payments with their lines and produced records, receipts (most matched), generated in SQL. */
async function generate(db: Db, tenant: string) {
  const ids = await db.execute<{ unit: string; office: string }>(sql`
    select (select id from units where tenant_id = ${tenant} and code = 'caizhengju') as unit,
           (select id from users where tenant_id = ${tenant} and username = 'office') as office`);
  const { unit, office } = ids.rows[0]!;
  await db.execute(
    sql`create or replace function bench_h(g int, k int) returns int language sql immutable as 'select (abs(hashint4extended(g, k::bigint)) % 1000003)::int'`,
  );
  await db.execute(sql`
    insert into fund_projects (tenant_id, code, name, year, county_code, category, level, fund_source, stage,
      planned_fen, approved_fen, households, persons, poor_households, poor_persons, proposed_by, approved_by)
    select ${tenant}, 'B-' || g, '基准项目' || g, 2019, (array['621022','621021','623027'])[1 + bench_h(g, 1) % 3],
      (array['industry','industry','livelihood','infrastructure','employment','education_health','other'])[1 + bench_h(g, 2) % 7],
      (array['county','township','village','above_county'])[1 + bench_h(g, 3) % 4], 'fiscal',
      case when g % 10 = 0 then 'proposed' else (array['approved','allocated','received','under_way','completed'])[1 + bench_h(g, 4) % 5] end,
      (20 + bench_h(g, 5) % 480)::bigint * ${WAN}, case when g % 10 = 0 then null else (20 + bench_h(g, 5) % 480)::bigint * ${WAN} end,
      100, 360, 40, 140, ${office}, ${office}
    from generate_series(1, ${PROJECTS}) g`);
  // payments to approved projects, a tenth of each one's approved amount: the first ones to any county (received),
  // the last IMPORT_LINES to 环县's projects, not yet received (the statement import's work)
  await db.execute(sql`
    create temporary table bench_proj as
    select id, county_code, approved_fen, row_number() over (order by code) as n,
           row_number() over (partition by county_code = '621022' order by code) as m, county_code = '621022' as huan
    from fund_projects where tenant_id = ${tenant} and code like 'B-%' and approved_fen is not null`);
  const approved = (
    await db.execute<{ n: number; h: number }>(
      sql`select count(*)::int as n, count(*) filter (where huan)::int as h from bench_proj`,
    )
  ).rows[0]!;
  await db.execute(sql`
    create temporary table bench_pay as
    select g, p.id as project_id, p.county_code, p.approved_fen / 10 as amount, date '2019-01-01' + (bench_h(g, 6) % 260) as paid_on
    from generate_series(1, ${PAYMENTS}) g
    join bench_proj p on case when g <= ${PAYMENTS - IMPORT_LINES} then p.n = 1 + (g * 7) % ${approved.n}
                              else p.huan and p.m = 1 + (g * 7) % ${approved.h} end`);
  await db.execute(sql`
    insert into fund_payments (id, tenant_id, year, county_code, east_unit_id, paid_on, voucher, amount_fen, status, created_by, confirmed_by, confirmed_at)
    select md5('pay' || g)::uuid, ${tenant}, 2019, county_code, ${unit}, paid_on, 'BP-' || g, amount, 'confirmed', ${office}, ${office}, now()
    from bench_pay`);
  await db.execute(sql`
    insert into fund_payment_lines (id, tenant_id, payment_id, project_id, amount_fen)
    select md5('line' || g)::uuid, ${tenant}, md5('pay' || g)::uuid, project_id, amount from bench_pay`);
  const matchedUpTo = PAYMENTS - IMPORT_LINES;
  await db.execute(sql`
    insert into records (tenant_id, type_code, year, occurred_on, east_unit_id, county_code, status, reporter_side, attrs,
      amount_fen, source_type, source_id, created_by, submitted_at, confirmed_at)
    select ${tenant}, 'fund_payment', 2019, b.paid_on, ${unit}, b.county_code,
      case when b.g <= ${matchedUpTo} then 'confirmed' else 'submitted' end, 'east',
      jsonb_build_object('fundKind', 'fiscal', 'amountFen', b.amount, 'purpose', p.category, 'level', p.level, 'voucher', 'BP-' || b.g),
      b.amount, 'fund_payment_line', md5('line' || b.g)::uuid, ${office}, now(), case when b.g <= ${matchedUpTo} then now() end
    from bench_pay b join fund_projects p on p.id = b.project_id`);
  // receipts: one for each payment but the last IMPORT_LINES, and the rest unmatched (amounts no payment has)
  await db.execute(sql`
    insert into fund_receipts (tenant_id, year, county_code, received_on, amount_fen, voucher, payment_id, matched_at, created_by)
    select ${tenant}, 2019, county_code, paid_on + 2, amount, 'BR-' || g, md5('pay' || g)::uuid, now(), ${office}
    from bench_pay where g <= ${matchedUpTo}`);
  await db.execute(sql`
    insert into fund_receipts (tenant_id, year, county_code, received_on, amount_fen, voucher, created_by)
    select ${tenant}, 2019, (array['621022','621021','623027'])[1 + g % 3], date '2019-01-01' + (g % 260), 1234567 + g, 'BX-' || g, ${office}
    from generate_series(1, ${RECEIPTS - matchedUpTo}) g`);
  await db.execute(sql`
    update fund_projects p set paid_fen = m.paid, received_fen = coalesce(m.received, 0)
    from (select l.project_id, sum(l.amount_fen) as paid,
            sum(l.amount_fen) filter (where exists (select 1 from fund_receipts r where r.payment_id = l.payment_id)) as received
          from fund_payment_lines l group by 1) m
    where p.id = m.project_id`);
  // settle before timing: no autovacuum pass over the fresh rows competing with the measurements
  await db.execute(sql`vacuum analyze`);
  const unreceived = await db.execute<{ paid_on: string; amount: string; g: number }>(
    sql`select paid_on::text, amount::text, g from bench_pay where g > ${matchedUpTo} order by g`,
  );
  return unreceived.rows;
}

/** The bank statement of the unreceived payments: each credited two days later under the county's own voucher. */
async function statement(lines: { paid_on: string; amount: string; g: number }[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('流水');
  ws.addRow(['交易日期', '凭证号', '摘要', '对方户名', '收入金额（元）', '支出金额（元）']);
  for (const l of lines) {
    const d = new Date(Date.parse(`${l.paid_on}T00:00:00Z`) + 2 * 86_400_000);
    ws.addRow([d, `HX-BANK-${l.g}`, '东西部协作资金', '天津市南开区财政局', Number(l.amount) / 100, null]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

type Inject = Awaited<ReturnType<typeof buildApp>>['inject'];
async function signIn(inject: Inject, username: string): Promise<string> {
  const res = await inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password: PASSWORD },
    headers: { host: 'localhost' },
  });
  if (res.statusCode !== 200) throw new Error(`sign-in ${username}: ${res.statusCode} ${res.body}`);
  return res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
}

async function timeGets(inject: Inject, cookie: string, urls: () => string, n: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = -10; i < n; i++) {
    const url = urls();
    const t0 = performance.now();
    const res = await inject({ method: 'GET', url, headers: { cookie, host: 'localhost' } });
    const ms = performance.now() - t0;
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 300)}`);
    if (i >= 0) times.push(ms); // the first ten warm up
  }
  return times;
}

function multipart(filename: string, content: Buffer) {
  const boundary = `----bench${crypto.randomBytes(6).toString('hex')}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, type: `multipart/form-data; boundary=${boundary}` };
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xiezuo-bench-funds-'));
  fs.chmodSync(dir, 0o755);
  const pg = await startEmbeddedPostgres(dir, { database: 'bench' });
  const database = openDatabase(pg.url);
  try {
    await runMigrations(database.pool);
    const config = loadConfig({ DATA_DIR: dir, DEMO_PASSWORD: PASSWORD, LOG_LEVEL: 'silent' });
    const ctx = { db: database.db, config, databaseKind: 'embedded' as const, keys: deriveKeys(Buffer.alloc(32, 7)) };
    await seedOnFirstStart(ctx, () => {});
    const tenant = (await ctx.db.execute<{ id: string }>(sql`select id from tenants`)).rows[0]!.id;
    let t0 = performance.now();
    const unreceived = await generate(ctx.db, tenant);
    const counts = await ctx.db.execute<{ p: number; pay: number; r: number; rec: number }>(sql`
      select (select count(*) from fund_projects)::int as p, (select count(*) from fund_payments)::int as pay,
             (select count(*) from fund_receipts)::int as r, (select count(*) from records where source_type is not null)::int as rec`);
    const c = counts.rows[0]!;
    console.log(
      `data: ${c.p} projects, ${c.pay} payments, ${c.r} receipts (${c.pay + c.r} money rows), ${c.rec} produced ledger records; generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    const app = await buildApp(ctx, { logger: false, serveWeb: false });
    const inject = app.inject.bind(app);
    const funds = await signIn(inject, 'group-funds');
    const proposed = (
      await ctx.db.execute<{ id: string }>(
        sql`select id from fund_projects where stage = 'proposed' and code like 'B-%'`,
      )
    ).rows.map((r) => r.id);
    let k = 0;
    console.log(`load average before: ${load()}`);
    const base = await timeGets(inject, funds, () => '/api/fund-settings', SAMPLES);
    console.log(
      `baseline (GET /api/fund-settings, one small query) median ${median(base).toFixed(1)} ms, p95 ${p95(base).toFixed(1)} ms [load ${load()}]`,
    );
    const whatIf = await timeGets(
      inject,
      funds,
      () => `/api/fund-rules/2019?whatIfProject=${proposed[k++ % proposed.length]}`,
      SAMPLES,
    );
    console.log(
      `what-if rule evaluation   median ${median(whatIf).toFixed(1)} ms, p95 ${p95(whatIf).toFixed(1)} ms (target p95 ≤ 50 ms) [${whatIf.length} samples; load ${load()}]`,
    );
    const counties = ['621022', '621021', '623027'];
    const stages = ['approved', 'received', 'under_way', 'completed', ''];
    const categories = ['industry', 'livelihood', 'infrastructure', ''];
    let j = 0;
    const list = await timeGets(
      inject,
      funds,
      () => {
        j++;
        const q = new URLSearchParams({
          year: '2019',
          county: counties[j % 3]!,
          page: String(1 + (j % 5)),
          pageSize: '20',
        });
        if (stages[j % 5]) q.set('stage', stages[j % 5]!);
        if (categories[j % 4]) q.set('category', categories[j % 4]!);
        if (j % 7 === 0) q.set('q', '基准项目1');
        return `/api/projects?${q}`;
      },
      SAMPLES,
    );
    console.log(
      `project list (filters, totals) median ${median(list).toFixed(1)} ms, p95 ${p95(list).toFixed(1)} ms (target p95 ≤ 100 ms) [${list.length} samples; load ${load()}]`,
    );
    const file = await statement(unreceived);
    const huan = await signIn(inject, 'county-huan');
    const body = multipart('bench-statement.xlsx', file);
    console.log(`load average before the import: ${load()}`);
    t0 = performance.now();
    const res = await inject({
      method: 'POST',
      url: '/api/fund-receipts/import',
      payload: body.payload,
      headers: { cookie: huan, host: 'localhost', 'content-type': body.type },
    });
    const importMs = performance.now() - t0;
    if (res.statusCode !== 200) throw new Error(`import: ${res.statusCode} ${res.body.slice(0, 500)}`);
    const r = JSON.parse(res.body) as { accepted: number; rejected: number; matched: number };
    console.log(
      `receipts import of ${unreceived.length} lines: ${(importMs / 1000).toFixed(2)} s (target ≤ 10 s), ${r.accepted} booked, ${r.rejected} refused, ${r.matched} matched [load ${load()}]`,
    );
    await app.close();
  } finally {
    await database.close();
    await pg.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
