import { date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { regions, tenants, units } from './org';
import { pairings } from './pairings';

/**
 * 台账记录: every counted fact. This is its core; the ledger issue adds typed measures, people, evidence and workflow.
 * Pairings read it to find dormant pairings.
 */
export const records = pgTable(
  'records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    typeCode: text('type_code').notNull(),
    year: integer('year').notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    eastUnitId: uuid('east_unit_id').references(() => units.id),
    countyCode: text('county_code').references(() => regions.code),
    pairingId: uuid('pairing_id').references(() => pairings.id),
    status: text('status').notNull().default('draft'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('records_pairing_idx').on(t.pairingId, t.occurredOn), index('records_tenant_year_idx').on(t.tenantId, t.year)],
);
