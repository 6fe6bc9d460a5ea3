import {
  bigint,
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  BENEFICIARY_KINDS,
  CLAIM_STATUSES,
  DONATION_FORMS,
  DONOR_KINDS,
  NEED_KINDS,
  NEED_STATUSES,
  TRANSFER_STATUSES,
} from '@xiezuo/domain';
import { regions, tenants, units } from './org';
import { users } from './auth';
import { externalAccounts } from './accounts';

const stamps = {
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};
const tenant = () =>
  uuid('tenant_id')
    .notNull()
    .references(() => tenants.id);

/**
 * A need (需求) raised by a county for a person, a village or a cooperative. The beneficiary's identity is held
 * encrypted (SM4) with the ID number's blind index for the yearly cap; only the initial and age band are plain.
 */
export const charityNeeds = pgTable(
  'charity_needs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenant(),
    countyCode: text('county_code')
      .notNull()
      .references(() => regions.code),
    regionCode: text('region_code').references(() => regions.code),
    kind: text('kind', { enum: NEED_KINDS }).notNull(),
    beneficiaryKind: text('beneficiary_kind', { enum: BENEFICIARY_KINDS }).notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    goods: text('goods'),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    evidenceNote: text('evidence_note'),
    status: text('status', { enum: NEED_STATUSES }).notNull().default('draft'),
    year: integer('year').notNull(),
    beneficiaryNameEnc: text('beneficiary_name_enc'),
    beneficiaryIdEnc: text('beneficiary_id_enc'),
    beneficiaryIdIndex: text('beneficiary_id_index'),
    beneficiaryPhoneEnc: text('beneficiary_phone_enc'),
    beneficiaryInitial: text('beneficiary_initial'),
    beneficiaryAgeBand: text('beneficiary_age_band'),
    createdBy: uuid('created_by').references(() => users.id),
    verifiedBy: uuid('verified_by').references(() => users.id),
    publishedOn: date('published_on', { mode: 'string' }),
    deliveredOn: date('delivered_on', { mode: 'string' }),
    deliveryNote: text('delivery_note'),
    deliveryReceiptNote: text('delivery_receipt_note'),
    ...stamps,
  },
  (t) => [
    index('charity_needs_list_idx').on(t.tenantId, t.status, t.countyCode, t.kind),
    index('charity_needs_beneficiary_idx').on(t.tenantId, t.beneficiaryIdIndex, t.year),
  ],
);

/** A donor: an enterprise (credit code) or a person; bound to an external account when they sign in by phone. */
export const charityDonors = pgTable(
  'charity_donors',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenant(),
    kind: text('kind', { enum: DONOR_KINDS }).notNull(),
    name: text('name').notNull(),
    creditCode: text('credit_code'),
    isHonoured: boolean('is_honoured').notNull().default(false),
    accountId: uuid('account_id').references(() => externalAccounts.id),
    ...stamps,
  },
  (t) => [uniqueIndex('charity_donors_account_uq').on(t.tenantId, t.accountId)],
);

/** The Red Cross's receipt of money or goods (捐赠票据), covering the claims it pays for. */
export const charityReceipts = pgTable(
  'charity_receipts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenant(),
    receiptNo: text('receipt_no').notNull(),
    donorId: uuid('donor_id')
      .notNull()
      .references(() => charityDonors.id),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    form: text('form', { enum: DONATION_FORMS }).notNull(),
    valuationNote: text('valuation_note'),
    bankRef: text('bank_ref').notNull(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    verifyCode: text('verify_code').notNull(),
    digest: text('digest').notNull(),
    digestInput: text('digest_input').notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id),
    ...stamps,
  },
  (t) => [
    uniqueIndex('charity_receipts_no_uq').on(t.tenantId, t.receiptNo),
    uniqueIndex('charity_receipts_verify_uq').on(t.verifyCode),
  ],
);

/** A batch passed on (划转) to one county; the county confirms it arrived. */
export const charityTransfers = pgTable(
  'charity_transfers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenant(),
    batchNo: text('batch_no').notNull(),
    countyCode: text('county_code')
      .notNull()
      .references(() => regions.code),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    transferredOn: date('transferred_on', { mode: 'string' }).notNull(),
    status: text('status', { enum: TRANSFER_STATUSES }).notNull().default('sent'),
    /** the Red Cross as a member unit: the east unit of the donation records this batch produces */
    custodianUnitId: uuid('custodian_unit_id')
      .notNull()
      .references(() => units.id),
    verifyCode: text('verify_code').notNull(),
    digest: text('digest').notNull(),
    digestInput: text('digest_input').notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id),
    confirmedBy: uuid('confirmed_by').references(() => users.id),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    ...stamps,
  },
  (t) => [
    uniqueIndex('charity_transfers_no_uq').on(t.tenantId, t.batchNo),
    uniqueIndex('charity_transfers_verify_uq').on(t.verifyCode),
  ],
);

/** A donor's claim on (part of) a need: reserved until the money arrives, then received, passed on, confirmed. */
export const charityClaims = pgTable(
  'charity_claims',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenant(),
    needId: uuid('need_id')
      .notNull()
      .references(() => charityNeeds.id),
    donorId: uuid('donor_id')
      .notNull()
      .references(() => charityDonors.id),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    status: text('status', { enum: CLAIM_STATUSES }).notNull().default('reserved'),
    reservedUntil: timestamp('reserved_until', { withTimezone: true }).notNull(),
    receiptId: uuid('receipt_id').references(() => charityReceipts.id),
    transferId: uuid('transfer_id').references(() => charityTransfers.id),
    ...stamps,
  },
  (t) => [
    index('charity_claims_need_idx').on(t.needId, t.status),
    index('charity_claims_donor_idx').on(t.tenantId, t.donorId),
    index('charity_claims_transfer_idx').on(t.transferId),
  ],
);

/** Append-only: every step of a need and of the custody chain, time-stamped (the audit log holds the same). */
export const charityEvents = pgTable(
  'charity_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    tenantId: tenant(),
    objectType: text('object_type', { enum: ['need', 'claim', 'receipt', 'transfer'] }).notNull(),
    objectId: uuid('object_id').notNull(),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    userId: uuid('user_id').references(() => users.id),
    accountId: uuid('account_id').references(() => externalAccounts.id),
    reason: text('reason'),
    details: jsonb('details'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('charity_events_object_idx').on(t.objectType, t.objectId)],
);

/** A tenant's charity settings (the yearly cap per beneficiary, reservation days); defaults in the domain. */
export const charitySettings = pgTable('charity_settings', {
  tenantId: uuid('tenant_id')
    .primaryKey()
    .references(() => tenants.id),
  beneficiaryYearCapFen: bigint('beneficiary_year_cap_fen', { mode: 'number' }).notNull(),
  reservationDays: integer('reservation_days').notNull(),
  ...stamps,
});
