import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import {
  consumptionCertificates,
  consumptionProducts,
  consumptionPurchases,
  consumptionSuppliers,
} from '../../db/schema';

/** The whole catalogue of a tenant as the certified list is matched against it. */
export async function catalogueOf(db: DbOrTx, tenantId: string) {
  const [suppliers, certificates, products] = await Promise.all([
    db.select().from(consumptionSuppliers).where(eq(consumptionSuppliers.tenantId, tenantId)),
    db.select().from(consumptionCertificates).where(eq(consumptionCertificates.tenantId, tenantId)),
    db.select().from(consumptionProducts).where(eq(consumptionProducts.tenantId, tenantId)),
  ]);
  return { suppliers, certificates, products };
}

export async function updateCertificate(
  tx: DbOrTx,
  id: string,
  set: { authority: string; validFrom: string; validTo: string },
) {
  await tx
    .update(consumptionCertificates)
    .set({ ...set, updatedAt: new Date() })
    .where(eq(consumptionCertificates.id, id));
}

export async function updateProduct(
  tx: DbOrTx,
  id: string,
  set: Partial<Pick<typeof consumptionProducts.$inferInsert, 'certificateId' | 'specification' | 'unit' | 'priceFen'>>,
) {
  const [r] = await tx
    .update(consumptionProducts)
    .set({ ...set, updatedAt: new Date() })
    .where(eq(consumptionProducts.id, id))
    .returning();
  return r;
}

/** Purchases still awaiting confirmation of these products: their counting follows the catalogue until confirmed. */
export async function submittedPurchasesOf(db: DbOrTx, tenantId: string, productIds: string[]) {
  if (!productIds.length) return [];
  return db
    .select()
    .from(consumptionPurchases)
    .where(
      and(
        eq(consumptionPurchases.tenantId, tenantId),
        eq(consumptionPurchases.status, 'submitted'),
        inArray(consumptionPurchases.productId, productIds),
      ),
    );
}
