import { boolean, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const audit = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/** An eastern district (or city) running its cooperation on this deployment. */
export const tenants = pgTable('tenants', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  regionCode: text('region_code').notNull(),
  version: integer('version').notNull().default(1),
  ...audit,
});

/** GB/T 2260 and statistical division codes, both sides. National reference data shared by all tenants. */
export const regions = pgTable(
  'regions',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    level: text('level', { enum: ['province', 'city', 'county', 'township', 'village'] }).notNull(),
    parentCode: text('parent_code'),
    side: text('side', { enum: ['east', 'west'] }).notNull(),
  },
  (t) => [index('regions_parent_idx').on(t.parentCode), index('regions_name_idx').on(t.name)],
);

/** The western counties a tenant assists. */
export const tenantCounties = pgTable(
  'tenant_counties',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    sort: integer('sort').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.regionCode] })],
);

export const UNIT_TYPES = [
  'party_gov',
  'street',
  'community',
  'school',
  'hospital',
  'enterprise',
  'social_org',
  'county_bureau',
  'charity',
] as const;

export const units = pgTable(
  'units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    type: text('type', { enum: UNIT_TYPES }).notNull(),
    side: text('side', { enum: ['east', 'west'] }).notNull(),
    regionCode: text('region_code').references(() => regions.code),
    creditCode: text('credit_code'),
    isMember: boolean('is_member').notNull().default(false),
    isIllustrative: boolean('is_illustrative').notNull().default(false),
    sort: integer('sort').notNull().default(0),
    version: integer('version').notNull().default(1),
    ...audit,
  },
  (t) => [uniqueIndex('units_tenant_code_uq').on(t.tenantId, t.code), index('units_tenant_idx').on(t.tenantId)],
);

/** The leadership group and the working groups, per year. */
export const orgGroups = pgTable(
  'org_groups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    year: integer('year').notNull(),
    kind: text('kind', { enum: ['leadership', 'working'] }).notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    leadUnitId: uuid('lead_unit_id').references(() => units.id),
    leaderTitle: text('leader_title'),
    sort: integer('sort').notNull().default(0),
    version: integer('version').notNull().default(1),
    ...audit,
  },
  (t) => [uniqueIndex('org_groups_tenant_year_code_uq').on(t.tenantId, t.year, t.code)],
);

export const orgGroupMembers = pgTable(
  'org_group_members',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    groupId: uuid('group_id')
      .notNull()
      .references(() => orgGroups.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.unitId] })],
);
