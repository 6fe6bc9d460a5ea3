import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { DELIVERY_STATUSES, OUTBOUND_CHANNELS, type MessageVars } from '@xiezuo/domain';
import { tenants } from './org';
import { users } from './auth';

/** Per-tenant settings; absent means the defaults. 工作日期: null means today. */
export const tenantSettings = pgTable('tenant_settings', {
  tenantId: uuid('tenant_id')
    .primaryKey()
    .references(() => tenants.id),
  workingDate: date('working_date', { mode: 'string' }),
  version: integer('version').notNull().default(1),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const RECIPIENT_KINDS = ['user', 'account'] as const;

/**
 * The outbox and the in-app message centre in one table: a row is written in the transaction of the event that
 * causes it, one per recipient, and is the recipient's in-app message; deliveries to SMS and WeCom hang off it.
 */
export const messages = pgTable(
  'messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    recipientKind: text('recipient_kind', { enum: RECIPIENT_KINDS }).notNull(),
    recipientId: uuid('recipient_id').notNull(),
    template: text('template').notNull(),
    vars: jsonb('vars').$type<MessageVars>().notNull(),
    link: text('link'),
    shortCode: text('short_code').notNull(),
    idempotencyKey: text('idempotency_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('messages_key_uq').on(t.recipientKind, t.recipientId, t.idempotencyKey),
    uniqueIndex('messages_short_code_uq').on(t.shortCode),
    index('messages_recipient_idx').on(t.recipientKind, t.recipientId, t.createdAt),
    index('messages_unread_idx')
      .on(t.recipientKind, t.recipientId)
      .where(sql`read_at is null`),
  ],
);

/** One message on one outbound channel: its state, attempts and the vendor's reference once sent. */
export const messageDeliveries = pgTable(
  'message_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    messageId: uuid('message_id')
      .notNull()
      .references(() => messages.id, { onDelete: 'cascade' }),
    channel: text('channel', { enum: OUTBOUND_CHANNELS }).notNull(),
    adapter: text('adapter'),
    status: text('status', { enum: DELIVERY_STATUSES }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    vendorRef: text('vendor_ref'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    sendingSince: timestamp('sending_since', { withTimezone: true }),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('message_deliveries_uq').on(t.messageId, t.channel),
    index('message_deliveries_status_idx').on(t.status, t.updatedAt),
  ],
);

/** Where a recipient (staff user or external account) wants messages besides the in-app centre. */
export const channelPrefs = pgTable(
  'channel_prefs',
  {
    recipientKind: text('recipient_kind', { enum: RECIPIENT_KINDS }).notNull(),
    recipientId: uuid('recipient_id').notNull(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    sms: boolean('sms').notNull().default(true),
    wecom: boolean('wecom').notNull().default(true),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('channel_prefs_pk').on(t.recipientKind, t.recipientId)],
);

/** Each run of a scheduled job: when, how it ended, and a short note (counts, never personal data). */
export const jobRuns = pgTable(
  'job_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    outcome: text('outcome', { enum: ['ok', 'failed'] }),
    detail: text('detail'),
  },
  (t) => [index('job_runs_name_idx').on(t.name, t.startedAt)],
);
