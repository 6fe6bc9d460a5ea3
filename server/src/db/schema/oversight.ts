import {
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  ASSESSMENT_ITEM_KINDS,
  APPEAL_STATUSES,
  SUPERVISION_ACTIONS,
  SUPERVISION_KINDS,
  SUPERVISION_STATUSES,
  type AssessmentItem,
  type WarningSettings,
} from '@xiezuo/domain';
import { tenants, units } from './org';
import { users } from './auth';
import { evidenceTable } from './files';

/** Warning thresholds, one row per tenant; absent means the defaults. */
export const warningSettings = pgTable('warning_settings', {
  tenantId: uuid('tenant_id')
    .primaryKey()
    .references(() => tenants.id),
  settings: jsonb('settings').$type<WarningSettings>().notNull(),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** 督办单 / 领导小组决定事项: a matter assigned to units with a due date, answered and closed by the office. */
export const supervisionOrders = pgTable(
  'supervision_orders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    year: integer('year').notNull(),
    serialNo: integer('serial_no').notNull(),
    kind: text('kind', { enum: SUPERVISION_KINDS }).notNull(),
    subject: text('subject').notNull(),
    warningId: text('warning_id'),
    indicatorCodes: jsonb('indicator_codes').$type<string[]>().notNull().default([]),
    recordIds: jsonb('record_ids').$type<string[]>().notNull().default([]),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    requiredResponse: text('required_response').notNull(),
    status: text('status', { enum: SUPERVISION_STATUSES }).notNull().default('open'),
    createdBy: uuid('created_by').references(() => users.id),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('supervision_orders_serial_uq').on(t.tenantId, t.year, t.serialNo),
    index('supervision_orders_tenant_status_idx').on(t.tenantId, t.status, t.dueDate),
  ],
);

export const supervisionOrderUnits = pgTable(
  'supervision_order_units',
  {
    orderId: uuid('order_id')
      .notNull()
      .references(() => supervisionOrders.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    sort: integer('sort').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.orderId, t.unitId] }), index('supervision_order_units_unit_idx').on(t.unitId)],
);

export const supervisionResponses = pgTable(
  'supervision_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    orderId: uuid('order_id')
      .notNull()
      .references(() => supervisionOrders.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    text: text('text').notNull(),
    userId: uuid('user_id').references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('supervision_responses_order_idx').on(t.orderId, t.at)],
);

/** Append-only history of an order's transitions. */
export const supervisionEvents = pgTable(
  'supervision_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    orderId: uuid('order_id')
      .notNull()
      .references(() => supervisionOrders.id, { onDelete: 'cascade' }),
    action: text('action', { enum: SUPERVISION_ACTIONS }).notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    userId: uuid('user_id').references(() => users.id),
    note: text('note'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('supervision_events_order_idx').on(t.orderId, t.at)],
);

export const supervisionFiles = evidenceTable(
  'supervision_files',
  { key: 'orderId', name: 'order', references: () => supervisionOrders.id },
  { unitId: uuid('unit_id').references(() => units.id) },
);

/** The assessment scheme of a year; once frozen, `snapshot` holds the scores as published. */
export const assessmentSchemes = pgTable(
  'assessment_schemes',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    year: integer('year').notNull(),
    items: jsonb('items').$type<AssessmentItem[]>().notNull(),
    version: integer('version').notNull().default(1),
    frozenAt: timestamp('frozen_at', { withTimezone: true }),
    frozenBy: uuid('frozen_by').references(() => users.id),
    snapshot: jsonb('snapshot').$type<Record<string, unknown>>(),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.year] })],
);

export const assessmentAdjustments = pgTable(
  'assessment_adjustments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    year: integer('year').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    itemCode: text('item_code').notNull(),
    kind: text('kind', { enum: ASSESSMENT_ITEM_KINDS }).notNull(),
    points: numeric('points', { precision: 6, scale: 2, mode: 'number' }).notNull(),
    reason: text('reason').notNull(),
    evidence: text('evidence').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('assessment_adjustments_year_idx').on(t.tenantId, t.year, t.unitId)],
);

/** Evidence of an adjustment (a commendation, a censure notice, minutes), stored once by content hash. */
export const assessmentAdjustmentFiles = evidenceTable('assessment_adjustment_files', {
  key: 'adjustmentId',
  name: 'adjustment',
  references: () => assessmentAdjustments.id,
});

export const assessmentAppeals = pgTable(
  'assessment_appeals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    year: integer('year').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    itemCode: text('item_code'),
    reason: text('reason').notNull(),
    status: text('status', { enum: APPEAL_STATUSES }).notNull().default('pending'),
    decisionNote: text('decision_note'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [index('assessment_appeals_year_idx').on(t.tenantId, t.year, t.status)],
);
