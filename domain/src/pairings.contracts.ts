import { z } from 'zod';
import { paging } from './page';
import { isValidCreditCode } from './credit-code';

export const PAIRING_KINDS = [
  'district_county',
  'street_township',
  'community_village',
  'enterprise_village',
  'school_school',
  'hospital_hospital',
  'other',
] as const;
export type PairingKind = (typeof PAIRING_KINDS)[number];
export const PAIRING_STATUSES = ['active', 'suspended', 'ended'] as const;
export type PairingStatus = (typeof PAIRING_STATUSES)[number];

export const PAIRING_KIND_LABELS: Record<PairingKind, { zh: string; en: string }> = {
  district_county: { zh: '区县结对', en: 'District ↔ county' },
  street_township: { zh: '街道—乡镇', en: 'Street ↔ township' },
  community_village: { zh: '社区—贫困村', en: 'Community ↔ village' },
  enterprise_village: { zh: '企业—贫困村（万企帮万村）', en: 'Enterprise ↔ village' },
  school_school: { zh: '学校结对', en: 'School ↔ school' },
  hospital_hospital: { zh: '医院结对', en: 'Hospital ↔ hospital' },
  other: { zh: '其他结对', en: 'Other' },
};

export const PAIRING_STATUS_LABELS: Record<PairingStatus, { zh: string; en: string }> = {
  active: { zh: '进行中', en: 'Active' },
  suspended: { zh: '暂停', en: 'Suspended' },
  ended: { zh: '已结束', en: 'Ended' },
};

const isoDate = z.iso.date();

/** A party is a unit or a region, never both. */
export const partyInput = z
  .object({
    unitId: z.uuid().nullable().default(null),
    regionCode: z
      .string()
      .regex(/^\d{6,12}$/)
      .nullable()
      .default(null),
  })
  .refine((p) => (p.unitId === null) !== (p.regionCode === null), { message: 'exactly one of unitId and regionCode' });

export const partyDto = z.object({
  unitId: z.string().nullable(),
  regionCode: z.string().nullable(),
  name: z.string(),
  regionPath: z.string().nullable(),
});

export const pairingBody = z
  .object({
    kind: z.enum(PAIRING_KINDS),
    east: partyInput,
    west: partyInput,
    startDate: isoDate,
    endDate: isoDate.nullable().default(null),
    status: z.enum(PAIRING_STATUSES).default('active'),
    note: z.string().max(2000).nullable().default(null),
  })
  .refine((p) => p.endDate === null || p.endDate >= p.startDate, {
    message: 'end date before start date',
    path: ['endDate'],
  });

export const pairingPatchBody = z.object({
  version: z.number().int(),
  startDate: isoDate.optional(),
  endDate: isoDate.nullable().optional(),
  status: z.enum(PAIRING_STATUSES).optional(),
  note: z.string().max(2000).nullable().optional(),
});

export const pairingAbilities = z.object({ edit: z.boolean(), confirm: z.boolean(), addAgreement: z.boolean() });

export const pairingDto = z.object({
  id: z.string(),
  kind: z.enum(PAIRING_KINDS),
  east: partyDto,
  west: partyDto,
  countyCode: z.string(),
  countyName: z.string(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  status: z.enum(PAIRING_STATUSES),
  note: z.string().nullable(),
  isIllustrative: z.boolean(),
  westConfirmedAt: z.string().nullable(),
  agreementCount: z.number().int(),
  lastRecordOn: z.string().nullable(),
  version: z.number().int(),
  abilities: pairingAbilities,
});
export type PairingDto = z.infer<typeof pairingDto>;

export const pairingListQuery = z.object({
  kind: z.enum(PAIRING_KINDS).optional(),
  county: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
  unit: z.uuid().optional(),
  status: z.enum(PAIRING_STATUSES).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  q: z.string().trim().max(50).optional(),
  ...paging(20, 500),
  sort: z.enum(['startDate', '-startDate', 'kind', 'county', 'east']).default('-startDate'),
});
export type PairingListQuery = z.infer<typeof pairingListQuery>;

export const agreementTargetInput = z.object({
  year: z.number().int().min(2000).max(2100),
  description: z.string().trim().min(1).max(500),
  indicatorCode: z.string().max(80).nullable().default(null),
  quantity: z.number().int().nullable().default(null),
  unit: z.string().max(20).nullable().default(null),
});

export const agreementBody = z
  .object({
    pairingId: z.uuid(),
    title: z.string().trim().min(1).max(200),
    eastUnitId: z.uuid().nullable().default(null),
    eastPartyName: z.string().trim().min(1).max(200).optional(),
    westPartyName: z.string().trim().min(1).max(200).optional(),
    signedOn: isoDate,
    yearFrom: z.number().int().min(2000).max(2100),
    yearTo: z.number().int().min(2000).max(2100),
    commitments: z.string().max(20_000).default(''),
    targets: z.array(agreementTargetInput).max(100).default([]),
  })
  .refine((a) => a.yearTo >= a.yearFrom, { message: 'yearTo before yearFrom', path: ['yearTo'] });

export const agreementFileDto = z.object({
  id: z.string(),
  filename: z.string(),
  size: z.number().int(),
  mime: z.string(),
  hash: z.string(),
  createdAt: z.string(),
});

export const agreementDto = z.object({
  id: z.string(),
  pairingId: z.string(),
  pairingKind: z.enum(PAIRING_KINDS),
  countyCode: z.string(),
  title: z.string(),
  eastUnitId: z.string().nullable(),
  eastPartyName: z.string(),
  westPartyName: z.string(),
  signedOn: z.string(),
  yearFrom: z.number().int(),
  yearTo: z.number().int(),
  commitments: z.string(),
  isIllustrative: z.boolean(),
  targets: z.array(agreementTargetInput.extend({ id: z.string() })),
  files: z.array(agreementFileDto),
  version: z.number().int(),
});
export type AgreementDto = z.infer<typeof agreementDto>;

export const agreementListQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  pairing: z.uuid().optional(),
  county: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
  ...paging(50, 500),
});

export const pairingStatsDto = z.object({
  year: z.number().int().nullable(),
  byKindAndCounty: z.array(
    z.object({ kind: z.enum(PAIRING_KINDS), countyCode: z.string(), countyName: z.string(), count: z.number().int() }),
  ),
  agreements: z.number().int(),
});

export const dormantDto = z.object({
  months: z.number().int(),
  asOf: z.string(),
  items: z.array(pairingDto.extend({ monthsSinceLastRecord: z.number().int().nullable() })),
});

export const unitBody = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9_-]{1,39}$/, 'lowercase letters, digits, _ and -'),
  name: z.string().trim().min(1).max(100),
  type: z.enum([
    'party_gov',
    'street',
    'community',
    'school',
    'hospital',
    'enterprise',
    'social_org',
    'county_bureau',
    'charity',
  ]),
  side: z.enum(['east', 'west']),
  regionCode: z
    .string()
    .regex(/^\d{6,12}$/)
    .nullable()
    .default(null),
  creditCode: z
    .string()
    .trim()
    .toUpperCase()
    .refine(isValidCreditCode, 'invalid unified social credit code (统一社会信用代码校验失败)')
    .nullable()
    .default(null),
  isMember: z.boolean().default(false),
});
export const unitPatchBody = unitBody.partial().omit({ code: true }).extend({ version: z.number().int() });
