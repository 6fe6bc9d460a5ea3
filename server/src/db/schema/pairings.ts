import {
  bigint,
  boolean,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { PAIRING_KINDS, PAIRING_STATUSES } from '@xiezuo/domain';
import { regions, tenants, units } from './org';
import { users } from './auth';
import { evidenceTable, files } from './files';

/** A dated relationship between an east party and a west party (each a unit or a region). */
export const pairings = pgTable(
  'pairings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    kind: text('kind', { enum: PAIRING_KINDS }).notNull(),
    eastUnitId: uuid('east_unit_id').references(() => units.id),
    eastRegionCode: text('east_region_code').references(() => regions.code),
    westUnitId: uuid('west_unit_id').references(() => units.id),
    westRegionCode: text('west_region_code').references(() => regions.code),
    /** The assisted county the west party lies in; scopes county officers. */
    countyCode: text('county_code')
      .notNull()
      .references(() => regions.code),
    /** "u:<unit id>|r:<region code>" of both parties; with kind, unique per tenant. */
    partyKey: text('party_key').notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }),
    status: text('status', { enum: PAIRING_STATUSES }).notNull().default('active'),
    note: text('note'),
    isIllustrative: boolean('is_illustrative').notNull().default(false),
    westConfirmedAt: timestamp('west_confirmed_at', { withTimezone: true }),
    westConfirmedBy: uuid('west_confirmed_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('pairings_party_uq').on(t.tenantId, t.kind, t.partyKey),
    index('pairings_tenant_county_idx').on(t.tenantId, t.countyCode),
    index('pairings_east_unit_idx').on(t.eastUnitId),
  ],
);

/** 帮扶协议: signed under a pairing, covering one or more years. */
export const agreements = pgTable(
  'agreements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    pairingId: uuid('pairing_id')
      .notNull()
      .references(() => pairings.id),
    title: text('title').notNull(),
    eastUnitId: uuid('east_unit_id').references(() => units.id),
    eastPartyName: text('east_party_name').notNull(),
    westPartyName: text('west_party_name').notNull(),
    signedOn: date('signed_on', { mode: 'string' }).notNull(),
    yearFrom: integer('year_from').notNull(),
    yearTo: integer('year_to').notNull(),
    commitments: text('commitments').notNull().default(''),
    isIllustrative: boolean('is_illustrative').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('agreements_tenant_year_idx').on(t.tenantId, t.yearFrom, t.yearTo),
    index('agreements_pairing_idx').on(t.pairingId),
  ],
);

/** Optional target rows of an agreement, later linked to the indicator catalog. */
export const agreementTargets = pgTable('agreement_targets', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: uuid('tenant_id')
    .notNull()
    .references(() => tenants.id),
  agreementId: uuid('agreement_id')
    .notNull()
    .references(() => agreements.id, { onDelete: 'cascade' }),
  year: integer('year').notNull(),
  description: text('description').notNull(),
  indicatorCode: text('indicator_code'),
  quantity: bigint('quantity', { mode: 'number' }),
  unit: text('unit'),
  sort: integer('sort').notNull().default(0),
});

/** Signed agreement files. */
export const agreementFiles = evidenceTable('agreement_files', {
  key: 'agreementId',
  name: 'agreement',
  references: () => agreements.id,
});

/** One upload of a spreadsheet; the file hash makes a re-import of the same file a no-op. */
export const imports = pgTable(
  'imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    kind: text('kind').notNull(),
    fileHash: text('file_hash').notNull(),
    filename: text('filename').notNull(),
    status: text('status', { enum: ['running', 'done', 'failed', 'interrupted'] }).notNull(),
    total: integer('total').notNull().default(0),
    accepted: integer('accepted').notNull().default(0),
    rejected: integer('rejected').notNull().default(0),
    rejectsFileHash: text('rejects_file_hash').references(() => files.hash),
    error: text('error'),
    /** For ledger imports: the record type every row of the file is read as. */
    recordType: text('record_type'),
    /** For ledger imports: rows repeating an earlier row of the file go in too (else they are rejected as duplicates). */
    acceptDuplicates: boolean('accept_duplicates').notNull().default(false),
    /** Data rows read so far by a background import (the final count is `total`). */
    processed: integer('processed').notNull().default(0),
    /** Refreshed with every batch; a running import whose heartbeat is stale died with its process and may resume. */
    heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('imports_batch_uq').on(t.tenantId, t.kind, t.fileHash)],
);
