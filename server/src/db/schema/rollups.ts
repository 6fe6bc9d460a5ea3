import { bigint, boolean, date, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Monthly roll-up of the counted records (submitted, in review, confirmed), kept by triggers on `records` in the
 * same transaction as every change (see db/rollups.ts). `dims` holds the record's values of the fields a rule may
 * filter on (enumerations, yes/no fields, declared measure dimensions); measures are summed, `n` counts records.
 * County and unit are never null here: '' and the nil uuid stand for "none".
 */
export const recordRollup = pgTable(
  'record_rollup',
  {
    tenantId: uuid('tenant_id').notNull(),
    year: integer('year').notNull(),
    countyCode: text('county_code').notNull(),
    typeCode: text('type_code').notNull(),
    status: text('status').notNull(),
    month: date('month', { mode: 'string' }).notNull(),
    eastUnitId: uuid('east_unit_id').notNull(),
    dims: jsonb('dims').notNull(),
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
  },
  (t) => [primaryKey({ name: 'record_rollup_pk', columns: [t.tenantId, t.year, t.countyCode, t.typeCode, t.status, t.month, t.eastUnitId, t.dims] })],
);

/** Monthly roll-up of the people on counted records: one row per person and record group, `n` records. */
export const personRollup = pgTable(
  'person_rollup',
  {
    tenantId: uuid('tenant_id').notNull(),
    year: integer('year').notNull(),
    countyCode: text('county_code').notNull(),
    typeCode: text('type_code').notNull(),
    status: text('status').notNull(),
    month: date('month', { mode: 'string' }).notNull(),
    eastUnitId: uuid('east_unit_id').notNull(),
    dims: jsonb('dims').notNull(),
    personId: uuid('person_id').notNull(),
    isPoor: boolean('is_poor').notNull(),
    n: integer('n').notNull(),
  },
  (t) => [primaryKey({ name: 'person_rollup_pk', columns: [t.tenantId, t.year, t.countyCode, t.typeCode, t.status, t.month, t.eastUnitId, t.dims, t.personId, t.isPoor] })],
);

/** Which definition (dimension function and triggers, generated from the record-type declarations) the roll-ups were built with. */
export const rollupMeta = pgTable('rollup_meta', {
  name: text('name').primaryKey(),
  definitionHash: text('definition_hash').notNull(),
  builtAt: timestamp('built_at', { withTimezone: true }).notNull().defaultNow(),
});

