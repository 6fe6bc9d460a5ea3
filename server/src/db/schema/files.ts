import { index, integer, pgTable, text, timestamp, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { tenants } from './org';
import { users } from './auth';

/** Stored files, by content hash (the bytes live under DATA_DIR/files); rows reference them from evidence tables. */
export const files = pgTable('files', {
  hash: text('hash').primaryKey(),
  size: integer('size').notNull(),
  mime: text('mime').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The columns every evidence table has besides its owner: the stored file, the name it was uploaded under, who, when. */
const evidenceColumns = () => ({
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: uuid('tenant_id')
    .notNull()
    .references(() => tenants.id),
  fileHash: text('file_hash')
    .notNull()
    .references(() => files.hash),
  filename: text('filename').notNull(),
  uploadedBy: uuid('uploaded_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * An evidence table: files attached to rows of one owner table (a record, an agreement, an order, an adjustment), the
 * owner's id in `<owner>_id` (deleted with the owner), indexed as `<table>_<owner>_idx`. A new module's attachments
 * are one call here and one EvidenceKind (lib/files/evidence.service.ts); `extra` adds columns of its own.
 */
export function evidenceTable<K extends string, X extends Record<string, ReturnType<typeof uuid>>>(
  name: string,
  owner: { key: K; name: string; references: () => AnyPgColumn },
  extra: X = {} as X,
) {
  const ownerColumn = uuid(`${owner.name}_id`).notNull().references(owner.references, { onDelete: 'cascade' });
  const { id, tenantId, ...rest } = evidenceColumns();
  const columns = {
    id,
    tenantId,
    ...({ [owner.key]: ownerColumn } as Record<K, typeof ownerColumn>),
    ...extra,
    ...rest,
  };
  return pgTable(name, columns, (t) => [index(`${name}_${owner.name}_idx`).on(t[owner.key] as AnyPgColumn)]);
}
