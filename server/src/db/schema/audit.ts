import { bigserial, boolean, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Append-only and hash-chained. UPDATE, DELETE and TRUNCATE are refused by triggers (see migrations) and the
 * application role holds no privilege for them (db/roles.ts). `keyed` rows are chained with HMAC-SM3 under a key
 * kept outside the database; rows written before that existed are chained with plain SM3.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
    tenantId: uuid('tenant_id'),
    userId: uuid('user_id'),
    username: text('username'),
    ip: text('ip'),
    action: text('action').notNull(),
    objectType: text('object_type'),
    objectId: text('object_id'),
    outcome: text('outcome', { enum: ['success', 'failure', 'denied'] }).notNull(),
    requestId: text('request_id'),
    details: jsonb('details').$type<Record<string, unknown>>(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
    keyed: boolean('keyed').notNull().default(false),
  },
  (t) => [index('audit_tenant_at_idx').on(t.tenantId, t.at), index('audit_action_idx').on(t.action)],
);
