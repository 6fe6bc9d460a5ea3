import { coreIndicators, MONITORING_2018, type BaseRule, type IndicatorDecl } from '@xiezuo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, signedIn, type TestEnv } from '../../../test/harness';
import { ensureRollups, rollupDrift } from '../../db/rollups';
import { evaluateRules, type RuleResult } from './engine';
import { usesRollup } from './engine.repository';

let env: TestEnv;
let tenant: string;
let units: string[];
const COUNTIES = ['621022', '621021', '623027'];

beforeAll(async () => {
  env = await createTestEnv();
  tenant = (await env.database.pool.query<{ id: string }>('select id from tenants limit 1')).rows[0]!.id;
  units = (
    await env.database.pool.query<{ id: string }>(
      'select id from units where tenant_id = $1 and is_member order by sort limit 6',
      [tenant],
    )
  ).rows.map((r) => r.id);
});
afterAll(() => env.close());

const q = (text: string, params: unknown[] = []) => env.database.pool.query(text, params);
const rulesOf = (d: IndicatorDecl): BaseRule[] =>
  d.rule.agg === 'ratio' ? [d.rule.numerator, d.rule.denominator] : [d.rule];
const RULES = [...coreIndicators(true), ...MONITORING_2018].flatMap(rulesOf);

/** A small deterministic generator, so a failure can be replayed. */
function rng(seed: number) {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return x / 2 ** 31;
  };
}

/** A result as plain data; a county with nothing is the same as a county not listed. */
const plain = (r: RuleResult) => ({
  total: r.total,
  byCounty: Object.fromEntries(
    [...r.byCounty].filter(([, v]) => v.confirmed || v.claimed).sort(([a], [b]) => a.localeCompare(b)),
  ),
});

/** Every rule of the 2018 and 2019 catalogs, from the roll-ups and from the ledger alone, for several scopes. */
async function expectEngineAgrees(year: number) {
  const scopes = [
    { asOf: `${year}-06-15` },
    { asOf: `${year}-12-31` },
    { asOf: `${year}-09-30`, county: '621021' },
    { asOf: `${year}-03-01`, unit: units[1] },
    { asOf: `${year}-11-20`, county: '623027', unit: units[2] },
  ];
  for (const s of scopes) {
    const scope = { tenantId: tenant, year, ...s };
    const fast = await evaluateRules(env.ctx.db, RULES, scope);
    const slow = await evaluateRules(env.ctx.db, RULES, scope, { rollups: false });
    expect(fast.map(plain), JSON.stringify(s)).toEqual(slow.map(plain));
  }
}

async function expectNoDrift() {
  expect(await rollupDrift(env.database.pool)).toEqual({
    record_rollup: 0,
    county_rollup: 0,
    county_day_rollup: 0,
    person_rollup: 0,
    person_single_day: 0,
  });
}

describe('the monthly roll-ups behind the engine', () => {
  it('answer the catalogs’ rules that filter only on kept dimensions, and nothing else', () => {
    const rolled = RULES.filter(usesRollup);
    expect(rolled.length).toBeGreaterThan(RULES.length * 0.8);
    expect(
      usesRollup({
        agg: 'sum',
        measure: 'amountFen',
        types: ['consumption_purchase'],
        filters: [{ field: 'buyer', op: 'eq', value: 'x' }],
      }),
    ).toBe(false);
    expect(
      usesRollup({ agg: 'count', types: ['secondment'], filters: [{ field: 'months', op: 'gte', value: 12 }] }),
    ).toBe(true);
    expect(
      usesRollup({ agg: 'count', types: ['training'], filters: [{ field: 'months', op: 'gte', value: 12 }] }),
    ).toBe(false);
  });

  it('match the seeded demo ledger, and a start-up with the same definition leaves them alone', async () => {
    await expectNoDrift();
    expect(await ensureRollups(env.database.pool)).toEqual({ rebuilt: false });
    await expectEngineAgrees(2018);
    await expectEngineAgrees(2019);
  });

  it('stay equal to the ledger through inserts, status changes, edits, moves across months, rosters and deletes', async () => {
    const rand = rng(20191);
    const pick = <T>(a: readonly T[]) => a[Math.floor(rand() * a.length)]!;
    const STATUSES = ['draft', 'submitted', 'in_review', 'confirmed', 'disputed', 'withdrawn'];
    const TYPES = [
      'employment',
      'training',
      'secondment',
      'fund_payment',
      'consumption_purchase',
      'business_start',
      'expert_mission',
    ];
    const attrsOf = (t: string) =>
      ({
        employment: { destination: pick(['near_home', 'tianjin', 'elsewhere']), employer: 'x' },
        training: { trainingKind: pick(['cadre', 'professional', 'vocational', 'leader']), title: 't' },
        secondment: {
          personKind: pick(['cadre', 'professional']),
          direction: pick(['east_to_west', 'west_to_east']),
          post: 'p',
        },
        fund_payment: {
          fundKind: pick(['fiscal', 'social']),
          purpose: pick(['industry', 'livelihood', 'infrastructure']),
          level: pick(['county', 'village', 'above_county']),
        },
        consumption_purchase: { certified: rand() < 0.7, buyer: 'b' },
        business_start: {},
        expert_mission: { missionKind: pick(['medical_service', 'expert_exchange']) },
      })[t]!;

    // 150 people (many on one record only, some on several), 240 records in one statement, rosters in another
    const people = (
      await q(
        `insert into persons (tenant_id, id_index, id_enc, id_masked, name, is_poor) select $1, 'rollup-test-' || g, 'v1.test', '6210**********0000', 'p' || g, g % 3 <> 0 from generate_series(1, 150) g returning id`,
        [tenant],
      )
    ).rows.map((r) => r.id as string);
    const rows = Array.from({ length: 240 }, () => {
      const t = pick(TYPES);
      const month = 1 + Math.floor(rand() * 12);
      return [
        t,
        `2019-${String(month).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`,
        pick(units),
        rand() < 0.05 ? null : pick(COUNTIES),
        pick(STATUSES),
        JSON.stringify(attrsOf(t)),
        1 + Math.floor(rand() * 30),
        Math.floor(rand() * 1e7),
        Math.floor(rand() * 30),
      ];
    });
    const ids = (
      await q(
        `insert into records (tenant_id, type_code, year, occurred_on, east_unit_id, county_code, status, attrs, persons, person_times, amount_fen, months, enterprises, people_count)
         select $1, t, 2019, d::date, u::uuid, c, s, a::jsonb, p, p * 2, m, mo, 1, 0 from unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[], $9::bigint[], $10::int[]) x(t, d, u, c, s, a, p, m, mo) returning id, type_code`,
        [tenant, ...Array.from({ length: 9 }, (_, i) => rows.map((r) => r[i]))],
      )
    ).rows as { id: string; type_code: string }[];
    const withPeople = ids.filter((r) => ['employment', 'business_start', 'training'].includes(r.type_code));
    const links = withPeople.flatMap((r) =>
      [...new Set([pick(people), pick(people)])].map((p) => [r.id, p, rand() < 0.6]),
    );
    await q(
      `insert into record_people (record_id, person_id, tenant_id, is_poor) select r::uuid, p::uuid, $1, poor from unnest($2::text[], $3::text[], $4::bool[]) x(r, p, poor)`,
      [tenant, links.map((l) => l[0]), links.map((l) => l[1]), links.map((l) => l[2])],
    );
    await expectNoDrift();
    const singles = await q(
      `select count(*) filter (where single)::int as s, count(*) filter (where not single)::int as m from person_rollup where person_id = any($1)`,
      [people],
    );
    expect(singles.rows[0].s).toBeGreaterThan(10); // people counted by rows …
    expect(singles.rows[0].m).toBeGreaterThan(10); // … and people who need the distinct count
    await expectEngineAgrees(2019);

    const some = (n: number) => Array.from({ length: n }, () => pick(ids).id);
    // workflow moves, one statement for many records
    await q(`update records set status = 'confirmed' where id = any($1) and status in ('submitted', 'in_review')`, [
      some(60),
    ]);
    await q(`update records set status = 'disputed' where id = any($1) and status = 'confirmed'`, [some(20)]);
    await q(`update records set status = 'submitted' where id = any($1)`, [some(20)]);
    // edits of counted fields: attributes, measures, dates across months and years, county and unit
    for (const id of some(15)) {
      const t = ids.find((r) => r.id === id)!.type_code;
      await q(`update records set attrs = $2::jsonb, amount_fen = amount_fen + 100, months = 13 where id = $1`, [
        id,
        JSON.stringify(attrsOf(t)),
      ]);
    }
    await q(`update records set occurred_on = occurred_on + 40 where id = any($1)`, [some(20)]);
    await q(`update records set county_code = '623027', east_unit_id = $2 where id = any($1)`, [some(15), units[5]]);
    await q(`update records set year = 2018, occurred_on = '2018-12-30' where id = any($1)`, [some(5)]);
    await q(`update records set note = 'only the note' where id = any($1)`, [some(10)]);
    await expectNoDrift();
    // rosters: a person taken off, a poverty flag corrected, a person added
    const link = links[0]!;
    await q(`delete from record_people where record_id = $1 and person_id = $2`, [link[0], link[1]]);
    await q(`update record_people set is_poor = not is_poor where record_id = any($1)`, [
      withPeople.slice(1, 20).map((r) => r.id),
    ]);
    await q(
      `insert into record_people (record_id, person_id, tenant_id, is_poor) values ($1, $2, $3, true) on conflict do nothing`,
      [withPeople[25]!.id, people[149], tenant],
    );
    await expectNoDrift();
    // deletes, one with a roster (its people go by cascade)
    await q(`delete from records where id = any($1)`, [[...withPeople.slice(30, 40).map((r) => r.id), ...some(10)]]);
    await expectNoDrift();
    await expectEngineAgrees(2019);
    await expectEngineAgrees(2018);
  });

  it('follow a record through the API: entered, submitted, confirmed', async () => {
    const unit = await signedIn(env.app, 'unit-zuzhibu');
    const county = await signedIn(env.app, 'county-huan');
    const zuzhibu = (await q(`select id from units where code = 'zuzhibu'`)).rows[0]!.id as string;
    const item = async () =>
      (await county.get('/api/plans/2019/progress?asOf=2019-12-31')).body.items.find(
        (i: { code: string }) => i.code === 'talent.trained',
      ) as { value: number; claimed: number };
    const before = await item();
    const created = await unit.post('/api/records', {
      type: 'training',
      occurredOn: '2019-06-12',
      eastUnitId: zuzhibu,
      countyCode: '621022',
      values: { trainingKind: 'cadre', title: '环县党政干部培训班（汇总测试）', sessions: 1, personTimes: 37 },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    expect((await unit.post(`/api/records/${created.body.id}/submit`)).body.status).toBe('submitted');
    const claimed = await item();
    expect([claimed.value, claimed.claimed]).toEqual([before.value, before.claimed + 37]);
    expect((await county.post(`/api/records/${created.body.id}/confirm`)).status).toBe(200);
    const after = await item();
    expect([after.value, after.claimed]).toEqual([before.value + 37, before.claimed]);
    await expectNoDrift();
  });
});
