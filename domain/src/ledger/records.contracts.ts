import { z } from 'zod';
import { paging } from '../page';
import { MEASURE_KEYS } from './measures';
import { RECORD_TYPE_CODES } from './registry';
import { recordSourceDto } from './sources';
import { RECORD_ACTIONS, RECORD_STATUSES } from './workflow';

const isoDate = z.iso.date();

export const personInput = z.object({
  idNumber: z.string().trim().min(1).max(40),
  name: z.string().trim().min(1).max(50),
  phone: z.string().trim().max(30).nullable().optional(),
  isPoor: z.boolean().optional(),
});
export type PersonInput = z.infer<typeof personInput>;

export const recordInput = z.object({
  type: z.enum(RECORD_TYPE_CODES),
  occurredOn: isoDate,
  eastUnitId: z.uuid(),
  countyCode: z
    .string()
    .regex(/^\d{6}$/)
    .nullable()
    .default(null),
  regionCode: z
    .string()
    .regex(/^\d{9}(\d{3})?$/)
    .nullable()
    .default(null),
  pairingId: z.uuid().nullable().default(null),
  values: z.record(z.string(), z.unknown()).default({}),
  people: z.array(personInput).max(5000).default([]),
  note: z.string().max(2000).nullable().default(null),
});
export type RecordInput = z.infer<typeof recordInput>;

export const recordPatch = z.object({
  version: z.number().int(),
  occurredOn: isoDate.optional(),
  regionCode: z
    .string()
    .regex(/^\d{9}(\d{3})?$/)
    .nullable()
    .optional(),
  pairingId: z.uuid().nullable().optional(),
  values: z.record(z.string(), z.unknown()).optional(),
  people: z.array(personInput).max(5000).optional(),
  note: z.string().max(2000).nullable().optional(),
});
export type RecordPatch = z.infer<typeof recordPatch>;

export const measuresDto = z.partialRecord(z.enum(MEASURE_KEYS as [string, ...string[]]), z.number());

export const recordPersonDto = z.object({
  personId: z.string(),
  name: z.string(),
  idMasked: z.string(),
  phoneMasked: z.string().nullable(),
  isPoor: z.boolean(),
  countedElsewhere: z.boolean(),
});

export const recordAbilities = z.object(
  Object.fromEntries(['edit', ...RECORD_ACTIONS, 'requestUnlock'].map((a) => [a, z.boolean()])) as Record<
    'edit' | (typeof RECORD_ACTIONS)[number] | 'requestUnlock',
    z.ZodBoolean
  >,
);

export const recordSummaryDto = z.object({
  id: z.string(),
  type: z.string(),
  year: z.number().int(),
  occurredOn: z.string(),
  eastUnit: z.object({ id: z.string(), name: z.string() }),
  countyCode: z.string(),
  countyName: z.string(),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  pairingId: z.string().nullable(),
  values: z.record(z.string(), z.unknown()),
  measures: measuresDto,
  peopleCount: z.number().int(),
  status: z.enum(RECORD_STATUSES),
  disputeReason: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
  periodClosed: z.boolean(),
  /** The module row that produced this record (it then changes only through that module); null when entered by hand. */
  source: recordSourceDto.nullable(),
  abilities: recordAbilities,
});
export type RecordSummaryDto = z.infer<typeof recordSummaryDto>;

export const recordEventDto = z.object({
  at: z.string(),
  action: z.string(),
  fromStatus: z.string().nullable(),
  toStatus: z.string().nullable(),
  user: z.string().nullable(),
  reason: z.string().nullable(),
});

export const recordDto = recordSummaryDto.extend({
  people: z.array(recordPersonDto),
  files: z.array(
    z.object({ id: z.string(), filename: z.string(), size: z.number().int(), mime: z.string(), createdAt: z.string() }),
  ),
  history: z.array(recordEventDto),
});
export type RecordDto = z.infer<typeof recordDto>;

export const AWAITING = ['me', 'confirm', 'review', 'disputed'] as const;
export type Awaiting = (typeof AWAITING)[number];

export const recordListQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  period: z
    .string()
    .regex(/^\d{4}(-Q[1-4]|-\d{2})?$/)
    .optional(),
  type: z.enum(RECORD_TYPE_CODES).optional(),
  county: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
  unit: z.uuid().optional(),
  pairing: z.uuid().optional(),
  status: z.enum(RECORD_STATUSES).optional(),
  /** records awaiting a step of the caller: confirm, review, answer a dispute; `me` is confirm or review */
  awaiting: z.enum(AWAITING).optional(),
  ...paging(20, 500),
  sort: z.enum(['occurredOn', '-occurredOn', 'updatedAt', '-updatedAt', 'type', 'status']).default('-occurredOn'),
});
export type RecordListQuery = z.infer<typeof recordListQuery>;

export const reasonBody = z.object({ reason: z.string().trim().min(2).max(1000) });
export const optionalReasonBody = z.object({
  reason: z.string().trim().max(1000).optional(),
  comment: z.string().trim().max(1000).optional(),
});

export const unlockRequestBody = z.object({
  reason: z.string().trim().min(2).max(1000),
  changes: recordPatch.omit({ version: true }),
});
export const unlockRequestDto = z.object({
  id: z.string(),
  recordId: z.string(),
  status: z.enum(['pending', 'approved', 'rejected']),
  reason: z.string(),
  changes: z.record(z.string(), z.unknown()),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
  requestedBy: z.string(),
  decidedBy: z.string().nullable(),
  decisionNote: z.string().nullable(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
});

export const periodDto = z.object({
  key: z.string(),
  kind: z.enum(['month', 'quarter', 'year']),
  status: z.enum(['open', 'closed']),
  closedAt: z.string().nullable(),
});
export const revealBody = z.object({ reason: z.string().trim().min(4).max(500) });

/** POST /persons/lookup: an ID number (in the body, never a URL) and, to verify it, the name the caller typed. */
export const personLookupBody = z.object({
  idNumber: z.string().min(1).max(40),
  name: z.string().trim().max(50).optional(),
});
/**
 * A verification, not a directory. `person` (masked) only when the person is within the caller's scope (on a record
 * they may see, or of their county); `nameMatch`: whether a person with this ID number and the typed name exists
 * (null when no name was typed) — the only answer about a person outside the scope.
 */
export const personLookupDto = z.object({
  person: z
    .object({
      personId: z.string(),
      name: z.string(),
      idMasked: z.string(),
      isPoor: z.boolean(),
      countyCode: z.string().nullable(),
    })
    .nullable(),
  nameMatch: z.boolean().nullable(),
});
export type PersonLookupDto = z.infer<typeof personLookupDto>;
export const revealDto = z.object({ personId: z.string(), idNumber: z.string(), phone: z.string().nullable() });
