import crypto from 'node:crypto';
import type pg from 'pg';
import { MEASURES, RECORD_TYPES, type MeasureKey, type RecordTypeDecl } from '@xiezuo/domain';

/**
 * The engine's monthly roll-ups (tables record_rollup and person_rollup, migration 0008) and what keeps them true.
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
  const attrs = t.fields.filter((f) => (f.kind === 'enum' || f.kind === 'boolean') && !('measure' in f && f.measure)).map((f) => f.key);
  return { attrs, measures: [...(t.dimMeasures ?? [])] };
}

/** The measures that are dimensions of some type, in a fixed order: the extra arguments of xz_record_dims. */
function dimMeasureArgs(): MeasureKey[] {
  return [...new Set(RECORD_TYPES.flatMap((t) => t.dimMeasures ?? []))].sort();
}

const MEASURE_COLS = Object.values(MEASURES).map((m) => ident(m.column));
const KEY_COLS = ['tenant_id', 'year', 'county_code', 'type_code', 'status', 'month', 'east_unit_id', 'dims'];
const STATUS_IN = `status in (${COUNTED_STATUSES.map(lit).join(', ')})`;

/** The call computing the dims of the records row `r` (SQL text generated from the declarations). */
export function dimsCall(r: string): string {
  return `xz_record_dims(${[`${r}.type_code`, `${r}.attrs`, ...dimMeasureArgs().map((m) => `${r}.${MEASURES[m].column}`)].join(', ')})`;
}

/** The key of a record group, selected from a records-shaped relation `r`. */
function keySelect(r: string): string {
  return [
    `${r}.tenant_id`,
    `${r}.year`,
    `coalesce(${r}.county_code, '')`,
    `${r}.type_code`,
    `${r}.status`,
    `date_trunc('month', ${r}.occurred_on)::date`,
    `coalesce(${r}.east_unit_id, ${lit(NO_UNIT)}::uuid)`,
    dimsCall(r),
  ].join(', ');
}

function dimsFunction(): string {
  const args = dimMeasureArgs();
  const params = ['t text', 'a jsonb', ...args.map((m) => `${ident(MEASURES[m].column)} numeric`)].join(', ');
  const cases = RECORD_TYPES.map((t) => {
    const d = dimsOf(t);
    const pairs = [...d.attrs.map((k) => `${lit(k)}, a->${lit(k)}`), ...d.measures.map((m) => `${lit(m)}, to_jsonb(${ident(MEASURES[m].column)})`)];
    return pairs.length ? `when ${lit(t.code)} then jsonb_build_object(${pairs.join(', ')})` : '';
  }).filter(Boolean);
  return `create function xz_record_dims(${params}) returns jsonb language sql immutable parallel safe as $f$
  select jsonb_strip_nulls(case t ${cases.join('\n    ')} else '{}'::jsonb end)
$f$`;
}

const GROUP_BY = KEY_COLS.map((_, i) => i + 1).join(', ');
const upsertRecords = (select: string) => `insert into record_rollup as x (${KEY_COLS.join(', ')}, n, ${MEASURE_COLS.join(', ')})
    ${select}
    on conflict on constraint record_rollup_pk do update set n = x.n + excluded.n, ${MEASURE_COLS.map((c) => `${c} = x.${c} + excluded.${c}`).join(', ')}`;
const PERSON_KEY = [...KEY_COLS, 'person_id', 'is_poor'];
const upsertPersons = (select: string) => `insert into person_rollup as x (${PERSON_KEY.join(', ')}, n)
    ${select}
    on conflict on constraint person_rollup_pk do update set n = x.n + excluded.n`;
const deleteEmpty = (table: string, keys: string[], select: string) =>
  `delete from ${table} x using (${select}) k(${keys.join(', ')}) where ${keys.map((c) => `x.${c} = k.${c}`).join(' and ')} and x.n = 0`;

/** A grouped delta of record rows: `d` has a sign column `s` (+1 new, -1 old) and the records columns. */
function recordDelta(from: string): string {
  const sums = MEASURE_COLS.map((c) => `coalesce(sum(d.s * d.${c}), 0)`).join(', ');
  return `select ${keySelect('d')}, sum(d.s), ${sums} from ${from} d where d.${STATUS_IN}
    group by ${GROUP_BY} having sum(d.s) <> 0 or ${MEASURE_COLS.map((c) => `coalesce(sum(d.s * d.${c}), 0) <> 0`).join(' or ')}
    order by ${GROUP_BY}`;
}
function personDelta(from: string): string {
  return `select ${keySelect('d')}, rp.person_id, rp.is_poor, sum(d.s) from ${from} d join record_people rp on rp.record_id = d.id where d.${STATUS_IN}
    group by ${PERSON_KEY.map((_, i) => i + 1).join(', ')} having sum(d.s) <> 0 order by ${PERSON_KEY.map((_, i) => i + 1).join(', ')}`;
}
function peopleDelta(from: string): string {
  return `select ${keySelect('r')}, d.person_id, d.is_poor, sum(d.s) from ${from} d join records r on r.id = d.record_id where r.${STATUS_IN}
    group by ${PERSON_KEY.map((_, i) => i + 1).join(', ')} having sum(d.s) <> 0 order by ${PERSON_KEY.map((_, i) => i + 1).join(', ')}`;
}
/** The first `keys` columns of a delta select with `cols` columns. */
const keysOf = (delta: string, keys: number, cols: number) => {
  const names = Array.from({ length: cols }, (_, i) => `c${i}`);
  return `select ${names.slice(0, keys).map((c) => `q.${c}`).join(', ')} from (${delta}) q(${names.join(', ')})`;
};

const NEW = `(select 1 as s, * from new_rows)`;
const OLD = `(select -1 as s, * from old_rows)`;
const BOTH = `(select 1 as s, * from new_rows union all select -1 as s, * from old_rows)`;

/** Applies a delta; where it can take something away, groups left with no records are deleted after. */
function applyRecords(from: string, shrinks: boolean): string {
  const cleanup = shrinks ? `\n    ${deleteEmpty('record_rollup', KEY_COLS, keysOf(recordDelta(from), KEY_COLS.length, KEY_COLS.length + 1 + MEASURE_COLS.length))};` : '';
  return `${upsertRecords(recordDelta(from))};${cleanup}`;
}
function applyPersons(delta: string, shrinks: boolean): string {
  const cleanup = shrinks ? `\n    ${deleteEmpty('person_rollup', PERSON_KEY, keysOf(delta, PERSON_KEY.length, PERSON_KEY.length + 1))};` : '';
  return `${upsertPersons(delta)};${cleanup}`;
}

/** The generated functions and triggers, in order. */
export function rollupDefinition(): string[] {
  return [
    `drop function if exists xz_record_dims cascade`,
    dimsFunction(),
    `create or replace function xz_rollup_records() returns trigger language plpgsql as $f$
begin
  if TG_OP = 'INSERT' then
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
begin
  ${applyPersons(personDelta(`(select -1 as s, * from records where id = old.id)`), true)}
  return old;
end $f$`,
    `create or replace function xz_rollup_people() returns trigger language plpgsql as $f$
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
    `drop trigger if exists xz_rollup_ins on records`,
    `drop trigger if exists xz_rollup_upd on records`,
    `drop trigger if exists xz_rollup_del on records`,
    `drop trigger if exists xz_rollup_del_people on records`,
    `drop trigger if exists xz_rollup_ins on record_people`,
    `drop trigger if exists xz_rollup_upd on record_people`,
    `drop trigger if exists xz_rollup_del on record_people`,
    `create trigger xz_rollup_ins after insert on records referencing new table as new_rows for each statement execute function xz_rollup_records()`,
    `create trigger xz_rollup_upd after update on records referencing old table as old_rows new table as new_rows for each statement execute function xz_rollup_records()`,
    `create trigger xz_rollup_del after delete on records referencing old table as old_rows for each statement execute function xz_rollup_records()`,
    `create trigger xz_rollup_del_people before delete on records for each row execute function xz_rollup_record_deleted()`,
    `create trigger xz_rollup_ins after insert on record_people referencing new table as new_rows for each statement execute function xz_rollup_people()`,
    `create trigger xz_rollup_upd after update on record_people referencing old table as old_rows new table as new_rows for each statement execute function xz_rollup_people()`,
    `create trigger xz_rollup_del after delete on record_people referencing old table as old_rows for each statement execute function xz_rollup_people()`,
  ];
}

/** Rebuilds both roll-ups from the ledger. */
export function rebuildStatements(): string[] {
  return [
    `truncate record_rollup, person_rollup`,
    upsertRecords(recordDelta(`(select 1 as s, * from records)`)),
    upsertPersons(personDelta(`(select 1 as s, * from records)`)),
  ];
}

/**
 * How many roll-up rows differ from what the ledger says now (0 and 0 when they agree): rows present on one side
 * only, or with different sums. A check for tests and operations; it reads the whole ledger.
 */
export async function rollupDrift(client: { query: pg.Pool['query'] }): Promise<{ records: number; persons: number }> {
  const cols = [...KEY_COLS, 'n', ...MEASURE_COLS].join(', ');
  const pcols = [...PERSON_KEY, 'n'].join(', ');
  const all = `(select 1 as s, * from records)`;
  const diff = (expected: string, table: string, c: string) =>
    `select count(*)::int as n from ((select * from (${expected}) e except select ${c} from ${table}) union all (select ${c} from ${table} except select * from (${expected}) e)) d`;
  const r = await client.query<{ n: number }>(diff(recordDelta(all), 'record_rollup', cols));
  const p = await client.query<{ n: number }>(diff(personDelta(all), 'person_rollup', pcols));
  return { records: r.rows[0]!.n, persons: p.rows[0]!.n };
}

export const rollupHash = () =>
  crypto
    .createHash('sha256')
    .update([...rollupDefinition(), ...rebuildStatements()].join('\n;\n'))
    .digest('hex');

/**
 * Makes sure the roll-up functions and triggers match this code's declarations; if not, (re)creates them and rebuilds
 * the roll-ups in one transaction that keeps writers of the ledger out meanwhile. Called after the migrations.
 */
export async function ensureRollups(pool: pg.Pool): Promise<{ rebuilt: boolean }> {
  const hash = rollupHash();
  const current = await pool.query<{ definition_hash: string }>(`select definition_hash from rollup_meta where name = 'ledger'`);
  if (current.rows[0]?.definition_hash === hash) return { rebuilt: false };
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query('lock table records, record_people in share row exclusive mode');
    for (const stmt of rollupDefinition()) await client.query(stmt);
    for (const stmt of rebuildStatements()) await client.query(stmt);
    await client.query(`insert into rollup_meta (name, definition_hash, built_at) values ('ledger', $1, now()) on conflict (name) do update set definition_hash = excluded.definition_hash, built_at = excluded.built_at`, [hash]);
    await client.query('commit');
  } catch (e) {
    await client.query('rollback').catch(() => {});
    throw e;
  } finally {
    client.release();
  }
  return { rebuilt: true };
}
