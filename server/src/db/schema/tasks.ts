import {
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
import { sql } from 'drizzle-orm';
import { DOCUMENT_KINDS, DOCUMENT_STATUSES, PLAN_ACTIONS, TASK_CADENCES } from '@xiezuo/domain';
import { tenants, units } from './org';
import { users } from './auth';
import { evidenceTable, files } from './files';

/**
 * 文件: the documents of a year (implementation plan, task division, …) and the working groups' and member units'
 * plans, which go through the office's review. Its clauses are `tasks`.
 */
export const documents = pgTable(
  'documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    year: integer('year').notNull(),
    kind: text('kind', { enum: DOCUMENT_KINDS }).notNull(),
    title: text('title').notNull(),
    docNo: text('doc_no'),
    issuedOn: date('issued_on', { mode: 'string' }),
    adoptedBy: text('adopted_by'),
    /** A working group's plan: the group's code (stable across years, as in org_groups). */
    groupCode: text('group_code'),
    /** A member unit's plan: the unit. */
    unitId: uuid('unit_id').references(() => units.id),
    plansDueOn: date('plans_due_on', { mode: 'string' }),
    status: text('status', { enum: DOCUMENT_STATUSES }).notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    /** The working date of the first submission: judges "submitted on time" (a resubmission after a return keeps it). */
    submittedOn: date('submitted_on', { mode: 'string' }),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewedBy: uuid('reviewed_by').references(() => users.id),
    reviewNote: text('review_note'),
    fileHash: text('file_hash').references(() => files.hash),
    filename: text('filename'),
    fileAt: timestamp('file_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('documents_tenant_year_idx').on(t.tenantId, t.year, t.kind),
    // one plan per unit and one per working group in a year
    uniqueIndex('documents_unit_plan_uq')
      .on(t.tenantId, t.year, t.unitId)
      .where(sql`kind = 'unit_plan'`),
    uniqueIndex('documents_group_plan_uq')
      .on(t.tenantId, t.year, t.groupCode)
      .where(sql`kind = 'group_plan'`),
  ],
);

/** Append-only history of a plan's review. */
export const documentEvents = pgTable(
  'document_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id),
    action: text('action', { enum: ['create', ...PLAN_ACTIONS] }).notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    userId: uuid('user_id').references(() => users.id),
    note: text('note'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('document_events_document_idx').on(t.documentId, t.at)],
);

/** 任务: a clause of a document with its lead unit, deadline or cadence, deliverable and links. */
export const tasks = pgTable(
  'tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id),
    year: integer('year').notNull(),
    clauseNo: text('clause_no').notNull(),
    sort: integer('sort').notNull().default(0),
    text: text('text').notNull(),
    leadUnitId: uuid('lead_unit_id')
      .notNull()
      .references(() => units.id),
    groupCode: text('group_code'),
    cadence: text('cadence', { enum: TASK_CADENCES }).notNull().default('once'),
    deadline: date('deadline', { mode: 'string' }),
    deliverable: text('deliverable'),
    indicatorCodes: jsonb('indicator_codes').$type<string[]>().notNull().default([]),
    recordTypes: jsonb('record_types').$type<string[]>().notNull().default([]),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('tasks_document_clause_uq').on(t.documentId, t.clauseNo),
    index('tasks_tenant_year_idx').on(t.tenantId, t.year),
    index('tasks_lead_idx').on(t.leadUnitId),
  ],
);

/** The co-units (配合单位) of a task. */
export const taskUnits = pgTable(
  'task_units',
  {
    taskId: uuid('task_id')
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    sort: integer('sort').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.taskId, t.unitId] }), index('task_units_unit_idx').on(t.unitId)],
);

/** A monthly progress report on a task by its lead unit or a co-unit; never changed, the latest counts. */
export const taskReports = pgTable(
  'task_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    taskId: uuid('task_id')
      .notNull()
      .references(() => tasks.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    period: text('period').notNull(),
    percent: integer('percent').notNull(),
    text: text('text').notNull(),
    /** The working date it was made on (a report after its month’s due day came in late). */
    reportedOn: date('reported_on', { mode: 'string' }).notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('task_reports_task_idx').on(t.taskId, t.period), index('task_reports_unit_idx').on(t.unitId, t.period)],
);

/** Evidence files of a report, stored by content hash. */
export const taskReportFiles = evidenceTable('task_report_files', {
  key: 'reportId',
  name: 'report',
  references: () => taskReports.id,
});
