import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tenants } from './org';
import { users } from './auth';

/** 实施方案: a year's plan; once published its indicator changes are versioned. */
export const plans = pgTable(
  'plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    year: integer('year').notNull(),
    status: text('status', { enum: ['draft', 'published'] })
      .notNull()
      .default('draft'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('plans_tenant_year_uq').on(t.tenantId, t.year)],
);

/** An indicator of a plan: declared rule and targets, never a typed-in value. */
export const indicators = pgTable(
  'indicators',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    year: integer('year').notNull(),
    code: text('code').notNull(),
    decl: jsonb('decl').$type<Record<string, unknown>>().notNull(),
    sort: integer('sort').notNull().default(0),
    isActive: boolean('is_active').notNull().default(true),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('indicators_plan_code_uq').on(t.planId, t.code),
    index('indicators_tenant_year_idx').on(t.tenantId, t.year),
  ],
);

/** Every published version of an indicator, kept so reported values are never silently re-based. */
export const indicatorVersions = pgTable(
  'indicator_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicators.id),
    version: integer('version').notNull(),
    decl: jsonb('decl').$type<Record<string, unknown>>().notNull(),
    changedBy: uuid('changed_by').references(() => users.id),
    reason: text('reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('indicator_versions_uq').on(t.indicatorId, t.version)],
);
