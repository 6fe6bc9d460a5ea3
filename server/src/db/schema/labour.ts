import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { APPLICATION_STATUSES, DESTINATIONS, POST_STATUSES, PUSH_CHANNELS, type MatchWeights } from '@xiezuo/domain';
import { tenants } from './org';
import { users } from './auth';
import { persons } from './persons';
import { externalAccounts } from './accounts';

const tenant = () =>
  uuid('tenant_id')
    .notNull()
    .references(() => tenants.id);
const stamps = () => ({
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Employers (用工企业) in Tianjin, the counties and elsewhere; the contact phone only encrypted. */
export const labourEmployers = pgTable(
  'labour_employers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenant(),
    name: text('name').notNull(),
    creditCode: text('credit_code').notNull(),
    regionCode: text('region_code').notNull(),
    contactName: text('contact_name'),
    contactPhoneEnc: text('contact_phone_enc'),
    contactPhoneMasked: text('contact_phone_masked'),
    createdBy: uuid('created_by').references(() => users.id),
    ...stamps(),
  },
  (t) => [uniqueIndex('labour_employers_code_uq').on(t.tenantId, t.creditCode)],
);

export const labourPosts = pgTable(
  'labour_posts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenant(),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => labourEmployers.id),
    title: text('title').notNull(),
    regionCode: text('region_code').notNull(),
    destination: text('destination', { enum: DESTINATIONS }).notNull(),
    openings: integer('openings').notNull(),
    wageMinFen: bigint('wage_min_fen', { mode: 'number' }).notNull(),
    wageMaxFen: bigint('wage_max_fen', { mode: 'number' }).notNull(),
    skills: text('skills')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    housing: boolean('housing').notNull().default(false),
    meals: boolean('meals').notNull().default(false),
    contractMonths: integer('contract_months'),
    startOn: date('start_on', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }).notNull(),
    ageMax: integer('age_max'),
    status: text('status', { enum: POST_STATUSES }).notNull().default('open'),
    createdBy: uuid('created_by').references(() => users.id),
    createdByAccount: uuid('created_by_account').references(() => externalAccounts.id),
    ...stamps(),
  },
  (t) => [
    index('labour_posts_status_idx').on(t.tenantId, t.status),
    index('labour_posts_employer_idx').on(t.employerId),
  ],
);

/** The labour pool (劳动力库): a person of the ledger, kept by the county; never a retyped ID number. */
export const labourWorkers = pgTable(
  'labour_workers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenant(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    countyCode: text('county_code').notNull(),
    skills: text('skills')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    education: text('education'),
    workHistory: text('work_history'),
    wish: text('wish', { enum: DESTINATIONS }).notNull(),
    wishedWageFen: bigint('wished_wage_fen', { mode: 'number' }),
    availableFrom: date('available_from', { mode: 'string' }),
    hasConsent: boolean('has_consent').notNull().default(true),
    status: text('status', { enum: ['available', 'employed'] })
      .notNull()
      .default('available'),
    accountId: uuid('account_id').references(() => externalAccounts.id),
    ...stamps(),
  },
  (t) => [
    uniqueIndex('labour_workers_person_uq').on(t.tenantId, t.personId),
    index('labour_workers_county_idx').on(t.tenantId, t.countyCode, t.status),
  ],
);

/** The labour group's matching weights and push cap, per tenant. */
export const labourSettings = pgTable('labour_settings', {
  tenantId: uuid('tenant_id')
    .primaryKey()
    .references(() => tenants.id),
  weights: jsonb('weights').$type<MatchWeights>().notNull(),
  weeklyCap: integer('weekly_cap').notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const labourPushes = pgTable('labour_pushes', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: tenant(),
  postId: uuid('post_id')
    .notNull()
    .references(() => labourPosts.id),
  channel: text('channel', { enum: PUSH_CHANNELS }).notNull(),
  queued: integer('queued').notNull(),
  skippedOptedOut: integer('skipped_opted_out').notNull(),
  skippedCapped: integer('skipped_capped').notNull(),
  skippedUnreachable: integer('skipped_unreachable').notNull(),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One worker of a push: queued, or skipped with why; opening the link marks it opened. */
export const labourPushRecipients = pgTable(
  'labour_push_recipients',
  {
    pushId: uuid('push_id')
      .notNull()
      .references(() => labourPushes.id),
    workerId: uuid('worker_id')
      .notNull()
      .references(() => labourWorkers.id),
    tenantId: tenant(),
    postId: uuid('post_id').notNull(),
    outcome: text('outcome', { enum: ['queued', 'opted_out', 'capped', 'unreachable'] }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    openedAt: timestamp('opened_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.pushId, t.workerId] }),
    index('labour_push_recipients_worker_idx').on(t.workerId, t.createdAt),
    index('labour_push_recipients_post_idx').on(t.postId, t.workerId),
  ],
);

export const labourApplications = pgTable(
  'labour_applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenant(),
    postId: uuid('post_id')
      .notNull()
      .references(() => labourPosts.id),
    workerId: uuid('worker_id')
      .notNull()
      .references(() => labourWorkers.id),
    pushId: uuid('push_id').references(() => labourPushes.id),
    status: text('status', { enum: APPLICATION_STATUSES }).notNull().default('applied'),
    startOn: date('start_on', { mode: 'string' }),
    ...stamps(),
  },
  (t) => [
    uniqueIndex('labour_applications_post_worker_uq').on(t.postId, t.workerId),
    index('labour_applications_worker_idx').on(t.workerId),
    index('labour_applications_status_idx').on(t.tenantId, t.status),
  ],
);

/** Append-only: each step of an application, by whom. */
export const labourApplicationEvents = pgTable('labour_application_events', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: tenant(),
  applicationId: uuid('application_id')
    .notNull()
    .references(() => labourApplications.id),
  fromStatus: text('from_status'),
  toStatus: text('to_status').notNull(),
  userId: uuid('user_id').references(() => users.id),
  accountId: uuid('account_id').references(() => externalAccounts.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** 稳岗回访 at 1, 3 and 6 months after the start: sent by the scheduled job; answered or silent. */
export const labourFollowups = pgTable(
  'labour_followups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenant(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => labourApplications.id),
    month: integer('month').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    answer: text('answer', { enum: ['employed', 'left', 'silent'] }),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('labour_followups_app_month_uq').on(t.applicationId, t.month),
    index('labour_followups_due_idx')
      .on(t.tenantId, t.dueOn)
      .where(sql`${t.sentAt} is null`),
  ],
);
