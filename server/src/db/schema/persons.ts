import { boolean, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tenants } from './org';

/** A person, keyed by the blind index of their ID number; the number itself only encrypted (SM4 + HMAC-SM3). */
export const persons = pgTable(
  'persons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    idIndex: text('id_index').notNull(),
    idEnc: text('id_enc').notNull(),
    idMasked: text('id_masked').notNull(),
    name: text('name').notNull(),
    gender: text('gender', { enum: ['male', 'female'] }),
    birthDate: date('birth_date', { mode: 'string' }),
    countyCode: text('county_code'),
    isPoor: boolean('is_poor').notNull().default(false),
    phoneIndex: text('phone_index'),
    phoneEnc: text('phone_enc'),
    phoneMasked: text('phone_masked'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('persons_id_index_uq').on(t.tenantId, t.idIndex),
    index('persons_phone_idx').on(t.tenantId, t.phoneIndex),
  ],
);
