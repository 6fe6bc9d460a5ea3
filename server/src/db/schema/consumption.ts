import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import {
  BUYER_KINDS,
  NOT_COUNTED_REASONS,
  PRODUCT_CATEGORIES,
  PURCHASE_CHANNELS,
  PURCHASE_STATUSES,
  SUPPLIER_KINDS,
  type PlatformMapping,
} from '@xiezuo/domain';
import { regions, tenants, units } from './org';
import { users } from './auth';

const tenant = () =>
  uuid('tenant_id')
    .notNull()
    .references(() => tenants.id);
const stamps = () => ({
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A county enterprise or cooperative that sells poverty-alleviation products (消费扶贫供应主体). */
export const consumptionSuppliers = pgTable(
  'consumption_suppliers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenant(),
    name: text('name').notNull(),
    creditCode: text('credit_code').notNull(),
    kind: text('kind', { enum: SUPPLIER_KINDS }).notNull(),
    countyCode: text('county_code')
      .notNull()
      .references(() => regions.code),
    contactName: text('contact_name'),
    contactPhoneEnc: text('contact_phone_enc'),
    contactPhoneMasked: text('contact_phone_masked'),
    ...stamps(),
  },
  (t) => [uniqueIndex('consumption_suppliers_code_uq').on(t.tenantId, t.creditCode)],
);

/** A supplier's 扶贫产品认定 certificate: number, issuing authority, validity window. */
export const consumptionCertificates = pgTable(
  'consumption_certificates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenant(),
    supplierId: uuid('supplier_id')
      .notNull()
      .references(() => consumptionSuppliers.id),
    number: text('number').notNull(),
    authority: text('authority').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }).notNull(),
    ...stamps(),
  },
  (t) => [
    uniqueIndex('consumption_certificates_number_uq').on(t.tenantId, t.number),
    index('consumption_certificates_supplier_idx').on(t.supplierId),
  ],
);

/** A product of a supplier; certified when it names a certificate (valid on a given date). */
export const consumptionProducts = pgTable(
  'consumption_products',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenant(),
    supplierId: uuid('supplier_id')
      .notNull()
      .references(() => consumptionSuppliers.id),
    certificateId: uuid('certificate_id').references(() => consumptionCertificates.id),
    name: text('name').notNull(),
    category: text('category', { enum: PRODUCT_CATEGORIES }).notNull(),
    specification: text('specification'),
    unit: text('unit').notNull(),
    priceFen: bigint('price_fen', { mode: 'number' }).notNull(),
    ...stamps(),
  },
  (t) => [
    uniqueIndex('consumption_products_name_uq').on(t.tenantId, t.supplierId, t.name),
    index('consumption_products_supplier_idx').on(t.supplierId),
  ],
);

/** A member unit's yearly pledge (认购): set by the office, accepted by the unit. */
export const consumptionPledges = pgTable(
  'consumption_pledges',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenant(),
    year: integer('year').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    pledgeFen: bigint('pledge_fen', { mode: 'number' }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    acceptedBy: uuid('accepted_by').references(() => users.id),
    ...stamps(),
  },
  (t) => [uniqueIndex('consumption_pledges_unit_uq').on(t.tenantId, t.year, t.unitId)],
);

/**
 * One purchase of one product. Whether it counts is decided once, from the certificate valid on the purchase date,
 * and kept with its reason; the counted figures live only in the ledger record it produces.
 */
export const consumptionPurchases = pgTable(
  'consumption_purchases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenant(),
    buyerKind: text('buyer_kind', { enum: BUYER_KINDS }).notNull(),
    buyerUnitId: uuid('buyer_unit_id').references(() => units.id),
    buyerName: text('buyer_name'),
    productId: uuid('product_id')
      .notNull()
      .references(() => consumptionProducts.id),
    quantity: numeric('quantity', { precision: 14, scale: 3, mode: 'number' }).notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    purchasedOn: date('purchased_on', { mode: 'string' }).notNull(),
    year: integer('year').notNull(),
    channel: text('channel', { enum: PURCHASE_CHANNELS }).notNull(),
    platform: text('platform'),
    orderNo: text('order_no'),
    note: text('note'),
    status: text('status', { enum: PURCHASE_STATUSES }).notNull().default('submitted'),
    isCounted: boolean('is_counted').notNull(),
    notCountedReason: text('not_counted_reason', { enum: NOT_COUNTED_REASONS }),
    importId: uuid('import_id'),
    createdBy: uuid('created_by').references(() => users.id),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    confirmedBy: uuid('confirmed_by').references(() => users.id),
    ...stamps(),
  },
  (t) => [
    // An order line is one purchase: the same order number and product from the same platform is a duplicate.
    uniqueIndex('consumption_purchases_order_uq')
      .on(t.tenantId, t.channel, sql`coalesce(${t.platform}, '')`, t.orderNo, t.productId)
      .where(sql`${t.orderNo} is not null`),
    index('consumption_purchases_year_unit_idx').on(t.tenantId, t.year, t.buyerUnitId),
    index('consumption_purchases_product_idx').on(t.productId, t.year),
  ],
);

/** How one online platform's order export is read: the header of each field's column, saved by the office per platform. */
export const consumptionImportMappings = pgTable(
  'consumption_import_mappings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenant(),
    platform: text('platform').notNull(),
    mapping: jsonb('mapping').$type<PlatformMapping>().notNull(),
    updatedBy: uuid('updated_by').references(() => users.id),
    ...stamps(),
  },
  (t) => [uniqueIndex('consumption_import_mappings_platform_uq').on(t.tenantId, t.platform)],
);
