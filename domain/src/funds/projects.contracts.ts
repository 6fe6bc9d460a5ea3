import { z } from 'zod';
import { personInput } from '../ledger/records.contracts';
import { BENEFIT_LINKS, FUND_SOURCES, OUTPUT_UNITS, PROJECT_CATEGORIES, PROJECT_LEVELS } from './funds.model';
import { HAND_STAGES, PROJECT_STAGES } from './project-stages';

/** Money on the wire: whole fen, never negative, at most 100 亿元. */
export const fen = z.number().int().min(0).max(1_000_000_000_000);
const positiveFen = fen.min(1);
const count = z.number().int().min(0).max(10_000_000);
const countyCode = z.string().regex(/^\d{6}$/);
const regionCode = z.string().regex(/^\d{9}(\d{3})?$/);
const isoDate = z.iso.date();
const text = (max: number) => z.string().trim().max(max);

/** One expected output: a typed quantity (亩, 座, 人 …), planned and, once accepted, measured. */
export const projectOutput = z.object({
  name: text(100).min(1),
  unit: z.enum(OUTPUT_UNITS),
  planned: z.number().min(0).max(1e9),
  actual: z.number().min(0).max(1e9).nullable().default(null),
});
export type ProjectOutput = z.infer<typeof projectOutput>;

/** A benefit link (利益联结) and the households it reaches. */
export const benefitLink = z.object({
  kind: z.enum(BENEFIT_LINKS),
  households: count,
  note: text(500).nullable().default(null),
});

const beneficiaries = {
  households: count.default(0),
  persons: count.default(0),
  poorHouseholds: count.default(0),
  poorPersons: count.default(0),
};

const projectFields = z.object({
  name: text(200).min(2),
  year: z.number().int().min(2000).max(2100),
  countyCode,
  regionCode: regionCode.nullable().default(null),
  category: z.enum(PROJECT_CATEGORIES),
  level: z.enum(PROJECT_LEVELS),
  fundSource: z.enum(FUND_SOURCES),
  plannedFen: positiveFen,
  ...beneficiaries,
  outputs: z.array(projectOutput).max(20).default([]),
  benefitLinks: z.array(benefitLink).max(10).default([]),
  description: text(2000).nullable().default(null),
});

const poorWithinTotals = (p: { households: number; persons: number; poorHouseholds: number; poorPersons: number }) =>
  p.poorHouseholds <= p.households && p.poorPersons <= p.persons;
const poorIssue = {
  message: 'poor households/persons exceed the totals / 贫困户（人）数不能超过总数',
  path: ['poorPersons'],
};

/** A proposal (项目申报); the code is given or generated (项目编码: year, county, number). */
export const projectInput = projectFields
  .extend({
    code: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9][A-Za-z0-9-]{2,39}$/)
      .optional(),
    people: z.array(personInput).max(5000).default([]),
  })
  .refine(poorWithinTotals, poorIssue);
export type ProjectInput = z.infer<typeof projectInput>;

/** Editing a proposal while it is proposed or returned (version checked). */
export const projectPatch = projectFields
  .omit({ year: true, countyCode: true })
  .partial()
  .extend({ version: z.number().int(), people: z.array(personInput).max(5000).optional() });
export type ProjectPatch = z.infer<typeof projectPatch>;

/** A stage step. Completion carries the measured outputs; the hand-over the assets; the evaluation its findings. */
export const projectTransitionBody = z.object({
  to: z.enum(HAND_STAGES as [string, ...string[]]),
  reason: text(1000).optional(),
  /** Approve although a fund rule breaks; needs a reason. */
  override: z.boolean().default(false),
  version: z.number().int().optional(),
  approvedFen: positiveFen.optional(),
  completion: z
    .object({
      completedOn: isoDate,
      outputs: z.array(z.object({ index: z.number().int().min(0).max(19), actual: z.number().min(0).max(1e9) })),
      ...beneficiaries,
      note: text(1000).nullable().default(null),
    })
    .refine(poorWithinTotals, poorIssue)
    .optional(),
  assets: z
    .object({
      owner: text(200).min(2),
      valueFen: fen,
      handedOverOn: isoDate,
      note: text(1000).nullable().default(null),
    })
    .optional(),
  evaluation: z
    .object({
      score: z.number().min(0).max(100),
      householdsBenefiting: count,
      outputsMet: z.boolean(),
      note: text(2000).min(2),
    })
    .optional(),
});
export type ProjectTransitionBody = z.infer<typeof projectTransitionBody>;

/** An adjustment (项目调整): a new amount, a new scope, or cancellation; always with a reason, approved like a project. */
export const projectAdjustmentInput = z.object({
  kind: z.enum(['amount', 'scope', 'cancel']),
  reason: text(1000).min(2),
  newAmountFen: positiveFen.optional(),
  scope: z
    .object({
      name: text(200).min(2).optional(),
      description: text(2000).nullable().optional(),
      outputs: z.array(projectOutput).max(20).optional(),
    })
    .optional(),
});
export type ProjectAdjustmentInput = z.infer<typeof projectAdjustmentInput>;
export const projectAdjustmentDecisionBody = z.object({
  approve: z.boolean(),
  note: text(1000).optional(),
  override: z.boolean().default(false),
  reason: text(1000).optional(),
});

export const projectListQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  county: countyCode.optional(),
  stage: z.enum(PROJECT_STAGES).optional(),
  category: z.enum(PROJECT_CATEGORIES).optional(),
  source: z.enum(FUND_SOURCES).optional(),
  q: text(100).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  sort: z.enum(['code', '-plannedFen', 'plannedFen', '-updatedAt', 'stage']).default('code'),
});
export type ProjectListQuery = z.infer<typeof projectListQuery>;

const label = z.object({ zh: z.string(), en: z.string() });
export const moneyTotals = z.object({
  plannedFen: z.number(),
  approvedFen: z.number(),
  paidFen: z.number(),
  receivedFen: z.number(),
  spentFen: z.number(),
});
export type MoneyTotals = z.infer<typeof moneyTotals>;

export const projectAbilities = z.object({
  edit: z.boolean(),
  propose: z.boolean(),
  approve: z.boolean(),
  return: z.boolean(),
  cancel: z.boolean(),
  start: z.boolean(),
  complete: z.boolean(),
  handOver: z.boolean(),
  evaluate: z.boolean(),
  adjust: z.boolean(),
  attach: z.boolean(),
  spend: z.boolean(),
  raiseFinding: z.boolean(),
});
export type ProjectAbilities = z.infer<typeof projectAbilities>;

export const projectSummaryDto = moneyTotals.extend({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  year: z.number().int(),
  countyCode: z.string(),
  countyName: z.string(),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  category: z.string(),
  level: z.string(),
  fundSource: z.string(),
  stage: z.enum(PROJECT_STAGES),
  /** Approved amount not yet covered by a payment (confirmed or awaiting confirmation). */
  openFen: z.number(),
  households: z.number().int(),
  persons: z.number().int(),
  poorHouseholds: z.number().int(),
  poorPersons: z.number().int(),
  openFindings: z.number().int(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type ProjectSummaryDto = z.infer<typeof projectSummaryDto>;

export const projectListDto = z.object({
  items: z.array(projectSummaryDto),
  total: z.number().int(),
  /** Sums over every project matching the filters (not only this page). */
  totals: moneyTotals,
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type ProjectListDto = z.infer<typeof projectListDto>;

export const projectEventDto = z.object({
  at: z.string(),
  action: z.string(),
  fromStage: z.string().nullable(),
  toStage: z.string().nullable(),
  user: z.string().nullable(),
  reason: z.string().nullable(),
  details: z.record(z.string(), z.unknown()).nullable(),
});

export const projectFileDto = z.object({
  id: z.string(),
  filename: z.string(),
  size: z.number().int(),
  createdAt: z.string(),
});

export const projectAdjustmentDto = z.object({
  id: z.string(),
  kind: z.enum(['amount', 'scope', 'cancel']),
  reason: z.string(),
  newAmountFen: z.number().nullable(),
  scope: z.record(z.string(), z.unknown()).nullable(),
  status: z.enum(['pending', 'approved', 'rejected']),
  proposedBy: z.string(),
  decidedBy: z.string().nullable(),
  decisionNote: z.string().nullable(),
  createdAt: z.string(),
  abilities: z.object({ decide: z.boolean() }),
});
export type ProjectAdjustmentDto = z.infer<typeof projectAdjustmentDto>;

export const projectDto = projectSummaryDto.extend({
  description: z.string().nullable(),
  outputs: z.array(projectOutput),
  benefitLinks: z.array(benefitLink),
  rosterCount: z.number().int(),
  people: z.array(z.object({ name: z.string(), idMasked: z.string(), isPoor: z.boolean() })),
  completion: z.record(z.string(), z.unknown()).nullable(),
  assets: z.record(z.string(), z.unknown()).nullable(),
  evaluation: z.record(z.string(), z.unknown()).nullable(),
  proposedBy: z.string().nullable(),
  approvedBy: z.string().nullable(),
  history: z.array(projectEventDto),
  files: z.array(projectFileDto),
  adjustments: z.array(projectAdjustmentDto),
  /** The ledger records this project's money and completion produced. */
  records: z.array(z.object({ id: z.string(), type: z.string(), status: z.string(), amountFen: z.number() })),
  stageLabel: label,
  abilities: projectAbilities,
});
export type ProjectDto = z.infer<typeof projectDto>;

export const expenditureInput = z.object({
  spentOn: isoDate,
  amountFen: positiveFen,
  voucher: text(60).min(1),
  payee: text(200).nullable().default(null),
  note: text(500).nullable().default(null),
});
export type ExpenditureInput = z.infer<typeof expenditureInput>;
