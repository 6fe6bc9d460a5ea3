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
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { regions, tenants, units } from './org';
import { users } from './auth';
import { evidenceTable } from './files';
import { imports, pairings } from './pairings';

/**
 * 台账记录: every counted fact. Measures are typed columns so indicators sum them in SQL; the other declared
 * fields of the record type live in `attrs`.
 */
export const records = pgTable(
  'records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    typeCode: text('type_code').notNull(),
    year: integer('year').notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    eastUnitId: uuid('east_unit_id').references(() => units.id),
    countyCode: text('county_code').references(() => regions.code),
    regionCode: text('region_code').references(() => regions.code),
    pairingId: uuid('pairing_id').references(() => pairings.id),
    status: text('status').notNull().default('draft'),
    reporterSide: text('reporter_side', { enum: ['east', 'west'] })
      .notNull()
      .default('east'),
    attrs: jsonb('attrs').$type<Record<string, unknown>>().notNull().default({}),
    persons: integer('persons'),
    poorPersons: integer('poor_persons'),
    personTimes: integer('person_times'),
    sessions: integer('sessions'),
    amountFen: bigint('amount_fen', { mode: 'number' }),
    months: integer('months'),
    areaMu: numeric('area_mu', { precision: 14, scale: 2, mode: 'number' }),
    households: integer('households'),
    poorHouseholds: integer('poor_households'),
    posts: integer('posts'),
    quantity: integer('quantity'),
    enterprises: integer('enterprises'),
    peopleCount: integer('people_count').notNull().default(0),
    note: text('note'),
    disputeReason: text('dispute_reason'),
    createdBy: uuid('created_by').references(() => users.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    confirmedBy: uuid('confirmed_by').references(() => users.id),
    importId: uuid('import_id').references(() => imports.id),
    importRow: integer('import_row'),
    /**
     * The module row this record was produced from (e.g. a confirmed fund payment line), when a module produced it:
     * such a record changes only through its module (ledger/records.produce.ts), never by hand.
     */
    sourceType: text('source_type'),
    sourceId: uuid('source_id'),
    isDemo: boolean('is_demo').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('records_pairing_idx').on(t.pairingId, t.occurredOn),
    // (tenant, year) and (tenant, unit, year) are the leading columns of the next two: separate indexes on them only
    // cost every insert (an import's records went in a tenth slower) and served no query the longer ones do not
    index('records_indicator_idx').on(t.tenantId, t.year, t.typeCode, t.status, t.countyCode),
    // a unit's view reads the as-of date's month, not yet in the monthly unit roll-up, from the ledger by date
    index('records_unit_date_idx').on(t.tenantId, t.eastUnitId, t.year, t.occurredOn),
    uniqueIndex('records_import_row_uq').on(t.importId, t.importRow),
    // one module row produces at most one record, ever: producing again updates or revives that record
    uniqueIndex('records_source_uq').on(t.tenantId, t.sourceType, t.sourceId),
  ],
);

/** A person, keyed by the blind index of their ID number; the number itself only encrypted (SM4 + HMAC-SM3). */
export const persons = pgTable(
  'persons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    idIndex: text('id_index').notNull(),
    idEnc: text('id_enc').notNull(),
    idMasked: text('id_masked').notNull(),
    name: text('name').notNull(),
    gender: text('gender', { enum: ['male', 'female'] }),
    birthDate: date('birth_date', { mode: 'string' }),
    countyCode: text('county_code'),
    isPoor: boolean('is_poor').notNull().default(false),
    phoneIndex: text('phone_index'),
    phoneEnc: text('phone_enc'),
    phoneMasked: text('phone_masked'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('persons_id_index_uq').on(t.tenantId, t.idIndex),
    index('persons_phone_idx').on(t.tenantId, t.phoneIndex),
  ],
);

export const recordPeople = pgTable(
  'record_people',
  {
    recordId: uuid('record_id')
      .notNull()
      .references(() => records.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    isPoor: boolean('is_poor').notNull().default(false),
    sort: integer('sort').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.recordId, t.personId] }), index('record_people_person_idx').on(t.personId)],
);

/** Append-only workflow history of a record. */
export const recordEvents = pgTable(
  'record_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    recordId: uuid('record_id')
      .notNull()
      .references(() => records.id, { onDelete: 'cascade' }),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    userId: uuid('user_id').references(() => users.id),
    reason: text('reason'),
    changes: jsonb('changes').$type<Record<string, unknown>>(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('record_events_record_idx').on(t.recordId, t.at)],
);

export const recordFiles = evidenceTable('record_files', {
  key: 'recordId',
  name: 'record',
  references: () => records.id,
});

/** Reporting periods; a closed period freezes its records. */
export const periods = pgTable(
  'periods',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    key: text('key').notNull(),
    kind: text('kind', { enum: ['month', 'quarter', 'year'] }).notNull(),
    status: text('status', { enum: ['open', 'closed'] })
      .notNull()
      .default('open'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: uuid('closed_by').references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.key] })],
);

/** A request to change a locked record: the reason and the change, decided by the district office. */
export const unlockRequests = pgTable(
  'unlock_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    recordId: uuid('record_id')
      .notNull()
      .references(() => records.id),
    status: text('status', { enum: ['pending', 'approved', 'rejected'] })
      .notNull()
      .default('pending'),
    reason: text('reason').notNull(),
    changes: jsonb('changes').$type<Record<string, unknown>>().notNull(),
    before: jsonb('before').$type<Record<string, unknown>>(),
    after: jsonb('after').$type<Record<string, unknown>>(),
    requestedBy: uuid('requested_by')
      .notNull()
      .references(() => users.id),
    decidedBy: uuid('decided_by').references(() => users.id),
    decisionNote: text('decision_note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [index('unlock_requests_tenant_status_idx').on(t.tenantId, t.status)],
);

/** Replays of a POST with the same Idempotency-Key get the first response. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    route: text('route').notNull(),
    requestHash: text('request_hash').notNull(),
    status: integer('status'),
    body: jsonb('body'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] })],
);
