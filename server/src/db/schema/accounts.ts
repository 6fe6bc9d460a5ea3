import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { SUBJECT_KINDS, type ExternalRole } from '@xiezuo/domain';
import { tenants } from './org';

/**
 * An account of someone outside government, found by phone. `subject` binds it to what it belongs to (a person,
 * an enterprise, a supplier…), a reference the modules point at; roles are external roles, never staff roles.
 */
export const externalAccounts = pgTable(
  'external_accounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    phoneIndex: text('phone_index').notNull(),
    phoneEnc: text('phone_enc').notNull(),
    phoneMasked: text('phone_masked').notNull(),
    displayName: text('display_name'),
    roles: text('roles')
      .array()
      .$type<ExternalRole[]>()
      .notNull()
      .default(sql`'{}'::text[]`),
    subjectKind: text('subject_kind', { enum: SUBJECT_KINDS }),
    subjectId: text('subject_id'),
    status: text('status', { enum: ['active', 'disabled'] })
      .notNull()
      .default('active'),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('external_accounts_phone_uq').on(t.tenantId, t.phoneIndex),
    index('external_accounts_subject_idx').on(t.tenantId, t.subjectKind, t.subjectId),
  ],
);

/** Sessions of external accounts: a kind of their own, never resolved to a staff actor. */
export const accountSessions = pgTable(
  'account_sessions',
  {
    id: text('id').primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    accountId: uuid('account_id')
      .notNull()
      .references(() => externalAccounts.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    ip: text('ip'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('account_sessions_account_idx').on(t.accountId)],
);

/** One-time sign-in codes: only the code's hash is kept; 5 tries, then the code is spent. */
export const otpCodes = pgTable(
  'otp_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    phoneIndex: text('phone_index').notNull(),
    codeHash: text('code_hash').notNull(),
    attempts: integer('attempts').notNull().default(0),
    ip: text('ip'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    consumedAt: timestamp('consumed_at', { withTimezone: true }),
  },
  (t) => [
    index('otp_codes_phone_idx').on(t.tenantId, t.phoneIndex, t.createdAt),
    index('otp_codes_ip_idx').on(t.ip, t.createdAt),
  ],
);
