import { z } from 'zod';
import { isValidCreditCode } from '../credit-code';
import { paging } from '../page';

/** Where a job takes a worker, as the employment record declares it. */
export const DESTINATIONS = ['near_home', 'tianjin', 'elsewhere'] as const;
export type Destination = (typeof DESTINATIONS)[number];
export const POST_STATUSES = ['draft', 'open', 'filled', 'closed'] as const;
export type PostStatus = (typeof POST_STATUSES)[number];
export const EDUCATION_LEVELS = ['none', 'primary', 'junior', 'senior', 'vocational', 'college'] as const;
export const PUSH_CHANNELS = ['sms', 'wecom', 'inapp'] as const;
export type PushChannel = (typeof PUSH_CHANNELS)[number];

const isoDate = z.iso.date();
const regionCode = z.string().regex(/^\d{6}$/);
const fen = z.number().int().min(0).max(1e11);

export const employerBody = z.object({
  name: z.string().trim().min(1).max(200),
  creditCode: z
    .string()
    .trim()
    .transform((s) => s.toUpperCase())
    .refine((s) => isValidCreditCode(s), { message: 'not a valid unified social credit code' }),
  regionCode,
  contactName: z.string().trim().max(50).nullable().default(null),
  contactPhone: z
    .string()
    .regex(/^1\d{10}$/)
    .nullable()
    .default(null),
});
export type EmployerBody = z.infer<typeof employerBody>;

export const employerDto = z.object({
  id: z.string(),
  name: z.string(),
  creditCode: z.string(),
  regionCode: z.string(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  posts: z.number().int(),
  version: z.number().int(),
});
export type EmployerDto = z.infer<typeof employerDto>;
export const employerListQuery = z.object({ q: z.string().trim().max(100).optional(), ...paging() });

export const postBody = z
  .object({
    employerId: z.uuid().optional(),
    title: z.string().trim().min(1).max(200),
    regionCode,
    openings: z.number().int().min(1, { message: 'openings must be at least 1' }).max(10_000),
    wageMinFen: fen,
    wageMaxFen: fen,
    skills: z.array(z.string().trim().min(1).max(30)).max(20).default([]),
    housing: z.boolean().default(false),
    meals: z.boolean().default(false),
    contractMonths: z.number().int().min(1).max(120).nullable().default(null),
    startOn: isoDate,
    validTo: isoDate,
    ageMax: z.number().int().min(16).max(70).nullable().default(null),
    status: z.enum(['draft', 'open']).default('open'),
  })
  .refine((p) => p.wageMinFen <= p.wageMaxFen, { message: 'wage minimum above maximum', path: ['wageMinFen'] })
  .refine((p) => p.startOn <= p.validTo, { message: 'start after validity', path: ['validTo'] });
export type PostBody = z.infer<typeof postBody>;

export const postDto = z.object({
  id: z.string(),
  employerId: z.string(),
  employerName: z.string(),
  title: z.string(),
  regionCode: z.string(),
  destination: z.enum(DESTINATIONS),
  openings: z.number().int(),
  hired: z.number().int(),
  wageMinFen: z.number().int(),
  wageMaxFen: z.number().int(),
  skills: z.array(z.string()),
  housing: z.boolean(),
  meals: z.boolean(),
  contractMonths: z.number().int().nullable(),
  startOn: z.string(),
  validTo: z.string(),
  ageMax: z.number().int().nullable(),
  status: z.enum(POST_STATUSES),
  version: z.number().int(),
});
export type PostDto = z.infer<typeof postDto>;
export const postListQuery = z.object({
  status: z.enum(POST_STATUSES).optional(),
  employerId: z.uuid().optional(),
  ...paging(),
});

export const workerListQuery = z.object({
  county: regionCode.optional(),
  wish: z.enum(DESTINATIONS).optional(),
  status: z.enum(['available', 'employed']).optional(),
  ...paging(),
});
export const workerDto = z.object({
  id: z.string(),
  name: z.string(),
  idMasked: z.string(),
  phoneMasked: z.string().nullable(),
  countyCode: z.string(),
  isPoor: z.boolean(),
  skills: z.array(z.string()),
  education: z.string().nullable(),
  wish: z.enum(DESTINATIONS),
  wishedWageFen: z.number().int().nullable(),
  availableFrom: z.string().nullable(),
  hasConsent: z.boolean(),
  status: z.enum(['available', 'employed']),
  version: z.number().int(),
});
export type WorkerDto = z.infer<typeof workerDto>;
export const workerPage = z.object({ items: z.array(workerDto), total: z.number().int() });

export const workerUpdateBody = z.object({
  version: z.number().int(),
  skills: z.array(z.string().trim().min(1).max(30)).max(20).optional(),
  wish: z.enum(DESTINATIONS).optional(),
  wishedWageFen: fen.nullable().optional(),
  availableFrom: isoDate.nullable().optional(),
  hasConsent: z.boolean().optional(),
});

export const MATCH_FACTORS = ['destination', 'skills', 'wage', 'distance', 'availability', 'contacted'] as const;
export type MatchFactor = (typeof MATCH_FACTORS)[number];
export type MatchWeights = Record<MatchFactor, number>;
export const matchWeightsSchema = z.object(
  Object.fromEntries(MATCH_FACTORS.map((f) => [f, z.number().min(-10).max(10)])) as Record<MatchFactor, z.ZodNumber>,
);
export const matchQuery = z.object({ limit: z.coerce.number().int().min(1).max(200).default(20) });
export const matchReason = z.object({ factor: z.enum(MATCH_FACTORS), weight: z.number(), value: z.number() });
export const workerMatchDto = z.object({
  workerId: z.string(),
  score: z.number(),
  reasons: z.array(matchReason),
  name: z.string(),
  countyCode: z.string(),
});
export const postMatchDto = z.object({
  postId: z.string(),
  score: z.number(),
  reasons: z.array(matchReason),
  title: z.string(),
});
export const workerMatches = z.object({ items: z.array(workerMatchDto) });
export const postMatches = z.object({ items: z.array(postMatchDto) });

export const labourSettingsDto = z.object({
  weights: matchWeightsSchema,
  weeklyCap: z.number().int().min(0).max(50),
  version: z.number().int(),
});
export const labourSettingsBody = labourSettingsDto;

export const pushBody = z.object({
  postId: z.uuid(),
  workerIds: z.array(z.uuid()).min(1).max(20_000),
  channel: z.enum(PUSH_CHANNELS),
});
export const pushDto = z.object({
  id: z.string(),
  queued: z.number().int(),
  skipped: z.object({ optedOut: z.number().int(), capped: z.number().int(), unreachable: z.number().int() }),
});
