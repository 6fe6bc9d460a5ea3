import { z } from 'zod';
import { productDto, supplierDto } from './catalogue.contracts';
import { purchaseDto } from './purchases.contracts';

/** The phone a supplier signs in with (any common Chinese mobile format; normalised by the server). */
export const supplierAccountBody = z.object({ phone: z.string().trim().min(11).max(20) });

/** What a granted supplier account is: the masked phone, bound to the supplier. */
export const supplierAccountDto = z.object({ supplierId: z.string(), phoneMasked: z.string() });
export type SupplierAccountDto = z.infer<typeof supplierAccountDto>;

/** A signed-in supplier's own view: itself, its products and the purchases of them (never another supplier's). */
export const supplierPortalDto = z.object({
  supplier: supplierDto,
  products: z.array(productDto),
  purchases: z.object({ items: z.array(purchaseDto), total: z.number().int() }),
});
export type SupplierPortalDto = z.infer<typeof supplierPortalDto>;
