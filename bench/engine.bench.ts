// Engine benchmark: 1,000,000 generated ledger records over 3 counties and 30 units; the whole 2019 plan evaluated
// per county by the engine, against a hand-written SQL query for the same figures on the same database.
// Run: npm run bench:engine   (BENCH_RECORDS=200000 for a quicker run)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../server/src/config/config';
import { openDatabase, runMigrations } from '../server/src/db/client';
import { startEmbeddedPostgres } from '../server/src/db/embedded';
import { seedOnFirstStart } from '../server/src/db/seed/seed';
import { deriveKeys } from '../server/src/security/pii';
import { coreIndicators, type BaseRule, type IndicatorDecl } from '@xiezuo/domain';
import { evaluateRules } from '../server/src/modules/progress/engine';
import { progress } from '../server/src/modules/progress/progress.service';
import type { Actor } from '../server/src/http/context';

const N = Number(process.env.BENCH_RECORDS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const COUNTIES = ['621022', '621021', '623027'];

const plan = coreIndicators(true);
const rulesOf = (d: IndicatorDecl): BaseRule[] =>
  d.rule.agg === 'ratio' ? [d.rule.numerator, d.rule.denominator] : [d.rule];
const median = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]!;
const p95 = (a: number[]) => [...a].sort((x, y) => x - y)[Math.min(a.length - 1, Math.ceil(a.length * 0.95) - 1)]!;

async function main() {
  // BENCH_DIR=<dir> keeps the generated database there and reuses it on the next run (for working on the engine)
  const keep = process.env.BENCH_DIR;
  const dir = keep ?? fs.mkdtempSync(path.join(os.tmpdir(), 'xiezuo-bench-'));
  fs.mkdirSync(dir, { recursive: true });
  fs.chmodSync(dir, 0o755);
  const reuse = keep !== undefined && fs.existsSync(path.join(dir, 'generated'));
  const pg = await startEmbeddedPostgres(dir, { database: 'bench' });
  const database = openDatabase(pg.url);
  try {
    await runMigrations(database.pool);
    const config = loadConfig({ DATA_DIR: dir, DEMO_PASSWORD: 'Bench-Pass-2026', LOG_LEVEL: 'silent' });
    const ctx = { db: database.db, config, databaseKind: 'embedded' as const, keys: deriveKeys(Buffer.alloc(32, 7)) };
    await seedOnFirstStart(ctx, () => {});
    const tenant = (await ctx.db.execute<{ id: string }>(sql`select id from tenants limit 1`)).rows[0]!.id;
    const t0 = Date.now();
    if (!reuse) {
      await generate(ctx.db, tenant);
      console.log(`generated ${N.toLocaleString()} records in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      await ctx.db.execute(sql`vacuum analyze`);
      if (keep) fs.writeFileSync(path.join(dir, 'generated'), String(N));
    }
    const actor = {
      tenantId: tenant,
      roles: [{ role: 'office_admin', scopeType: 'tenant', scopeId: null }],
      abilities: [],
    } as unknown as Actor;
    const read = (f: string) => fs.readFileSync(path.join(import.meta.dirname, f), 'utf8').replace(/^--.*$/gm, '');
    const hand = { ledger: read('engine.hand.sql'), rollup: read('engine.hand-rollup.sql') };
    const counts = await ctx.db.execute<{ records: number; rolled: number; people: number }>(
      sql`select (select count(*)::int from records) as records, (select count(*)::int from county_rollup) as rolled, (select count(*)::int from person_rollup) as people`,
    );
    console.log(
      `ledger ${counts.rows[0]!.records.toLocaleString()} records; roll-ups ${counts.rows[0]!.rolled.toLocaleString()} monthly county groups, ${counts.rows[0]!.people.toLocaleString()} person rows`,
    );
    const f = (x: number) => `${x.toFixed(1)} ms`;
    // the engine and the hand-written floor must agree on the figures before their times mean anything
    const SAME: Record<string, (h: Record<string, string>, claimed: boolean) => number> = {};
    const col = (name: string) => (h: Record<string, string>, claimed: boolean) =>
      Number(h[`${name}${claimed ? '_claimed' : ''}`]);
    const persons = (name: string) => (h: Record<string, string>, claimed: boolean) =>
      col(`${name}_rows`)(h, claimed) + col(`${name}_distinct`)(h, claimed);
    Object.assign(SAME, {
      'talent.cadres_sent': col('cadres_sent'),
      'talent.professionals_sent': col('professionals_sent'),
      'talent.medical_missions': col('medical_missions'),
      'funds.fiscal_paid': col('fiscal_paid'),
      'industry.enterprises_invested': col('enterprises_invested'),
      'industry.investment_amount': col('investment_amount'),
      'consumption.amount': col('consumption'),
      'social.donations': col('donations'),
      'labour.employed_near_home': persons('near_home'),
      'labour.employed_in_tianjin': persons('tianjin'),
      'labour.employed_elsewhere': persons('elsewhere'),
    });
    for (const asOf of ['2019-12-31', '2019-09-15'])
      for (const county of COUNTIES) {
        const h = (await database.pool.query(hand.rollup, [tenant, 2019, asOf, county])).rows[0] as Record<
          string,
          string
        >;
        const p = await progress(ctx, actor, 2019, { asOf, county });
        for (const [code, get] of Object.entries(SAME)) {
          const item = p.items.find((i) => i.code === code)!;
          if (item.value !== get(h, false) || item.claimed !== get(h, true))
            throw new Error(
              `${code} ${county} ${asOf}: engine ${item.value}/${item.claimed}, hand ${get(h, false)}/${get(h, true)}`,
            );
        }
      }
    console.log(
      `engine and hand-written floor agree on ${Object.keys(SAME).length} figures × 3 counties × 2 dates (confirmed and claimed)`,
    );
    // year end (every month rolled up) and mid-month (the current month's half read from the ledger)
    for (const asOf of ['2019-12-31', '2019-09-15']) {
      const times = {
        engine: [] as number[],
        ledgerOnly: [] as number[],
        handRollup: [] as number[],
        handLedger: [] as number[],
      };
      const time = async (into: number[], fn: () => Promise<unknown>, keepIt: boolean) => {
        const t = performance.now();
        await fn();
        if (keepIt) into.push(performance.now() - t);
      };
      for (let run = 0; run < RUNS + 2; run++) {
        const keepIt = run >= 2; // two warm-up rounds
        for (const county of COUNTIES) {
          await time(
            times.engine,
            async () => {
              const p = await progress(ctx, actor, 2019, { asOf, county });
              if (p.items.length < 20) throw new Error('plan not evaluated');
            },
            keepIt,
          );
          await time(times.handRollup, () => database.pool.query(hand.rollup, [tenant, 2019, asOf, county]), keepIt);
          if ((run - 2) % 4 === 0) {
            // the slow references, on fewer rounds
            await time(
              times.ledgerOnly,
              () =>
                evaluateRules(
                  ctx.db,
                  plan.flatMap(rulesOf),
                  { tenantId: tenant, year: 2019, asOf, county },
                  { rollups: false },
                ),
              keepIt,
            );
            await time(times.handLedger, () => database.pool.query(hand.ledger, [tenant, 2019, asOf, county]), keepIt);
          }
        }
      }
      const line = (name: string, a: number[]) =>
        console.log(
          `  ${name.padEnd(44)} median ${f(median(a)).padStart(9)}, p95 ${f(p95(a)).padStart(9)}  [${a.length} samples]`,
        );
      console.log(`as of ${asOf}, the whole 2019 plan for one county:`);
      line('engine (API service: plan, roll-ups, ledger)', times.engine);
      line('hand-written SQL over the roll-ups (floor)', times.handRollup);
      line('engine, ledger only (no roll-ups)', times.ledgerOnly);
      line('hand-written SQL over the ledger', times.handLedger);
      console.log(
        `  ratio engine / floor (medians): ${(median(times.engine) / median(times.handRollup)).toFixed(2)}×; engine / hand-written over the ledger: ${(median(times.engine) / median(times.handLedger)).toFixed(2)}×`,
      );
    }
  } finally {
    await database.close();
    await pg.stop();
    if (!keep) fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Generates N records in SQL: the 2019 types in realistic shares, 30 east units, 3 counties, dates over the year,
 * statuses 80 % confirmed / 10 % submitted / 10 % draft; each drawn from its own hash of the row number, so types,
 * counties, units, dates and attributes are independent of each other. People on employment and business-start
 * records, some people on two records.
 */
async function generate(db: ReturnType<typeof openDatabase>['db'], tenant: string) {
  // bench_h(g, k): a non-negative hash of row g for draw k
  await db.execute(
    sql`create or replace function bench_h(g int, k int) returns int language sql immutable parallel safe as 'select (abs(hashint4extended(g, k::bigint)) % 1000003)::int'`,
  );
  await db.execute(
    sql`create temporary table bench_units as select id, row_number() over (order by sort) - 1 as n from units where tenant_id = ${tenant} and is_member limit 30`,
  );
  const batch = 200_000;
  for (let start = 0; start < N; start += batch) {
    const end = Math.min(N, start + batch);
    await db.execute(sql`
      insert into records (tenant_id, type_code, year, occurred_on, east_unit_id, county_code, status, reporter_side, attrs, persons, person_times, sessions, amount_fen, months, poor_persons, enterprises, people_count, is_demo)
      select ${tenant},
        t.type, 2019, date '2019-01-01' + (bench_h(g, 2) % 365)::int, u.id,
        (array['621022','621021','623027'])[1 + bench_h(g, 3) % 3],
        case when bench_h(g, 4) % 10 < 8 then 'confirmed' when bench_h(g, 4) % 10 = 8 then 'submitted' else 'draft' end,
        'east',
        case t.type
          when 'employment' then jsonb_build_object('destination', (array['near_home','tianjin','elsewhere'])[1 + bench_h(g, 5) % 3], 'employer', 'bench')
          when 'secondment' then jsonb_build_object('personKind', (array['cadre','professional'])[1 + bench_h(g, 5) % 2], 'direction', (array['east_to_west','west_to_east'])[1 + bench_h(g, 6) % 2], 'post', 'x')
          when 'training' then jsonb_build_object('trainingKind', (array['cadre','professional','vocational','leader'])[1 + bench_h(g, 5) % 4], 'title', 'x')
          when 'fund_payment' then jsonb_build_object('fundKind', (array['fiscal','fiscal','social'])[1 + bench_h(g, 7) % 3], 'purpose', (array['industry','livelihood','other'])[1 + bench_h(g, 5) % 3], 'level', (array['county','village','above_county'])[1 + bench_h(g, 6) % 3])
          when 'consumption_purchase' then jsonb_build_object('certified', bench_h(g, 5) % 4 <> 0, 'buyer', 'x', 'channel', (array['unit','market','online','event'])[1 + bench_h(g, 6) % 4], 'supplier', 'y')
          when 'expert_mission' then jsonb_build_object('missionKind', (array['medical_service','expert_exchange'])[1 + bench_h(g, 5) % 2])
          when 'task_evidence' then jsonb_build_object('task', (array['key_industry','featured_product'])[1 + bench_h(g, 5) % 2], 'subject', 's')
          else '{}'::jsonb end,
        1, 1 + bench_h(g, 8) % 40, 1, (bench_h(g, 9) % 1000) * 10000, case when t.type = 'secondment' then 6 + bench_h(g, 10) % 24 else 0 end, bench_h(g, 11) % 5, 1,
        case when t.type in ('employment','business_start') then 1 else 0 end, false
      from generate_series(${start}::int, ${end - 1}::int) g
      cross join lateral (select (array['employment','employment','employment','employment','training','secondment','fund_payment','consumption_purchase','donation','enterprise_investment','expert_mission','task_evidence','business_start','visit','article'])[1 + bench_h(g, 1) % 15] as type) t
      join bench_units u on u.n = bench_h(g, 12) % 30`);
  }
  // one person per employment / business-start record, some people placed twice
  await db.execute(sql`
    insert into persons (tenant_id, id_index, id_enc, id_masked, name, is_poor)
    select ${tenant}, 'bench-' || g, 'v1.bench', '6210**********0000', 'p' || g, g % 5 <> 0 from generate_series(1, ${Math.ceil(N * 0.3)}::int) g`);
  await db.execute(sql`
    insert into record_people (record_id, person_id, tenant_id, is_poor)
    select r.id, p.id, r.tenant_id, p.is_poor
    from (select id, tenant_id, row_number() over () as n from records where type_code in ('employment','business_start') and not is_demo) r
    join (select id, is_poor, row_number() over () as n from persons where id_index like 'bench-%') p on p.n = 1 + (r.n * 7919) % ${Math.ceil(N * 0.3)}
    on conflict do nothing`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
