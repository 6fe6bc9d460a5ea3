import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { PlatformMapping } from '@xiezuo/domain';
import type { DbOrTx } from '../../db/client';
import {
  consumptionCertificates,
  consumptionImportMappings,
  consumptionProducts,
  consumptionPurchases,
  consumptionSuppliers,
} from '../../db/schema';

export type MappingRow = typeof consumptionImportMappings.$inferSelect;

export async function listMappings(db: DbOrTx, tenantId: string): Promise<MappingRow[]> {
  return db
    .select()
    .from(consumptionImportMappings)
    .where(eq(consumptionImportMappings.tenantId, tenantId))
    .orderBy(asc(consumptionImportMappings.platform));
}

export async function findMapping(db: DbOrTx, tenantId: string, platform: string) {
  const [r] = await db
    .select()
    .from(consumptionImportMappings)
    .where(and(eq(consumptionImportMappings.tenantId, tenantId), eq(consumptionImportMappings.platform, platform)));
  return r;
}

/** Saves a platform's mapping; with `version`, only over that version (undefined on a stale one). */
export async function upsertMapping(
  db: DbOrTx,
  row: { tenantId: string; platform: string; mapping: PlatformMapping; updatedBy: string },
  version?: number,
): Promise<MappingRow | undefined> {
  const versionOk = version === undefined ? undefined : sql`${consumptionImportMappings.version} = ${version}`;
  const [r] = await db
    .insert(consumptionImportMappings)
    .values(row)
    .onConflictDoUpdate({
      target: [consumptionImportMappings.tenantId, consumptionImportMappings.platform],
      set: {
        mapping: row.mapping,
        updatedBy: row.updatedBy,
        updatedAt: new Date(),
        version: sql`${consumptionImportMappings.version} + 1`,
      },
      setWhere: versionOk,
    })
    .returning();
  return r;
}

/** Every product of the tenant with its supplier's name and its certificate's window: what order lines resolve to. */
export async function productsForResolving(db: DbOrTx, tenantId: string) {
  return db
    .select({
      id: consumptionProducts.id,
      name: consumptionProducts.name,
      supplierName: consumptionSuppliers.name,
      validFrom: consumptionCertificates.validFrom,
      validTo: consumptionCertificates.validTo,
    })
    .from(consumptionProducts)
    .innerJoin(consumptionSuppliers, eq(consumptionSuppliers.id, consumptionProducts.supplierId))
    .leftJoin(consumptionCertificates, eq(consumptionCertificates.id, consumptionProducts.certificateId))
    .where(eq(consumptionProducts.tenantId, tenantId));
}

/** Order numbers per query: a query holds at most 65,535 parameters. */
const CHUNK = 10_000;

/** The order lines (order number + product) of a platform already recorded among these order numbers. */
export async function recordedOrderLines(db: DbOrTx, tenantId: string, platform: string, orderNos: string[]) {
  const seen = new Set<string>();
  for (let i = 0; i < orderNos.length; i += CHUNK) {
    const rows = await db
      .select({ orderNo: consumptionPurchases.orderNo, productId: consumptionPurchases.productId })
      .from(consumptionPurchases)
      .where(
        and(
          eq(consumptionPurchases.tenantId, tenantId),
          eq(consumptionPurchases.channel, 'platform'),
          eq(consumptionPurchases.platform, platform),
          inArray(consumptionPurchases.orderNo, orderNos.slice(i, i + CHUNK)),
        ),
      );
    for (const r of rows) seen.add(`${r.orderNo}\u0000${r.productId}`);
  }
  return seen;
}
