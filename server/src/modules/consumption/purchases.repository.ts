import { and, count, desc, eq, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Scope } from '@xiezuo/domain';
import type { DbOrTx } from '../../db/client';
import { consumptionProducts, consumptionPurchases, consumptionSuppliers, records } from '../../db/schema';

export type PurchaseRow = typeof consumptionPurchases.$inferSelect;
type Paging = { page: number; pageSize: number };
export type PurchaseFilter = {
  year?: number;
  status?: 'submitted' | 'confirmed';
  counted?: boolean;
  supplierId?: string;
};

const wideSelect = {
  p: consumptionPurchases,
  productName: consumptionProducts.name,
  category: consumptionProducts.category,
  supplierId: consumptionSuppliers.id,
  supplierName: consumptionSuppliers.name,
  countyCode: consumptionSuppliers.countyCode,
  recordId: records.id,
};
export type PurchaseWide = {
  p: PurchaseRow;
  productName: string;
  category: string;
  supplierId: string;
  supplierName: string;
  countyCode: string;
  recordId: string | null;
};

function wide(db: DbOrTx) {
  return db
    .select(wideSelect)
    .from(consumptionPurchases)
    .innerJoin(consumptionProducts, eq(consumptionProducts.id, consumptionPurchases.productId))
    .innerJoin(consumptionSuppliers, eq(consumptionSuppliers.id, consumptionProducts.supplierId))
    .leftJoin(
      records,
      and(
        eq(records.tenantId, consumptionPurchases.tenantId),
        eq(records.sourceType, 'consumption_purchase'),
        eq(records.sourceId, consumptionPurchases.id),
      ),
    );
}

function scoped(scope: Scope): SQL | undefined {
  if (scope.kind === 'district') return undefined;
  const parts = [
    scope.units.length ? inArray(consumptionPurchases.buyerUnitId, scope.units) : undefined,
    scope.counties.length ? inArray(consumptionSuppliers.countyCode, scope.counties) : undefined,
  ].filter((x): x is SQL => x !== undefined);
  return parts.length ? or(...parts) : sql`false`;
}

export async function insert(tx: DbOrTx, row: typeof consumptionPurchases.$inferInsert) {
  const [r] = await tx.insert(consumptionPurchases).values(row).onConflictDoNothing().returning();
  return r;
}

export async function findWide(db: DbOrTx, tenantId: string, id: string): Promise<PurchaseWide | undefined> {
  const [r] = await wide(db).where(and(eq(consumptionPurchases.tenantId, tenantId), eq(consumptionPurchases.id, id)));
  return r;
}

export async function list(db: DbOrTx, tenantId: string, scope: Scope, f: PurchaseFilter, p: Paging) {
  const where = and(
    eq(consumptionPurchases.tenantId, tenantId),
    scoped(scope),
    f.year ? eq(consumptionPurchases.year, f.year) : undefined,
    f.status ? eq(consumptionPurchases.status, f.status) : undefined,
    f.counted === undefined ? undefined : eq(consumptionPurchases.isCounted, f.counted),
    f.supplierId ? eq(consumptionSuppliers.id, f.supplierId) : undefined,
  );
  const rows = await wide(db)
    .where(where)
    .orderBy(desc(consumptionPurchases.purchasedOn), desc(consumptionPurchases.createdAt))
    .limit(p.pageSize)
    .offset((p.page - 1) * p.pageSize);
  const [n] = await db
    .select({ n: count() })
    .from(consumptionPurchases)
    .innerJoin(consumptionProducts, eq(consumptionProducts.id, consumptionPurchases.productId))
    .innerJoin(consumptionSuppliers, eq(consumptionSuppliers.id, consumptionProducts.supplierId))
    .where(where);
  return { rows, total: n?.n ?? 0 };
}

export async function updateVersioned(
  tx: DbOrTx,
  tenantId: string,
  id: string,
  version: number,
  set: Partial<typeof consumptionPurchases.$inferInsert>,
) {
  const [r] = await tx
    .update(consumptionPurchases)
    .set({ ...set, version: version + 1, updatedAt: new Date() })
    .where(
      and(
        eq(consumptionPurchases.tenantId, tenantId),
        eq(consumptionPurchases.id, id),
        eq(consumptionPurchases.version, version),
      ),
    )
    .returning();
  return r;
}

/**
 * Whether another confirmed, counted purchase of this year is from the same supplier / of the same product: the
 * ledger's "suppliers" and "kinds" measures count each only on its first counted purchase.
 */
export async function earlierCounted(tx: DbOrTx, p: PurchaseRow, supplierId: string) {
  const other = and(
    eq(consumptionPurchases.tenantId, p.tenantId),
    eq(consumptionPurchases.year, p.year),
    eq(consumptionPurchases.status, 'confirmed'),
    eq(consumptionPurchases.isCounted, true),
    ne(consumptionPurchases.id, p.id),
  );
  const [r] = await tx
    .select({
      product: sql<number>`count(*) filter (where ${consumptionPurchases.productId} = ${p.productId})::int`,
      supplier: sql<number>`count(*) filter (where ${consumptionProducts.supplierId} = ${supplierId})::int`,
    })
    .from(consumptionPurchases)
    .innerJoin(consumptionProducts, eq(consumptionProducts.id, consumptionPurchases.productId))
    .where(other);
  return { product: (r?.product ?? 0) > 0, supplier: (r?.supplier ?? 0) > 0 };
}
