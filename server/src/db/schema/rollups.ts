import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
  type PgColumnBuilderBase,
} from 'drizzle-orm/pg-core';

/**
 * Roll-ups of the counted records (submitted, in review, confirmed), kept by triggers on `records` and
 * `record_people` in the same transaction as every change (see db/rollups.ts). `dims` holds the record's values of
 * the fields a rule may filter on (enumerations, yes/no fields, declared measure dimensions); measures are summed,
 * `n` counts records. `period` is the first day of the month, or the day, by the table's grain. County and unit are
 * never null here: '' and the nil uuid stand for "none".
 */
const measureColumns = () => ({
  n: bigint('n', { mode: 'number' }).notNull(),
  persons: bigint('persons', { mode: 'number' }).notNull(),
  poorPersons: bigint('poor_persons', { mode: 'number' }).notNull(),
  personTimes: bigint('person_times', { mode: 'number' }).notNull(),
  sessions: bigint('sessions', { mode: 'number' }).notNull(),
  amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
  months: bigint('months', { mode: 'number' }).notNull(),
  areaMu: numeric('area_mu', { precision: 16, scale: 2, mode: 'number' }).notNull(),
  households: bigint('households', { mode: 'number' }).notNull(),
  poorHouseholds: bigint('poor_households', { mode: 'number' }).notNull(),
  posts: bigint('posts', { mode: 'number' }).notNull(),
  quantity: bigint('quantity', { mode: 'number' }).notNull(),
  enterprises: bigint('enterprises', { mode: 'number' }).notNull(),
});
const keyColumns = () => ({
  tenantId: uuid('tenant_id').notNull(),
  year: integer('year').notNull(),
  countyCode: text('county_code').notNull(),
  typeCode: text('type_code').notNull(),
  status: text('status').notNull(),
  period: date('period', { mode: 'string' }).notNull(),
  dims: jsonb('dims').notNull(),
});
type Keyed = ReturnType<typeof keyColumns> & Record<string, PgColumnBuilderBase>;
const pk = <T extends { [K in keyof ReturnType<typeof keyColumns>]: unknown }>(t: T, extra: unknown[] = []) => [
  t.tenantId,
  t.year,
  t.countyCode,
  t.typeCode,
  t.status,
  t.period,
  ...extra,
  t.dims,
];

/** By month and east unit: for views of one unit (the ledger's current month is read from `records`). */
export const recordRollup = pgTable(
  'record_rollup',
  { ...keyColumns(), eastUnitId: uuid('east_unit_id').notNull(), ...measureColumns() } satisfies Keyed,
  (t) => [primaryKey({ name: 'record_rollup_pk', columns: pk(t, [t.eastUnitId]) as never })],
);

/** By month, all units together: the district's and a county's whole months. */
export const countyRollup = pgTable('county_rollup', { ...keyColumns(), ...measureColumns() } satisfies Keyed, (t) => [
  primaryKey({ name: 'county_rollup_pk', columns: pk(t) as never }),
]);

/** By day, all units together: the days of the as-of date's month. */
export const countyDayRollup = pgTable(
  'county_day_rollup',
  { ...keyColumns(), ...measureColumns() } satisfies Keyed,
  (t) => [primaryKey({ name: 'county_day_rollup_pk', columns: pk(t) as never })],
);

/**
 * The people on counted records by day and east unit: one row per person and record group, `n` records. `single`
 * marks the only row a person has in the tenant's year: such a person is counted by counting rows, and only the
 * others need a distinct count.
 */
export const personRollup = pgTable(
  'person_rollup',
  {
    ...keyColumns(),
    eastUnitId: uuid('east_unit_id').notNull(),
    personId: uuid('person_id').notNull(),
    isPoor: boolean('is_poor').notNull(),
    n: integer('n').notNull(),
    single: boolean('single').notNull().default(false),
  } satisfies Keyed,
  (t) => [
    primaryKey({ name: 'person_rollup_pk', columns: pk(t, [t.eastUnitId, t.personId, t.isPoor]) as never }),
    index('person_rollup_person_idx').on(t.personId),
    // the two halves of a person count: rows counted as rows, and rows that need the distinct count
    index('person_rollup_single_idx')
      .on(t.tenantId, t.year, t.countyCode, t.typeCode, t.period)
      .where(sql`single`),
    // (holding every column the distinct count reads, so it is answered from the index alone)
    index('person_rollup_multi_idx')
      .on(t.tenantId, t.year, t.countyCode, t.typeCode, t.period, t.status, t.isPoor, t.personId, t.eastUnitId, t.dims)
      .where(sql`not single`),
  ],
);

/**
 * The `single` rows of person_rollup counted by day, all units together (kept by triggers on person_rollup): the
 * people a county's or the district's person count takes without a distinct count.
 */
export const personSingleDay = pgTable(
  'person_single_day',
  {
    ...keyColumns(),
    isPoor: boolean('is_poor').notNull(),
    n: bigint('n', { mode: 'number' }).notNull(),
  } satisfies Keyed,
  (t) => [primaryKey({ name: 'person_single_day_pk', columns: pk(t, [t.isPoor]) as never })],
);

/** Which definition (dimension function and triggers, generated from the record-type declarations) the roll-ups were built with. */
export const rollupMeta = pgTable('rollup_meta', {
  name: text('name').primaryKey(),
  definitionHash: text('definition_hash').notNull(),
  builtAt: timestamp('built_at', { withTimezone: true }).notNull().defaultNow(),
});
