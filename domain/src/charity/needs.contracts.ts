import { z } from 'zod';
import { paging } from '../page';
import { BENEFICIARY_KINDS, NEED_ACTIONS, NEED_KINDS, NEED_STATUSES } from './workflow';

const isoDate = z.iso.date();
const countyCode = z.string().regex(/^\d{6}$/);
/** Money in fen: a positive whole number, at most 1 亿元 for one need. */
export const needAmountFen = z.number().int().positive().max(10_000_000_000);

/** The person a need is for; held encrypted, found by the blind index of the ID number. */
export const beneficiaryInput = z.object({
  name: z.string().trim().min(1).max(40),
  idNumber: z.string().trim().min(15).max(20),
  phone: z.string().trim().max(20).nullable().default(null),
});

export const needInput = z.object({
  countyCode,
  /** the village (or township) it lands in: shown publicly by name */
  regionCode: z
    .string()
    .regex(/^\d{6,12}$/)
    .nullable()
    .default(null),
  kind: z.enum(NEED_KINDS),
  beneficiaryKind: z.enum(BENEFICIARY_KINDS),
  title: z.string().trim().min(2).max(60),
  description: z.string().trim().min(2).max(1000),
  /** the cap: the amount asked, or the valuation of the goods asked */
  amountFen: needAmountFen,
  goods: z.string().trim().max(200).nullable().default(null),
  deadline: isoDate,
  /** what the county checked (a document number, a visit): kept for the checker, never public */
  evidenceNote: z.string().trim().max(500).nullable().default(null),
  beneficiary: beneficiaryInput.nullable().default(null),
});
export type NeedInput = z.infer<typeof needInput>;

export const needListQuery = z.object({
  county: countyCode.optional(),
  kind: z.enum(NEED_KINDS).optional(),
  status: z.enum(NEED_STATUSES).optional(),
  ...paging(50, 200),
});
export type NeedListQuery = z.infer<typeof needListQuery>;

export const needTransitionBody = z.object({
  action: z.enum(NEED_ACTIONS),
  reason: z.string().trim().max(500).nullable().default(null),
  version: z.number().int().positive(),
});

export const needAbilities = z.object({
  verify: z.boolean(),
  return: z.boolean(),
  publish: z.boolean(),
  cancel: z.boolean(),
  deliver: z.boolean(),
});

export const needDto = z.object({
  id: z.uuid(),
  countyCode: z.string(),
  countyName: z.string(),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  kind: z.enum(NEED_KINDS),
  beneficiaryKind: z.enum(BENEFICIARY_KINDS),
  title: z.string(),
  description: z.string(),
  amountFen: z.number().int(),
  goods: z.string().nullable(),
  deadline: isoDate,
  evidenceNote: z.string().nullable(),
  status: z.enum(NEED_STATUSES),
  claimedFen: z.number().int(),
  receivedFen: z.number().int(),
  /** masked on screen: 马*, 6230**********1234 */
  beneficiary: z
    .object({ nameMasked: z.string(), idMasked: z.string(), ageBand: z.string(), initial: z.string() })
    .nullable(),
  createdBy: z.string().nullable(),
  verifiedBy: z.string().nullable(),
  publishedOn: isoDate.nullable(),
  deliveredOn: isoDate.nullable(),
  deliveryNote: z.string().nullable(),
  version: z.number().int(),
  abilities: needAbilities,
});
export type NeedDto = z.infer<typeof needDto>;

export const deliveryBody = z.object({
  needId: z.uuid(),
  deliveredOn: isoDate,
  /** the beneficiary's thanks or a short note: shown to the donor and publicly, so no personal data */
  note: z.string().trim().min(1).max(300),
  /** where the signed receipt is kept (never public) */
  receiptNote: z.string().trim().max(300).nullable().default(null),
  version: z.number().int().positive(),
});
