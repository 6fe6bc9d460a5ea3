import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tenants } from './org';
import { users } from './auth';
import { files } from './files';

/** A tenant's report templates (headings and sentences as data); absent means the built-in default. */
export const reportTemplates = pgTable(
  'report_templates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    kind: text('kind').notNull(),
    body: jsonb('body').$type<Record<string, unknown>>().notNull(),
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('report_templates_kind_uq').on(t.tenantId, t.kind)],
);

/** Every generated report: who asked, for what, when, and the stored file (by content hash). */
export const reports = pgTable(
  'reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    kind: text('kind', { enum: ['summary', 'plan_vs_actual'] }).notNull(),
    year: integer('year').notNull(),
    scope: text('scope').notNull(),
    format: text('format', { enum: ['docx', 'pdf', 'html', 'xlsx'] }).notNull(),
    asOf: text('as_of'),
    status: text('status', { enum: ['queued', 'running', 'done', 'failed'] }).notNull(),
    progress: integer('progress').notNull().default(0),
    fileHash: text('file_hash').references(() => files.hash),
    filename: text('filename'),
    size: integer('size'),
    error: text('error'),
    requestedBy: uuid('requested_by').references(() => users.id),
    heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('reports_tenant_created_idx').on(t.tenantId, t.createdAt)],
);
