import { z } from 'zod';
import { isValidCreditCode } from '../credit-code';
import { paging } from '../page';

/** Kinds of county supplier (扶贫产品供应主体). */
export const SUPPLIER_KINDS = ['enterprise', 'cooperative'] as const;
export type SupplierKind = (typeof SUPPLIER_KINDS)[number];

/** Product categories as the province's certified list groups them. */
export const PRODUCT_CATEGORIES = ['grain', 'meat', 'produce', 'herbs', 'handicraft', 'other'] as const;
export type ProductCategory = (typeof PRODUCT_CATEGORIES)[number];

export const isoDate = z.iso.date();
const countyCode = z.string().regex(/^\d{6}$/);
const fen = z.number().int().min(0).max(1e13);

export const supplierBody = z.object({
  name: z.string().trim().min(1).max(200),
  creditCode: z
    .string()
    .trim()
    .transform((s) => s.toUpperCase())
    .refine((s) => isValidCreditCode(s), { message: 'not a valid unified social credit code' }),
  kind: z.enum(SUPPLIER_KINDS),
  countyCode,
  contactName: z.string().trim().max(50).nullable().default(null),
  contactPhone: z
    .string()
    .regex(/^1\d{10}$/)
    .nullable()
    .default(null),
});
export type SupplierBody = z.infer<typeof supplierBody>;

export const certificateBody = z
  .object({
    number: z.string().trim().min(1).max(100),
    authority: z.string().trim().min(1).max(200),
    validFrom: isoDate,
    validTo: isoDate,
  })
  .refine((c) => c.validFrom <= c.validTo, { message: 'validFrom after validTo', path: ['validTo'] });
export type CertificateBody = z.infer<typeof certificateBody>;

export const certificateDto = z.object({
  id: z.string(),
  number: z.string(),
  authority: z.string(),
  validFrom: z.string(),
  validTo: z.string(),
  /** Valid on the list's date and ending within 60 days: the catalogue highlights it. */
  isExpiringSoon: z.boolean(),
});
export type CertificateDto = z.infer<typeof certificateDto>;

export const supplierDto = z.object({
  id: z.string(),
  name: z.string(),
  creditCode: z.string(),
  kind: z.enum(SUPPLIER_KINDS),
  countyCode: z.string(),
  countyName: z.string(),
  contactName: z.string().nullable(),
  /** Masked (138****1234); the full number is kept encrypted. */
  contactPhone: z.string().nullable(),
  certificates: z.array(certificateDto),
  version: z.number().int(),
});
export type SupplierDto = z.infer<typeof supplierDto>;

/** `asOf` (default today) is the date certificates are judged on: valid, expiring within 60 days. */
export const supplierListQuery = z.object({
  county: countyCode.optional(),
  asOf: isoDate.optional(),
  ...paging(50, 500),
});

export const productBody = z.object({
  supplierId: z.uuid(),
  name: z.string().trim().min(1).max(200),
  category: z.enum(PRODUCT_CATEGORIES),
  specification: z.string().trim().max(100).nullable().default(null),
  unit: z.string().trim().min(1).max(20),
  priceFen: fen,
  certificateId: z.uuid().nullable().default(null),
});
export type ProductBody = z.infer<typeof productBody>;

export const productDto = z.object({
  id: z.string(),
  name: z.string(),
  category: z.enum(PRODUCT_CATEGORIES),
  specification: z.string().nullable(),
  unit: z.string(),
  priceFen: z.number().int(),
  supplierId: z.string(),
  supplierName: z.string(),
  countyCode: z.string(),
  certificate: certificateDto.nullable(),
  /** Certified on the list's date (its certificate valid then). */
  isCertified: z.boolean(),
  version: z.number().int(),
});
export type ProductDto = z.infer<typeof productDto>;

const boolParam = z.enum(['true', 'false']).transform((s) => s === 'true');
export const productListQuery = z.object({
  certified: boolParam.optional(),
  county: countyCode.optional(),
  supplierId: z.uuid().optional(),
  asOf: isoDate.optional(),
  ...paging(50, 500),
});

/** An edit of a supplier or a product carries the version it was read at (409 when someone changed it since). */
export const supplierUpdateBody = supplierBody.extend({ version: z.number().int() });
export type SupplierUpdateBody = z.infer<typeof supplierUpdateBody>;
export const productUpdateBody = productBody.omit({ supplierId: true }).extend({ version: z.number().int() });
export type ProductUpdateBody = z.infer<typeof productUpdateBody>;
