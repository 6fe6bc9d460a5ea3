import {
  bigint,
  date,
  index,
  integer,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { COHORT_STUDENT_STATUSES, SUPPORT_KINDS } from '@xiezuo/domain';
import { regions, tenants, units } from './org';
import { users } from './auth';
import { persons } from './persons';
import { pairings } from './pairings';

/** A class of western students studying in the district (the 夏河班 at 南开大学附属中学), under a school pair. */
export const cohorts = pgTable('cohorts', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: uuid('tenant_id')
    .notNull()
    .references(() => tenants.id),
  name: text('name').notNull(),
  schoolUnitId: uuid('school_unit_id')
    .notNull()
    .references(() => units.id),
  pairingId: uuid('pairing_id').references(() => pairings.id),
  countyCode: text('county_code')
    .notNull()
    .references(() => regions.code),
  startYear: integer('start_year').notNull(),
  note: text('note'),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A student of a cohort: a person by encrypted ID number, with grade and status. */
export const cohortStudents = pgTable(
  'cohort_students',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    cohortId: uuid('cohort_id')
      .notNull()
      .references(() => cohorts.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    grade: text('grade').notNull(),
    status: text('status', { enum: COHORT_STUDENT_STATUSES }).notNull().default('studying'),
    enrolledOn: date('enrolled_on', { mode: 'string' }).notNull(),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('cohort_students_person_uq').on(t.cohortId, t.personId)],
);

/** A student's result in one term: average score and place in class. */
export const cohortResults = pgTable(
  'cohort_results',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    studentId: uuid('student_id')
      .notNull()
      .references(() => cohortStudents.id),
    term: text('term').notNull(),
    score: numeric('score', { precision: 5, scale: 1, mode: 'number' }),
    rank: integer('rank'),
    classSize: integer('class_size'),
    comment: text('comment'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('cohort_results_term_uq').on(t.studentId, t.term)],
);

/** Support a student received (scholarship, mentoring …); each one produces a `student_support` ledger record. */
export const cohortSupports = pgTable(
  'cohort_supports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    studentId: uuid('student_id')
      .notNull()
      .references(() => cohortStudents.id),
    kind: text('kind', { enum: SUPPORT_KINDS }).notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }),
    term: text('term'),
    givenOn: date('given_on', { mode: 'string' }).notNull(),
    /** The eastern unit that gave it (the school, the education bureau, a donor unit). */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('cohort_supports_student_idx').on(t.studentId)],
);
