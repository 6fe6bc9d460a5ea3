import { date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { TELEMED_KINDS, TELEMED_STATUSES, TELEMED_URGENCIES } from '@xiezuo/domain';
import { regions, tenants, units } from './org';
import { users } from './auth';
import { evidenceTable } from './files';
import { pairings } from './pairings';

/** A remote consultation or pathology request of a county hospital to its paired Tianjin hospital. */
export const telemedRequests = pgTable(
  'telemed_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    /** 远程会诊-2019-0001: per tenant and year, for people to quote. */
    number: text('number').notNull(),
    kind: text('kind', { enum: TELEMED_KINDS }).notNull(),
    status: text('status', { enum: TELEMED_STATUSES }).notNull().default('requested'),
    urgency: text('urgency', { enum: TELEMED_URGENCIES }).notNull(),
    pairingId: uuid('pairing_id')
      .notNull()
      .references(() => pairings.id),
    countyCode: text('county_code')
      .notNull()
      .references(() => regions.code),
    westUnitId: uuid('west_unit_id')
      .notNull()
      .references(() => units.id),
    eastUnitId: uuid('east_unit_id')
      .notNull()
      .references(() => units.id),
    department: text('department').notNull(),
    /** De-identified case summary (checked for ID and phone numbers on the way in). */
    summary: text('summary').notNull(),
    requestedBy: uuid('requested_by').references(() => users.id),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
    expertUserId: uuid('expert_user_id').references(() => users.id),
    assignedAt: timestamp('assigned_at', { withTimezone: true }),
    sessionOn: date('session_on', { mode: 'string' }),
    sessionTime: text('session_time'),
    sessionLink: text('session_link'),
    opinion: text('opinion'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    feedback: text('feedback'),
    rating: integer('rating'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    cancelReason: text('cancel_reason'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('telemed_requests_county_idx').on(t.tenantId, t.countyCode, t.status),
    index('telemed_requests_pairing_idx').on(t.pairingId),
  ],
);

/** Attachments of a request: images, PDF reports, DICOM files. */
export const telemedFiles = evidenceTable('telemed_files', {
  key: 'requestId',
  name: 'request',
  references: () => telemedRequests.id,
});
