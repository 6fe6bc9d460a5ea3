import { sql, type SQL } from 'drizzle-orm';
import { MEASURES, recordType, type BaseRule, type MeasureKey, type RuleFilter } from '@xiezuo/domain';
import type { DbOrTx } from '../../db/client';
import { dimsCall, dimsOf } from '../../db/rollups';

/** What a rule is evaluated over: the tenant, the plan year up to a date, and optionally one county or east unit. */
export type EvalScope = { tenantId: string; year: number; asOf: string; county?: string; unit?: string };

export type RuleRow = { county: string | null; confirmed: number; claimed: number };

const PENDING = sql.raw(`('submitted','in_review')`);
/** The county of a result row; null only on the grand-total row (records without a county group under ''). */
const COUNTY_COL = sql`case when grouping(r.county_code) = 1 then null else coalesce(r.county_code, '') end as county`;

function columnOf(measure: MeasureKey): SQL {
  return sql.raw(`r.${MEASURES[measure].column}`);
}

/** The SQL type a filtered attribute is compared as, from the record types' declarations. */
function attrKind(types: string[], field: string): 'text' | 'number' | 'boolean' {
  for (const t of types) {
    const f = recordType(t)?.fields.find((d) => d.key === field);
    if (!f) continue;
    if (f.kind === 'number' || f.kind === 'money') return 'number';
    if (f.kind === 'boolean') return 'boolean';
    return 'text';
  }
  throw new Error(`no field ${field} on ${types.join(',')}`);
}

const OPS = { eq: '=', ne: '<>', gte: '>=', lte: '<=', gt: '>', lt: '<' } as const;

/**
 * One filter as a parameterised condition; field names come only from declarations, values only as parameters.
 * Over the roll-ups (`dims`), a measure dimension is read from r.attrs (the dims) instead of its column.
 */
export function compileFilter(types: string[], f: RuleFilter, over: 'records' | 'dims' = 'records'): SQL {
  const isMeasure = f.field in MEASURES;
  const kind = isMeasure ? 'number' : attrKind(types, f.field);
  const lhs =
    isMeasure && over === 'records'
      ? columnOf(f.field as MeasureKey)
      : kind === 'number'
        ? sql`(r.attrs->>${f.field})::numeric`
        : kind === 'boolean'
          ? sql`(r.attrs->>${f.field})::boolean`
          : sql`(r.attrs->>${f.field})`;
  if (f.op === 'in') {
    const values = (Array.isArray(f.value) ? f.value : [f.value]).map(String);
    if (!values.length) return sql`false`;
    return kind === 'number' ? sql`${lhs} in ${values.map(Number)}` : sql`${lhs} in ${values}`;
  }
  return sql`${lhs} ${sql.raw(OPS[f.op])} ${f.value}`;
}

function recordScope(s: EvalScope, types: string[]): SQL {
  return sql.join(
    [
      sql`r.tenant_id = ${s.tenantId}`,
      sql`r.year = ${s.year}`,
      sql`r.occurred_on <= ${s.asOf}::date`,
      sql`r.type_code in ${types}`,
      s.county ? sql`r.county_code = ${s.county}` : undefined,
      s.unit ? sql`r.east_unit_id = ${s.unit}` : undefined,
    ].filter((x): x is SQL => x !== undefined),
    sql` and `,
  );
}

/** Compiles a base rule to one query returning per-county rows and a total row (county null) via grouping sets. */
export function compileRule(rule: BaseRule, s: EvalScope): SQL {
  const groupBy = sql`group by grouping sets ((r.county_code), ())`;
  const countyCol = COUNTY_COL;
  switch (rule.agg) {
    case 'sum':
    case 'count': {
      const where = sql.join(
        [recordScope(s, rule.types), ...rule.filters.map((f) => compileFilter(rule.types, f))],
        sql` and `,
      );
      const agg = (cond: SQL) =>
        rule.agg === 'sum'
          ? sql`coalesce(sum(${columnOf(rule.measure)}) filter (where ${cond}), 0)`
          : sql`count(*) filter (where ${cond})`;
      return sql`select ${countyCol}, ${agg(sql`r.status = 'confirmed'`)}::float8 as confirmed, ${agg(sql`r.status in ${PENDING}`)}::float8 as claimed from records r where ${where} ${groupBy}`;
    }
    case 'distinct_persons': {
      const where = sql.join(
        [
          recordScope(s, rule.types),
          ...rule.filters.map((f) => compileFilter(rule.types, f)),
          rule.poorOnly ? sql`rp.is_poor` : sql`true`,
        ],
        sql` and `,
      );
      return sql`select ${countyCol}, (count(distinct rp.person_id) filter (where r.status = 'confirmed'))::float8 as confirmed, (count(distinct rp.person_id) filter (where r.status in ${PENDING}))::float8 as claimed from records r join record_people rp on rp.record_id = r.id where ${where} ${groupBy}`;
    }
    case 'pairings': {
      const kinds = rule.kinds.length ? sql`and p.kind in ${rule.kinds}` : sql``;
      const where = sql`p.tenant_id = ${s.tenantId} and p.start_date <= ${s.asOf}::date and (p.end_date is null or p.end_date >= ${`${s.year}-01-01`}::date) ${kinds} ${s.county ? sql`and p.county_code = ${s.county}` : sql``} ${s.unit ? sql`and (p.east_unit_id = ${s.unit} or p.west_unit_id = ${s.unit})` : sql``}`;
      return sql`select case when grouping(p.county_code) = 1 then null else coalesce(p.county_code, '') end as county, count(*)::float8 as confirmed, 0::float8 as claimed from pairings p where ${where} group by grouping sets ((p.county_code), ())`;
    }
    case 'agreements': {
      const where = sql`a.tenant_id = ${s.tenantId} and a.year_from <= ${s.year} and a.year_to >= ${s.year} and a.signed_on <= ${s.asOf}::date ${s.county ? sql`and p.county_code = ${s.county}` : sql``} ${s.unit ? sql`and a.east_unit_id = ${s.unit}` : sql``}`;
      return sql`select case when grouping(p.county_code) = 1 then null else coalesce(p.county_code, '') end as county, count(*)::float8 as confirmed, 0::float8 as claimed from agreements a join pairings p on p.id = a.pairing_id where ${where} group by grouping sets ((p.county_code), ())`;
    }
    default: {
      const never: never = rule;
      return never;
    }
  }
}

export type RecordRule = Extract<BaseRule, { agg: 'sum' | 'count' | 'distinct_persons' }>;

/** The aggregate of one rule inside a batch, restricted by its own filters and a status condition. */
function batchAgg(rule: RecordRule, status: SQL): SQL {
  const own = rule.filters.map((f) => compileFilter(rule.types, f));
  if (rule.agg === 'distinct_persons' && rule.poorOnly) own.push(sql`rp.is_poor`);
  const cond = sql.join([status, ...own], sql` and `);
  if (rule.agg === 'sum') return sql`coalesce(sum(${columnOf(rule.measure)}) filter (where ${cond}), 0)::float8`;
  if (rule.agg === 'count') return sql`(count(*) filter (where ${cond}))::float8`;
  return sql`(count(distinct rp.person_id) filter (where ${cond}))::float8`;
}

/**
 * Compiles several rules over the same record types into one scan: each rule becomes a pair of filtered aggregates
 * (confirmed, claimed) named c{i} and p{i}. Person rules join the roster once. `relation` is the ledger, or any
 * relation of the records row type (a what-if passes hypothetical records through jsonb_populate_recordset).
 */
export function compileBatch(rules: RecordRule[], s: EvalScope, relation: SQL = sql`records`): SQL {
  const withPeople = rules[0]!.agg === 'distinct_persons';
  const types = [...new Set(rules.flatMap((r) => r.types))];
  const cols = rules.flatMap((r, i) => [
    sql`${batchAgg(r, sql`r.status = 'confirmed'`)} as ${sql.raw(`c${i}`)}`,
    sql`${batchAgg(r, sql`r.status in ${PENDING}`)} as ${sql.raw(`p${i}`)}`,
  ]);
  const from = withPeople ? sql`${relation} r join record_people rp on rp.record_id = r.id` : sql`${relation} r`;
  return sql`select ${COUNTY_COL}, ${sql.join(cols, sql`, `)} from ${from} where ${recordScope(s, types)} and r.status in ('confirmed','submitted','in_review') group by grouping sets ((r.county_code), ())`;
}

/**
 * Whether a rule can be answered from the monthly roll-ups: a sum, count or person count whose every filter is on a
 * dimension the roll-ups keep for each of its record types.
 */
export function usesRollup(rule: BaseRule): boolean {
  if (rule.agg !== 'sum' && rule.agg !== 'count' && rule.agg !== 'distinct_persons') return false;
  return rule.types.every((t) => {
    const decl = recordType(t);
    if (!decl) return false;
    const d = dimsOf(decl);
    return rule.filters.every((f) =>
      f.field in MEASURES ? d.measures.includes(f.field as MeasureKey) : d.attrs.includes(f.field),
    );
  });
}

/** Scope conditions shared by both halves of a roll-up query; `from` is the table alias's column prefix. */
function scopeOf(s: EvalScope, types: string[], alias: string, county: SQL): SQL[] {
  const a = sql.raw(alias);
  return [
    sql`${a}.tenant_id = ${s.tenantId}`,
    sql`${a}.year = ${s.year}`,
    sql`${a}.type_code in ${types}`,
    ...(s.county ? [sql`${county} = ${s.county}`] : []),
    ...(s.unit ? [sql`${a}.east_unit_id = ${s.unit}`] : []),
  ];
}

/**
 * Sums and counts from the roll-ups. For the district or a county: the whole months before the as-of date's month
 * from county_rollup and that month's days up to the date from county_day_rollup. For one east unit: the whole months
 * from record_rollup and the rest from the ledger. All parts are shaped alike (dims as attrs, `n` records), so each
 * rule is a filtered aggregate over their union, restricted to its own record types.
 */
export function compileRollupBatch(rules: RecordRule[], s: EvalScope): SQL {
  const types = [...new Set(rules.flatMap((r) => r.types))];
  const measures = [...new Set(rules.flatMap((r) => (r.agg === 'sum' ? [MEASURES[r.measure].column] : [])))];
  const cols = measures.length ? sql.raw(`, ${measures.join(', ')}`) : sql``;
  const monthStart = sql`date_trunc('month', ${s.asOf}::date)::date`;
  const where = (table: string, county: SQL) => sql.join(scopeOf(s, types, table, county), sql` and `);
  const part = (table: 'record_rollup' | 'county_rollup' | 'county_day_rollup', period: SQL) =>
    sql`select county_code, type_code, status, dims as attrs, n${cols} from ${sql.raw(table)} r where ${where('r', sql`r.county_code`)} and ${period}`;
  const parts = s.unit
    ? [
        part('record_rollup', sql`r.period < ${monthStart}`),
        sql`select coalesce(r.county_code, '') as county_code, r.type_code, r.status, ${sql.raw(dimsCall('r'))} as attrs, 1 as n${cols} from records r where ${where('r', sql`r.county_code`)} and r.occurred_on >= ${monthStart} and r.occurred_on <= ${s.asOf}::date and r.status in ('confirmed','submitted','in_review')`,
      ]
    : [
        part('county_rollup', sql`r.period < ${monthStart}`),
        part('county_day_rollup', sql`r.period >= ${monthStart} and r.period <= ${s.asOf}::date`),
      ];
  const agg = (rule: RecordRule, status: SQL) => {
    const cond = sql.join(
      [status, sql`r.type_code in ${rule.types}`, ...rule.filters.map((f) => compileFilter(rule.types, f, 'dims'))],
      sql` and `,
    );
    return rule.agg === 'sum'
      ? sql`coalesce(sum(${sql.raw(`r.${MEASURES[rule.measure].column}`)}) filter (where ${cond}), 0)::float8`
      : sql`coalesce(sum(r.n) filter (where ${cond}), 0)::float8`;
  };
  const out = rules.flatMap((r, i) => [
    sql`${agg(r, sql`r.status = 'confirmed'`)} as ${sql.raw(`c${i}`)}`,
    sql`${agg(r, sql`r.status in ${PENDING}`)} as ${sql.raw(`p${i}`)}`,
  ]);
  // grouped first: the parts hold many rows of few distinct groups; the rules' conditions then run once per group
  const sums = sql.raw(['n', ...measures].map((c) => `sum(${c}) as ${c}`).join(', '));
  const grouped = sql`select county_code, type_code, status, attrs, ${sums} from (${sql.join(parts, sql` union all `)}) u group by 1, 2, 3, 4`;
  return sql`select ${countyGrouping(s)} ${sql.join(out, sql`, `)} from (${grouped}) r ${countyGroupBy(s)}`;
}

/**
 * Per-county rows and the total in one query; with one county in scope its row is the total, so only the total is
 * computed (distinct counts would otherwise be computed twice) and the caller files it under the county too.
 */
const countyGrouping = (s: EvalScope) => (s.county ? sql`null::text as county,` : sql`${COUNTY_COL},`);
const countyGroupBy = (s: EvalScope) => (s.county ? sql`` : sql`group by grouping sets ((r.county_code), ())`);

/**
 * Distinct persons from the person roll-up, kept by day: everything up to the as-of date. A person whose only row in
 * the year this is (`single`) is counted by counting rows; only the others need the distinct count. The two halves
 * are read separately (each through its own partial index) and added up per county.
 */
export function compilePersonRollupBatch(rules: RecordRule[], s: EvalScope): SQL {
  const types = [...new Set(rules.flatMap((r) => r.types))];
  const cond = (rule: RecordRule, status: SQL) => {
    const conds = [
      status,
      sql`r.type_code in ${rule.types}`,
      ...rule.filters.map((f) => compileFilter(rule.types, f, 'dims')),
    ];
    if (rule.agg === 'distinct_persons' && rule.poorOnly) conds.push(sql`r.is_poor`);
    return sql.join(conds, sql` and `);
  };
  const statuses = [sql`r.status = 'confirmed'`, sql`r.status in ${PENDING}`];
  const scopeWhere = (single: boolean) =>
    sql.join(
      [
        ...scopeOf(s, types, 'r', sql`r.county_code`),
        sql`r.period <= ${s.asOf}::date`,
        single ? sql`r.single` : sql`not r.single`,
      ],
      sql` and `,
    );
  const outOf = (count: (c: SQL) => SQL) =>
    sql.join(
      rules.flatMap((r, i) =>
        statuses.map((st, k) => sql`${count(cond(r, st))} as ${sql.raw(`${k ? 'p' : 'c'}${i}`)}`),
      ),
      sql`, `,
    );
  // rows counted as rows: grouped first (few groups), the rules' conditions then applied to the groups
  // (without a unit in scope they are already counted per day in person_single_day)
  const singleRows = s.unit
    ? sql`select county_code, type_code, status, dims as attrs, is_poor, count(*) as k from person_rollup r where ${scopeWhere(true)} group by 1, 2, 3, 4, 5`
    : sql`select county_code, type_code, status, dims as attrs, is_poor, sum(n) as k from person_single_day r where ${sql.join([...scopeOf(s, types, 'r', sql`r.county_code`), sql`r.period <= ${s.asOf}::date`], sql` and `)} group by 1, 2, 3, 4, 5`;
  const singles = sql`select ${countyGrouping(s)} ${outOf((c) => sql`coalesce(sum(r.k) filter (where ${c}), 0)`)} from (${singleRows}) r ${countyGroupBy(s)}`;
  const multi = sql`select ${countyGrouping(s)} ${outOf((c) => sql`count(distinct r.person_id) filter (where ${c})`)} from (select county_code, type_code, status, dims as attrs, person_id, is_poor from person_rollup r where ${scopeWhere(false)}) r ${countyGroupBy(s)}`;
  const half = (single: boolean) => (single ? singles : multi);
  const sums = rules.flatMap((_, i) =>
    ['c', 'p'].map((k) => sql.raw(`(coalesce(a.${k}${i}, 0) + coalesce(b.${k}${i}, 0))::float8 as ${k}${i}`)),
  );
  return sql`select coalesce(a.county, b.county) as county, ${sql.join(sums, sql`, `)} from (${half(true)}) a full join (${half(false)}) b on coalesce(a.county, '#total') = coalesce(b.county, '#total')`;
}

/** Runs one compiled base rule: a row per county and the total (county null). */
export async function queryRule(db: DbOrTx, rule: BaseRule, s: EvalScope): Promise<RuleRow[]> {
  return (await db.execute<RuleRow>(compileRule(rule, s))).rows;
}

/** A batch compiler: several rules over the same source in one query, their values in columns c{j} and p{j}. */
export type BatchCompiler = (rules: RecordRule[], s: EvalScope) => SQL;

/** Runs a batch of rules compiled together. */
export async function queryBatch(
  db: DbOrTx,
  compile: BatchCompiler,
  rules: RecordRule[],
  s: EvalScope,
): Promise<Record<string, number | string | null>[]> {
  return (await db.execute<Record<string, number | string | null>>(compile(rules, s))).rows;
}
