import crypto from 'node:crypto';
import type pg from 'pg';
import { MEASURES, RECORD_TYPES, type MeasureKey, type RecordTypeDecl } from '@xiezuo/domain';

/**
 * The engine's roll-ups and what keeps them true (tables in schema/rollups.ts): record groups by month and east unit
 * (record_rollup), by month (county_rollup) and by day (county_day_rollup), and the people on counted records by day
 * and east unit (person_rollup).
 *
 * A record counts once it is submitted, in review or confirmed. Triggers on `records` and `record_people` apply every
 * change to the roll-ups inside the changing transaction: statement-level triggers with transition tables, so an
 * import of thousands of rows costs one grouped upsert per statement, not one per row. The record group of a roll-up
 * row is (tenant, year, county, type, status, month, east unit, dims), where dims are the record's values of the
 * fields a rule may filter on; which fields those are comes from the record-type declarations, so the dimension
 * function and the triggers are generated here. Their text is hashed; when it differs from the hash the roll-ups were
 * built with, they are rebuilt from the ledger (at start-up, under the migration lock, with writers locked out).
 */

export const COUNTED_STATUSES = ['confirmed', 'submitted', 'in_review'] as const;
export const NO_UNIT = '00000000-0000-0000-0000-000000000000';

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;
const ident = (s: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(s)) throw new Error(`not an identifier: ${s}`);
  return s;
};

/** The fields of a record type kept as roll-up dimensions: enumerations and yes/no attributes, and declared measures. */
export function dimsOf(t: RecordTypeDecl): { attrs: string[]; measures: MeasureKey[] } {
  const attrs = t.fields
    .filter((f) => (f.kind === 'enum' || f.kind === 'boolean') && !('measure' in f && f.measure))
    .map((f) => f.key);
  return { attrs, measures: [...(t.dimMeasures ?? [])] };
}

/** The measures that are dimensions of some type, in a fixed order: the extra arguments of xz_record_dims. */
function dimMeasureArgs(): MeasureKey[] {
  return [...new Set(RECORD_TYPES.flatMap((t) => t.dimMeasures ?? []))].sort();
}

const MEASURE_COLS = Object.values(MEASURES).map((m) => ident(m.column));
const STATUS_IN = `status in (${COUNTED_STATUSES.map(lit).join(', ')})`;

/** A roll-up of records: its table, the grain of its period, whether it keeps the east unit. */
export type RollupSpec = { table: string; grain: 'month' | 'day'; unit: boolean };
export const RECORD_ROLLUPS: readonly RollupSpec[] = [
  { table: 'record_rollup', grain: 'month', unit: true },
  { table: 'county_rollup', grain: 'month', unit: false },
  { table: 'county_day_rollup', grain: 'day', unit: false },
];
const PERSONS: RollupSpec = { table: 'person_rollup', grain: 'day', unit: true };

const keyCols = (spec: RollupSpec) => [
  'tenant_id',
  'year',
  'county_code',
  'type_code',
  'status',
  'period',
  ...(spec.unit ? ['east_unit_id'] : []),
  'dims',
];
const personCols = () => [...keyCols(PERSONS), 'person_id', 'is_poor'];
const ordinals = (n: number) => Array.from({ length: n }, (_, i) => i + 1).join(', ');

/** The call computing the dims of the records row `r` (SQL text generated from the declarations). */
export function dimsCall(r: string): string {
  return `xz_record_dims(${[`${r}.type_code`, `${r}.attrs`, ...dimMeasureArgs().map((m) => `${r}.${MEASURES[m].column}`)].join(', ')})`;
}

/** The key of a record group, selected from a records-shaped relation `r`, in the order of keyCols(spec). */
function keySelect(spec: RollupSpec, r: string): string {
  return [
    `${r}.tenant_id`,
    `${r}.year`,
    `coalesce(${r}.county_code, '')`,
    `${r}.type_code`,
    `${r}.status`,
    spec.grain === 'month' ? `date_trunc('month', ${r}.occurred_on)::date` : `${r}.occurred_on`,
    ...(spec.unit ? [`coalesce(${r}.east_unit_id, ${lit(NO_UNIT)}::uuid)`] : []),
    dimsCall(r),
  ].join(', ');
}

function dimsFunction(): string {
  const args = dimMeasureArgs();
  const params = ['t text', 'a jsonb', ...args.map((m) => `${ident(MEASURES[m].column)} numeric`)].join(', ');
  const cases = RECORD_TYPES.map((t) => {
    const d = dimsOf(t);
    const pairs = [
      ...d.attrs.map((k) => `${lit(k)}, a->${lit(k)}`),
      ...d.measures.map((m) => `${lit(m)}, to_jsonb(${ident(MEASURES[m].column)})`),
    ];
    return pairs.length ? `when ${lit(t.code)} then jsonb_build_object(${pairs.join(', ')})` : '';
  }).filter(Boolean);
  return `create function xz_record_dims(${params}) returns jsonb language sql immutable parallel safe as $f$
  select jsonb_strip_nulls(case t ${cases.join('\n    ')} else '{}'::jsonb end)
$f$`;
}

/** A grouped delta of record rows: `d` has a sign column `s` (+1 new, -1 old) and the records columns. */
function recordDelta(spec: RollupSpec, from: string): string {
  const n = keyCols(spec).length;
  const sums = MEASURE_COLS.map((c) => `coalesce(sum(d.s * d.${c}), 0)`);
  return `select ${keySelect(spec, 'd')}, sum(d.s), ${sums.join(', ')} from ${from} d where d.${STATUS_IN}
    group by ${ordinals(n)} having sum(d.s) <> 0 or ${sums.map((x) => `${x} <> 0`).join(' or ')}
    order by ${ordinals(n)}`;
}
/** The people of a records delta (`d` as in recordDelta) joined to their rosters. */
function personDelta(from: string): string {
  const n = personCols().length;
  return `select ${keySelect(PERSONS, 'd')}, rp.person_id, rp.is_poor, sum(d.s) from ${from} d join record_people rp on rp.record_id = d.id where d.${STATUS_IN}
    group by ${ordinals(n)} having sum(d.s) <> 0 order by ${ordinals(n)}`;
}
/** A delta of roster rows (`d` has `s` and the record_people columns) joined to their records. */
function peopleDelta(from: string): string {
  const n = personCols().length;
  return `select ${keySelect(PERSONS, 'r')}, d.person_id, d.is_poor, sum(d.s) from ${from} d join records r on r.id = d.record_id where r.${STATUS_IN}
    group by ${ordinals(n)} having sum(d.s) <> 0 order by ${ordinals(n)}`;
}

const upsertRecords = (
  spec: RollupSpec,
  select: string,
) => `insert into ${spec.table} as x (${keyCols(spec).join(', ')}, n, ${MEASURE_COLS.join(', ')})
    ${select}
    on conflict on constraint ${spec.table}_pk do update set n = x.n + excluded.n, ${MEASURE_COLS.map((c) => `${c} = x.${c} + excluded.${c}`).join(', ')}`;
const upsertPersons = (select: string) => `insert into person_rollup as x (${personCols().join(', ')}, n)
    ${select}
    on conflict on constraint person_rollup_pk do update set n = x.n + excluded.n`;

/** The first `keys` columns of a delta select with `cols` columns. */
const keysOf = (delta: string, keys: number, cols: number) => {
  const names = Array.from({ length: cols }, (_, i) => `c${i}`);
  return `select ${names
    .slice(0, keys)
    .map((c) => `q.${c}`)
    .join(', ')} from (${delta}) q(${names.join(', ')})`;
};
const deleteEmpty = (table: string, keys: string[], select: string) =>
  `delete from ${table} x using (${select}) k(${keys.join(', ')}) where ${keys.map((c) => `x.${c} = k.${c}`).join(' and ')} and x.n = 0`;

const NEW = `(select 1 as s, * from new_rows)`;
const OLD = `(select -1 as s, * from old_rows)`;
const BOTH = `(select 1 as s, * from new_rows union all select -1 as s, * from old_rows)`;

/** The key columns of a roll-up as the shared delta `d` of applyRecords names them (its period per grain). */
const sharedKey = (spec: RollupSpec) =>
  keyCols(spec).map((c) => (c === 'period' ? (spec.grain === 'month' ? 'd.month' : 'd.day') : `d.${c}`));

/**
 * Applies a delta to every record roll-up in one statement: each changed record's key and dims are computed once (a
 * materialised CTE; the dims call is most of the work) and grouped into the three roll-ups by data-modifying CTEs.
 * Where the delta can take something away, the groups an upsert left at zero are returned as keys and deleted after.
 * Needs `z0 … z2 jsonb` declared in the trigger function.
 */
function applyRecords(from: string, shrinks: boolean): string {
  const sums = MEASURE_COLS.map((c) => `coalesce(sum(d.s * d.${c}), 0)`);
  const shared = `d as materialized (select r.s, r.tenant_id, r.year, coalesce(r.county_code, '') as county_code, r.type_code,
      r.status, date_trunc('month', r.occurred_on)::date as month, r.occurred_on as day,
      coalesce(r.east_unit_id, ${lit(NO_UNIT)}::uuid) as east_unit_id, ${dimsCall('r')} as dims, ${MEASURE_COLS.map((c) => `r.${c}`).join(', ')}
    from ${from} r where r.${STATUS_IN})`;
  const upserts = RECORD_ROLLUPS.map((spec, i) => {
    const keys = keyCols(spec);
    const n = keys.length;
    return `u${i} as (insert into ${spec.table} as x (${keys.join(', ')}, n, ${MEASURE_COLS.join(', ')})
    select ${sharedKey(spec).join(', ')}, sum(d.s), ${sums.join(', ')} from d group by ${ordinals(n)}
    having sum(d.s) <> 0 or ${sums.map((x) => `${x} <> 0`).join(' or ')} order by ${ordinals(n)}
    on conflict on constraint ${spec.table}_pk do update set n = x.n + excluded.n, ${MEASURE_COLS.map((c) => `${c} = x.${c} + excluded.${c}`).join(', ')}
    returning ${keys.map((c) => `x.${c}`).join(', ')}, x.n)`;
  });
  const zeros = RECORD_ROLLUPS.map(
    (_, i) => `(select coalesce(jsonb_agg(to_jsonb(u${i})) filter (where u${i}.n = 0), '[]') from u${i})`,
  );
  const cleanup = shrinks
    ? RECORD_ROLLUPS.map((spec, i) => {
        const keys = keyCols(spec);
        return `if jsonb_array_length(z${i}) > 0 then
      delete from ${spec.table} x using jsonb_populate_recordset(null::${spec.table}, z${i}) k where ${keys.map((c) => `x.${c} = k.${c}`).join(' and ')} and x.n = 0;
    end if;`;
      }).join('\n    ')
    : '';
  return `with ${shared},
    ${upserts.join(',\n    ')}
    select ${zeros.join(', ')} into z0, z1, z2;
    ${cleanup}`;
}
/**
 * Applies a people delta, then marks the rows of the people it touched: `single` when it is the person's only row in
 * the tenant's year. Needs `affected uuid[]` declared in the trigger function.
 */
function applyPersons(delta: string, shrinks: boolean): string {
  const keys = personCols();
  const cleanup = shrinks
    ? `\n    ${deleteEmpty('person_rollup', keys, keysOf(delta, keys.length, keys.length + 1))};`
    : '';
  return `with up as (${upsertPersons(delta)} returning person_id) select array_agg(distinct person_id) into affected from up;${cleanup}
    if affected is not null then
      ${markSingles('x.person_id = any(affected)')};
    end if;`;
}

/** Sets `single` on the person rows matching `where` (over alias x): true exactly for a person's only row in a year. */
const markSingles = (where: string) => `update person_rollup x set single = (c.k = 1)
    from (select tenant_id, year, person_id, count(*) as k from person_rollup x where ${where} group by 1, 2, 3) c
    where x.tenant_id = c.tenant_id and x.year = c.year and x.person_id = c.person_id and x.single is distinct from (c.k = 1)`;

/** The generated functions and triggers, in order. */
export function rollupDefinition(): string[] {
  const tables = ['records', 'record_people'];
  const names = ['xz_rollup_ins', 'xz_rollup_upd', 'xz_rollup_del', 'xz_rollup_del_people'];
  return [
    `drop function if exists xz_record_dims cascade`,
    dimsFunction(),
    `create or replace function xz_rollup_records() returns trigger language plpgsql as $f$
declare affected uuid[]; z0 jsonb; z1 jsonb; z2 jsonb;
begin
  if TG_OP = 'INSERT' then
    -- an import's drafts count nowhere: skip planning the upserts
    if not exists (select 1 from new_rows where ${STATUS_IN}) then return null; end if;
    ${applyRecords(NEW, false)}
  elsif TG_OP = 'DELETE' then
    ${applyRecords(OLD, true)}
  else
    ${applyRecords(BOTH, true)}
    ${applyPersons(personDelta(BOTH), true)}
  end if;
  return null;
end $f$`,
    // a deleted record's people are still there before the delete; the cascade to record_people then finds no record
    `create or replace function xz_rollup_record_deleted() returns trigger language plpgsql as $f$
declare affected uuid[];
begin
  ${applyPersons(personDelta(`(select -1 as s, * from records where id = old.id)`), true)}
  return old;
end $f$`,
    `create or replace function xz_rollup_people() returns trigger language plpgsql as $f$
declare affected uuid[];
begin
  if TG_OP = 'INSERT' then
    ${applyPersons(peopleDelta(NEW), false)}
  elsif TG_OP = 'DELETE' then
    ${applyPersons(peopleDelta(OLD), true)}
  else
    ${applyPersons(peopleDelta(BOTH), true)}
  end if;
  return null;
end $f$`,
    `create or replace function xz_rollup_singles() returns trigger language plpgsql as $f$
begin
  if TG_OP = 'INSERT' then
    ${applySingles(NEW, false)}
  elsif TG_OP = 'DELETE' then
    ${applySingles(OLD, true)}
  else
    ${applySingles(BOTH, true)}
  end if;
  return null;
end $f$`,
    ...[...tables, 'person_rollup'].flatMap((t) => names.map((n) => `drop trigger if exists ${n} on ${t}`)),
    `create trigger xz_rollup_ins after insert on person_rollup referencing new table as new_rows for each statement execute function xz_rollup_singles()`,
    `create trigger xz_rollup_upd after update on person_rollup referencing old table as old_rows new table as new_rows for each statement execute function xz_rollup_singles()`,
    `create trigger xz_rollup_del after delete on person_rollup referencing old table as old_rows for each statement execute function xz_rollup_singles()`,
    `create trigger xz_rollup_ins after insert on records referencing new table as new_rows for each statement execute function xz_rollup_records()`,
    `create trigger xz_rollup_upd after update on records referencing old table as old_rows new table as new_rows for each statement execute function xz_rollup_records()`,
    `create trigger xz_rollup_del after delete on records referencing old table as old_rows for each statement execute function xz_rollup_records()`,
    `create trigger xz_rollup_del_people before delete on records for each row execute function xz_rollup_record_deleted()`,
    `create trigger xz_rollup_ins after insert on record_people referencing new table as new_rows for each statement execute function xz_rollup_people()`,
    `create trigger xz_rollup_upd after update on record_people referencing old table as old_rows new table as new_rows for each statement execute function xz_rollup_people()`,
    `create trigger xz_rollup_del after delete on record_people referencing old table as old_rows for each statement execute function xz_rollup_people()`,
  ];
}

const SINGLE_KEY = ['tenant_id', 'year', 'county_code', 'type_code', 'status', 'period', 'is_poor', 'dims'];
/** The `single` rows of a person_rollup delta (`d` with a sign `s`), counted per person_single_day group. */
const singleDelta = (
  from: string,
) => `select ${SINGLE_KEY.map((c) => `d.${c}`).join(', ')}, sum(d.s) from ${from} d where d.single
    group by ${ordinals(SINGLE_KEY.length)} having sum(d.s) <> 0 order by ${ordinals(SINGLE_KEY.length)}`;
const applySingles = (from: string, shrinks: boolean) => {
  const upsert = `insert into person_single_day as x (${SINGLE_KEY.join(', ')}, n) ${singleDelta(from)}
    on conflict on constraint person_single_day_pk do update set n = x.n + excluded.n`;
  return shrinks
    ? `${upsert};\n    ${deleteEmpty('person_single_day', SINGLE_KEY, keysOf(singleDelta(from), SINGLE_KEY.length, SINGLE_KEY.length + 1))};`
    : `${upsert};`;
};

const ALL = `(select 1 as s, * from records)`;

/** Rebuilds every roll-up from the ledger. */
export function rebuildStatements(): string[] {
  // person_single_day follows person_rollup through its triggers
  return [
    `truncate ${[...RECORD_ROLLUPS.map((r) => r.table), PERSONS.table, 'person_single_day'].join(', ')}`,
    ...RECORD_ROLLUPS.map((spec) => upsertRecords(spec, recordDelta(spec, ALL))),
    upsertPersons(personDelta(ALL)),
    markSingles('true'),
  ];
}

/**
 * How many roll-up rows differ from what the ledger says now (0 and 0 when they agree): rows present on one side
 * only, or with different sums. A check for tests and operations; it reads the whole ledger.
 */
export async function rollupDrift(client: { query: pg.Pool['query'] }): Promise<Record<string, number>> {
  const diff = (expected: string, table: string, c: string) =>
    `select count(*)::int as n from ((select * from (${expected}) e except select ${c} from ${table}) union all (select ${c} from ${table} except select * from (${expected}) e)) d`;
  const out: Record<string, number> = {};
  for (const spec of RECORD_ROLLUPS)
    out[spec.table] = (
      await client.query<{ n: number }>(
        diff(recordDelta(spec, ALL), spec.table, [...keyCols(spec), 'n', ...MEASURE_COLS].join(', ')),
      )
    ).rows[0]!.n;
  const expected = `select *, count(*) over (partition by c0, c1, c8) = 1 from (${personDelta(ALL)}) q(${Array.from({ length: personCols().length + 1 }, (_, i) => `c${i}`).join(', ')})`;
  out[PERSONS.table] = (
    await client.query<{ n: number }>(diff(expected, PERSONS.table, [...personCols(), 'n', 'single'].join(', ')))
  ).rows[0]!.n;
  const singles = `select ${SINGLE_KEY.join(', ')}, count(*) from person_rollup where single group by ${ordinals(SINGLE_KEY.length)}`;
  out.person_single_day = (
    await client.query<{ n: number }>(diff(singles, 'person_single_day', [...SINGLE_KEY, 'n'].join(', ')))
  ).rows[0]!.n;
  return out;
}

export const rollupHash = () =>
  crypto
    .createHash('sha256')
    .update([...rollupDefinition(), ...rebuildStatements()].join('\n;\n'))
    .digest('hex');

/**
 * The roll-up triggers fire in every session, also one that skips the per-row foreign-key triggers with
 * `session_replication_role = replica` (a batch of the ledger import, db/bulk-refs.ts). Idempotent, and takes no lock
 * when they already do.
 */
const FIRE_ALWAYS = `do $$
declare t record;
begin
  for t in select tgrelid::regclass as rel, tgname from pg_trigger where tgname like 'xz\\_rollup\\_%' and tgenabled <> 'A' loop
    execute format('alter table %s enable always trigger %I', t.rel, t.tgname);
  end loop;
end $$`;

/**
 * Makes sure the roll-up functions and triggers match this code's declarations; if not, (re)creates them and rebuilds
 * the roll-ups in one transaction that keeps writers of the ledger out meanwhile. Called after the migrations.
 */
export async function ensureRollups(pool: pg.Pool): Promise<{ rebuilt: boolean }> {
  const hash = rollupHash();
  const current = await pool.query<{ definition_hash: string }>(
    `select definition_hash from rollup_meta where name = 'ledger'`,
  );
  if (current.rows[0]?.definition_hash === hash) {
    await pool.query(FIRE_ALWAYS);
    return { rebuilt: false };
  }
  await rebuild(pool, hash);
  return { rebuilt: true };
}

/** Recreates the definition and rebuilds every roll-up from the ledger, whatever the stored hash says (operations). */
export async function forceRollupRebuild(pool: pg.Pool): Promise<void> {
  await rebuild(pool, rollupHash());
}

async function rebuild(pool: pg.Pool, hash: string): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query('lock table records, record_people in share row exclusive mode');
    for (const stmt of rollupDefinition()) await client.query(stmt);
    await client.query(FIRE_ALWAYS);
    for (const stmt of rebuildStatements()) await client.query(stmt);
    await client.query(
      `insert into rollup_meta (name, definition_hash, built_at) values ('ledger', $1, now()) on conflict (name) do update set definition_hash = excluded.definition_hash, built_at = excluded.built_at`,
      [hash],
    );
    await client.query('commit');
  } catch (e) {
    await client.query('rollback').catch(() => {});
    throw e;
  } finally {
    client.release();
  }
  // fresh statistics and visibility for the planner (index-only scans), outside the transaction as VACUUM requires
  await pool.query(
    `vacuum (analyze) ${[...RECORD_ROLLUPS.map((r) => r.table), PERSONS.table, 'person_single_day'].join(', ')}`,
  );
}
