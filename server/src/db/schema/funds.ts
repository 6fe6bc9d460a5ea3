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
import {
  FINDING_STATUSES,
  PAYMENT_STATUSES,
  PROJECT_STAGES,
  type FundSettings,
  type ProjectOutput,
} from '@xiezuo/domain';
import { regions, tenants, units } from './org';
import { users } from './auth';
import { evidenceTable } from './files';
import { imports } from './pairings';
import { persons } from './persons';

const money = (name: string) => bigint(name, { mode: 'number' });
const created = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const tenant = () =>
  uuid('tenant_id')
    .notNull()
    .references(() => tenants.id);

/**
 * 项目库: a project proposed by a county and approved by the funds working group. paid/received/spent are kept in
 * step with the payment lines, matched receipts and expenditures by the service (recomputed from them, never added
 * to), so the library lists and totals without joining the money tables.
 */
export const fundProjects = pgTable(
  'fund_projects',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenant(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    year: integer('year').notNull(),
    countyCode: text('county_code')
      .notNull()
      .references(() => regions.code),
    regionCode: text('region_code').references(() => regions.code),
    category: text('category').notNull(),
    level: text('level').notNull(),
    fundSource: text('fund_source').notNull(),
    stage: text('stage', { enum: PROJECT_STAGES }).notNull().default('proposed'),
    plannedFen: money('planned_fen').notNull(),
    approvedFen: money('approved_fen'),
    paidFen: money('paid_fen').notNull().default(0),
    pendingFen: money('pending_fen').notNull().default(0),
    receivedFen: money('received_fen').notNull().default(0),
    spentFen: money('spent_fen').notNull().default(0),
    households: integer('households').notNull().default(0),
    persons: integer('persons').notNull().default(0),
    poorHouseholds: integer('poor_households').notNull().default(0),
    poorPersons: integer('poor_persons').notNull().default(0),
    outputs: jsonb('outputs').$type<ProjectOutput[]>().notNull().default([]),
    benefitLinks: jsonb('benefit_links')
      .$type<{ kind: string; households: number; note: string | null }[]>()
      .notNull()
      .default([]),
    description: text('description'),
    completion: jsonb('completion').$type<Record<string, unknown>>(),
    assets: jsonb('assets').$type<Record<string, unknown>>(),
    evaluation: jsonb('evaluation').$type<Record<string, unknown>>(),
    proposedBy: uuid('proposed_by').references(() => users.id),
    approvedBy: uuid('approved_by').references(() => users.id),
    importId: uuid('import_id').references(() => imports.id),
    isDemo: boolean('is_demo').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: created(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('fund_projects_code_uq').on(t.tenantId, t.code),
    index('fund_projects_list_idx').on(t.tenantId, t.year, t.countyCode, t.stage),
    index('fund_projects_category_idx').on(t.tenantId, t.year, t.category),
  ],
);

/** Append-only history of a project's stages and changes. */
export const fundProjectEvents = pgTable(
  'fund_project_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenant(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => fundProjects.id),
    action: text('action').notNull(),
    fromStage: text('from_stage'),
    toStage: text('to_stage'),
    userId: uuid('user_id').references(() => users.id),
    reason: text('reason'),
    details: jsonb('details').$type<Record<string, unknown>>(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('fund_project_events_project_idx').on(t.projectId, t.at)],
);

/** The beneficiary roster of a project: people by encrypted ID number, entered once (persons). */
export const fundProjectPeople = pgTable(
  'fund_project_people',
  {
    projectId: uuid('project_id')
      .notNull()
      .references(() => fundProjects.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    tenantId: tenant(),
    isPoor: boolean('is_poor').notNull().default(false),
    sort: integer('sort').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.personId] })],
);

/** Evidence of a project: proposal papers, the acceptance report and photos, the asset hand-over. */
export const fundProjectFiles = evidenceTable('fund_project_files', {
  key: 'projectId',
  name: 'project',
  references: () => fundProjects.id,
});

/** 项目调整: a change of amount or scope, or a cancellation, with its reason; approved like the project. */
export const fundAdjustments = pgTable(
  'fund_adjustments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenant(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => fundProjects.id),
    kind: text('kind', { enum: ['amount', 'scope', 'cancel'] }).notNull(),
    reason: text('reason').notNull(),
    newAmountFen: money('new_amount_fen'),
    scope: jsonb('scope').$type<Record<string, unknown>>(),
    status: text('status', { enum: ['pending', 'approved', 'rejected'] })
      .notNull()
      .default('pending'),
    proposedBy: uuid('proposed_by')
      .notNull()
      .references(() => users.id),
    decidedBy: uuid('decided_by').references(() => users.id),
    decisionNote: text('decision_note'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: created(),
  },
  (t) => [index('fund_adjustments_project_idx').on(t.projectId)],
);

/** 拨付: one transfer from an east unit to a county, covering one or more projects (its lines). */
export const fundPayments = pgTable(
  'fund_payments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenant(),
    year: integer('year').notNull(),
    countyCode: text('county_code')
      .notNull()
      .references(() => regions.code),
    eastUnitId: uuid('east_unit_id')
      .notNull()
      .references(() => units.id),
    paidOn: date('paid_on', { mode: 'string' }).notNull(),
    batch: text('batch'),
    voucher: text('voucher').notNull(),
    amountFen: money('amount_fen').notNull(),
    status: text('status', { enum: PAYMENT_STATUSES }).notNull().default('recorded'),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id),
    confirmedBy: uuid('confirmed_by').references(() => users.id),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    isDemo: boolean('is_demo').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: created(),
  },
  (t) => [
    index('fund_payments_list_idx').on(t.tenantId, t.year, t.countyCode, t.paidOn),
    index('fund_payments_status_idx').on(t.tenantId, t.status, t.countyCode),
  ],
);

export const fundPaymentLines = pgTable(
  'fund_payment_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenant(),
    paymentId: uuid('payment_id')
      .notNull()
      .references(() => fundPayments.id),
    projectId: uuid('project_id')
      .notNull()
      .references(() => fundProjects.id),
    amountFen: money('amount_fen').notNull(),
  },
  (t) => [
    index('fund_payment_lines_payment_idx').on(t.paymentId),
    index('fund_payment_lines_project_idx').on(t.projectId),
  ],
);

/** 到账: the county's record of money received, with its own voucher; matched to at most one payment. */
export const fundReceipts = pgTable(
  'fund_receipts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenant(),
    year: integer('year').notNull(),
    countyCode: text('county_code')
      .notNull()
      .references(() => regions.code),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    amountFen: money('amount_fen').notNull(),
    voucher: text('voucher').notNull(),
    payer: text('payer'),
    projectId: uuid('project_id').references(() => fundProjects.id),
    paymentId: uuid('payment_id').references(() => fundPayments.id),
    matchedAt: timestamp('matched_at', { withTimezone: true }),
    note: text('note'),
    importId: uuid('import_id').references(() => imports.id),
    importRow: integer('import_row'),
    createdBy: uuid('created_by').references(() => users.id),
    isDemo: boolean('is_demo').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: created(),
  },
  (t) => [
    // a county's voucher numbers are unique in its books: importing the same statement again adds nothing
    uniqueIndex('fund_receipts_voucher_uq').on(t.tenantId, t.countyCode, t.voucher),
    uniqueIndex('fund_receipts_payment_uq')
      .on(t.paymentId)
      .where(sql`payment_id is not null`),
    index('fund_receipts_unmatched_idx')
      .on(t.tenantId, t.countyCode)
      .where(sql`payment_id is null`),
    index('fund_receipts_list_idx').on(t.tenantId, t.year, t.countyCode, t.receivedOn),
  ],
);

/** 支出: the county's spending on a project (the last IATI-style transaction after commitment and disbursement). */
export const fundExpenditures = pgTable(
  'fund_expenditures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenant(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => fundProjects.id),
    spentOn: date('spent_on', { mode: 'string' }).notNull(),
    amountFen: money('amount_fen').notNull(),
    voucher: text('voucher').notNull(),
    payee: text('payee'),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: created(),
  },
  (t) => [index('fund_expenditures_project_idx').on(t.projectId)],
);

/** An approval that broke a fund rule, taken with an explicit override and its reason (also a warning). */
export const fundRuleOverrides = pgTable(
  'fund_rule_overrides',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenant(),
    year: integer('year').notNull(),
    countyCode: text('county_code').references(() => regions.code),
    subjectType: text('subject_type', { enum: ['project', 'payment', 'adjustment'] }).notNull(),
    subjectId: uuid('subject_id').notNull(),
    projectId: uuid('project_id').references(() => fundProjects.id),
    breaks: jsonb('breaks').$type<Record<string, unknown>[]>().notNull(),
    reason: text('reason').notNull(),
    userId: uuid('user_id').references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('fund_rule_overrides_year_idx').on(t.tenantId, t.year)],
);

/** 审计发现: a finding on a project or a payment, answered by the responsible side and closed by the auditor. */
export const auditFindings = pgTable(
  'audit_findings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenant(),
    year: integer('year').notNull(),
    serialNo: integer('serial_no').notNull(),
    countyCode: text('county_code')
      .notNull()
      .references(() => regions.code),
    projectId: uuid('project_id').references(() => fundProjects.id),
    paymentId: uuid('payment_id').references(() => fundPayments.id),
    kind: text('kind').notNull(),
    amountFen: money('amount_fen').notNull().default(0),
    basis: text('basis').notNull(),
    description: text('description').notNull(),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    status: text('status', { enum: FINDING_STATUSES }).notNull().default('open'),
    raisedBy: uuid('raised_by').references(() => users.id),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    isDemo: boolean('is_demo').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: created(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('audit_findings_serial_uq').on(t.tenantId, t.year, t.serialNo),
    index('audit_findings_project_idx').on(t.projectId),
    index('audit_findings_status_idx').on(t.tenantId, t.status, t.countyCode),
  ],
);

/** Rectification evidence of a finding. */
export const auditFindingFiles = evidenceTable('audit_finding_files', {
  key: 'findingId',
  name: 'finding',
  references: () => auditFindings.id,
});

export const auditFindingEvents = pgTable(
  'audit_finding_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenant(),
    findingId: uuid('finding_id')
      .notNull()
      .references(() => auditFindings.id),
    action: text('action').notNull(),
    toStatus: text('to_status'),
    text: text('text'),
    userId: uuid('user_id').references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('audit_finding_events_finding_idx').on(t.findingId, t.at)],
);

/** Matching tolerance and window, days allowed for a receipt; one row per tenant, absent means the defaults. */
export const fundSettings = pgTable('fund_settings', {
  tenantId: uuid('tenant_id')
    .primaryKey()
    .references(() => tenants.id),
  settings: jsonb('settings').$type<FundSettings>().notNull(),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
