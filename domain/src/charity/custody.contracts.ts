import { z } from 'zod';
import { paging } from '../page';
import { CLAIM_STATUSES, NEED_KINDS, TRANSFER_STATUSES } from './workflow';
import { needAmountFen } from './needs.contracts';

const isoDate = z.iso.date();
export const DONOR_KINDS = ['enterprise', 'individual'] as const;
export type DonorKind = (typeof DONOR_KINDS)[number];
export const DONATION_FORMS = ['cash', 'goods'] as const;

export const donorInput = z.object({
  kind: z.enum(DONOR_KINDS),
  name: z.string().trim().min(2).max(100),
  /** 统一社会信用代码, for an enterprise */
  creditCode: z.string().trim().max(18).nullable().default(null),
  /** shown on the public honour list (an individual by surname only) */
  isHonoured: z.boolean().default(false),
});

export const donorDto = z.object({
  id: z.uuid(),
  kind: z.enum(DONOR_KINDS),
  name: z.string(),
  creditCode: z.string().nullable(),
  isHonoured: z.boolean(),
  hasAccount: z.boolean(),
});
export type DonorDto = z.infer<typeof donorDto>;

/** A claim: a signed-in donor for themselves (donor on the first claim), or the Red Cross for a donor (donorId). */
export const claimBody = z.object({
  needId: z.uuid(),
  amountFen: needAmountFen,
  donorId: z.uuid().nullable().default(null),
  donor: donorInput.nullable().default(null),
});

export const claimDto = z.object({
  id: z.uuid(),
  needId: z.uuid(),
  needTitle: z.string(),
  needKind: z.enum(NEED_KINDS),
  countyCode: z.string(),
  countyName: z.string(),
  donorId: z.uuid(),
  donorName: z.string(),
  amountFen: z.number().int(),
  status: z.enum(CLAIM_STATUSES),
  reservedUntil: z.iso.datetime(),
  receiptId: z.uuid().nullable(),
  receiptNo: z.string().nullable(),
  transferId: z.uuid().nullable(),
  createdAt: z.iso.datetime(),
});
export type ClaimDto = z.infer<typeof claimDto>;

export const claimListQuery = z.object({
  status: z.enum(CLAIM_STATUSES).optional(),
  county: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
  donorId: z.uuid().optional(),
  ...paging(50, 500),
});

export const receiptBody = z.object({
  donorId: z.uuid(),
  claimIds: z.array(z.uuid()).min(1).max(200),
  amountFen: needAmountFen,
  form: z.enum(DONATION_FORMS),
  /** for goods: how the valuation was made (invoice, market price) */
  valuationNote: z.string().trim().max(300).nullable().default(null),
  /** the bank transfer's reference (or the goods' delivery note) */
  bankRef: z.string().trim().min(4).max(60),
  receivedOn: isoDate,
});

const chainFacts = {
  verifyCode: z.string(),
  /** SM3 over the step's facts, as printed on the certificate */
  digest: z.string(),
};

export const receiptDto = z.object({
  id: z.uuid(),
  receiptNo: z.string(),
  donorId: z.uuid(),
  donorName: z.string(),
  amountFen: z.number().int(),
  form: z.enum(DONATION_FORMS),
  valuationNote: z.string().nullable(),
  bankRef: z.string(),
  receivedOn: isoDate,
  claims: z.array(z.object({ id: z.uuid(), needId: z.uuid(), amountFen: z.number().int(), countyCode: z.string() })),
  recordedAt: z.iso.datetime(),
  ...chainFacts,
});
export type ReceiptDto = z.infer<typeof receiptDto>;

export const transferBody = z.object({
  countyCode: z.string().regex(/^\d{6}$/),
  claimIds: z.array(z.uuid()).min(1).max(500),
  transferredOn: isoDate,
});

export const transferDto = z.object({
  id: z.uuid(),
  batchNo: z.string(),
  countyCode: z.string(),
  countyName: z.string(),
  amountFen: z.number().int(),
  transferredOn: isoDate,
  status: z.enum(TRANSFER_STATUSES),
  confirmedAt: z.iso.datetime().nullable(),
  lines: z.array(
    z.object({
      claimId: z.uuid(),
      needId: z.uuid(),
      needTitle: z.string(),
      amountFen: z.number().int(),
      recordId: z.uuid().nullable(),
    }),
  ),
  version: z.number().int(),
  abilities: z.object({ confirm: z.boolean() }),
  ...chainFacts,
});
export type TransferDto = z.infer<typeof transferDto>;

export const custodyListQuery = z.object({
  county: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
  ...paging(50, 500),
});
export const transferConfirmBody = z.object({ version: z.number().int().positive() });
