import { and, asc, count, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client';
import { consumptionCertificates, consumptionProducts, consumptionSuppliers, regions } from '../../db/schema';

export type SupplierRow = typeof consumptionSuppliers.$inferSelect;
export type CertificateRow = typeof consumptionCertificates.$inferSelect;
export type ProductRow = typeof consumptionProducts.$inferSelect;
type Paging = { page: number; pageSize: number };

const county = alias(regions, 'county');

export async function insertSupplier(tx: DbOrTx, row: typeof consumptionSuppliers.$inferInsert) {
  const [r] = await tx.insert(consumptionSuppliers).values(row).onConflictDoNothing().returning();
  return r;
}

export async function findSupplier(db: DbOrTx, tenantId: string, id: string) {
  const [r] = await db
    .select({ s: consumptionSuppliers, countyName: county.name })
    .from(consumptionSuppliers)
    .innerJoin(county, eq(county.code, consumptionSuppliers.countyCode))
    .where(and(eq(consumptionSuppliers.tenantId, tenantId), eq(consumptionSuppliers.id, id)));
  return r;
}

export async function listSuppliers(db: DbOrTx, tenantId: string, countyCode: string | undefined, p: Paging) {
  const where = and(
    eq(consumptionSuppliers.tenantId, tenantId),
    countyCode ? eq(consumptionSuppliers.countyCode, countyCode) : undefined,
  );
  const rows = await db
    .select({ s: consumptionSuppliers, countyName: county.name })
    .from(consumptionSuppliers)
    .innerJoin(county, eq(county.code, consumptionSuppliers.countyCode))
    .where(where)
    .orderBy(asc(consumptionSuppliers.countyCode), asc(consumptionSuppliers.name))
    .limit(p.pageSize)
    .offset((p.page - 1) * p.pageSize);
  const [n] = await db.select({ n: count() }).from(consumptionSuppliers).where(where);
  return { rows, total: n?.n ?? 0 };
}

export async function certificatesOf(db: DbOrTx, supplierIds: string[]) {
  if (!supplierIds.length) return [];
  return db
    .select()
    .from(consumptionCertificates)
    .where(inArray(consumptionCertificates.supplierId, supplierIds))
    .orderBy(asc(consumptionCertificates.validTo));
}

export async function insertCertificate(tx: DbOrTx, row: typeof consumptionCertificates.$inferInsert) {
  const [r] = await tx.insert(consumptionCertificates).values(row).onConflictDoNothing().returning();
  return r;
}

export async function findCertificate(db: DbOrTx, tenantId: string, id: string) {
  const [r] = await db
    .select()
    .from(consumptionCertificates)
    .where(and(eq(consumptionCertificates.tenantId, tenantId), eq(consumptionCertificates.id, id)));
  return r;
}

export async function insertProduct(tx: DbOrTx, row: typeof consumptionProducts.$inferInsert) {
  const [r] = await tx.insert(consumptionProducts).values(row).onConflictDoNothing().returning();
  return r;
}

const productSelect = {
  p: consumptionProducts,
  supplierName: consumptionSuppliers.name,
  countyCode: consumptionSuppliers.countyCode,
  cert: consumptionCertificates,
};

function productQuery(db: DbOrTx) {
  return db
    .select(productSelect)
    .from(consumptionProducts)
    .innerJoin(consumptionSuppliers, eq(consumptionSuppliers.id, consumptionProducts.supplierId))
    .leftJoin(consumptionCertificates, eq(consumptionCertificates.id, consumptionProducts.certificateId));
}
export type ProductWide = Awaited<ReturnType<typeof findProduct>> & object;

export async function findProduct(db: DbOrTx, tenantId: string, id: string) {
  const [r] = await productQuery(db).where(
    and(eq(consumptionProducts.tenantId, tenantId), eq(consumptionProducts.id, id)),
  );
  return r;
}

export type ProductFilter = { certifiedOn?: { date: string; is: boolean }; county?: string; supplierId?: string };

export async function listProducts(db: DbOrTx, tenantId: string, f: ProductFilter, p: Paging) {
  const valid = sql`(${consumptionCertificates.validFrom} <= ${f.certifiedOn?.date ?? null}::date and ${consumptionCertificates.validTo} >= ${f.certifiedOn?.date ?? null}::date)`;
  const certified: SQL | undefined = f.certifiedOn
    ? f.certifiedOn.is
      ? sql`coalesce(${valid}, false)`
      : sql`not coalesce(${valid}, false)`
    : undefined;
  const where = and(
    eq(consumptionProducts.tenantId, tenantId),
    f.county ? eq(consumptionSuppliers.countyCode, f.county) : undefined,
    f.supplierId ? eq(consumptionProducts.supplierId, f.supplierId) : undefined,
    certified,
  );
  const rows = await productQuery(db)
    .where(where)
    .orderBy(asc(consumptionSuppliers.name), asc(consumptionProducts.name))
    .limit(p.pageSize)
    .offset((p.page - 1) * p.pageSize);
  const [n] = await db
    .select({ n: count() })
    .from(consumptionProducts)
    .innerJoin(consumptionSuppliers, eq(consumptionSuppliers.id, consumptionProducts.supplierId))
    .leftJoin(consumptionCertificates, eq(consumptionCertificates.id, consumptionProducts.certificateId))
    .where(where);
  return { rows, total: n?.n ?? 0 };
}

/** Locks the product's supplier row: deciding a supplier's or product's first counted purchase runs one at a time. */
export async function lockSupplierOfProduct(tx: DbOrTx, productId: string) {
  await tx.execute(
    sql`select 1 from consumption_suppliers s join consumption_products p on p.supplier_id = s.id where p.id = ${productId} for update of s`,
  );
}

/** Versioned updates: undefined when the row is not at `version` (or would take another's unique name or code). */
export async function updateSupplierVersioned(
  tx: DbOrTx,
  tenantId: string,
  id: string,
  version: number,
  set: Partial<typeof consumptionSuppliers.$inferInsert>,
) {
  const [r] = await tx
    .update(consumptionSuppliers)
    .set({ ...set, version: version + 1, updatedAt: new Date() })
    .where(
      and(
        eq(consumptionSuppliers.tenantId, tenantId),
        eq(consumptionSuppliers.id, id),
        eq(consumptionSuppliers.version, version),
      ),
    )
    .returning();
  return r;
}

export async function updateProductVersioned(
  tx: DbOrTx,
  tenantId: string,
  id: string,
  version: number,
  set: Partial<typeof consumptionProducts.$inferInsert>,
) {
  const [r] = await tx
    .update(consumptionProducts)
    .set({ ...set, version: version + 1, updatedAt: new Date() })
    .where(
      and(
        eq(consumptionProducts.tenantId, tenantId),
        eq(consumptionProducts.id, id),
        eq(consumptionProducts.version, version),
      ),
    )
    .returning();
  return r;
}

/** Whether another row of the tenant already holds this credit code / this supplier's product name. */
export async function codeTaken(db: DbOrTx, tenantId: string, creditCode: string, exceptId: string) {
  const rows = await db
    .select({ id: consumptionSuppliers.id })
    .from(consumptionSuppliers)
    .where(and(eq(consumptionSuppliers.tenantId, tenantId), eq(consumptionSuppliers.creditCode, creditCode)));
  return rows.some((r) => r.id !== exceptId);
}

export async function productNameTaken(db: DbOrTx, supplierId: string, name: string, exceptId: string) {
  const rows = await db
    .select({ id: consumptionProducts.id })
    .from(consumptionProducts)
    .where(and(eq(consumptionProducts.supplierId, supplierId), eq(consumptionProducts.name, name)));
  return rows.some((r) => r.id !== exceptId);
}
