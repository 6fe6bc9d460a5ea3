import { z } from 'zod';

/** The annual assessment (考核) of member units: the scheme, scores, adjustments and appeals. */

const label = z.object({ zh: z.string(), en: z.string() });
const isoDate = z.iso.date();
const year = z.coerce.number().int().min(2000).max(2100);
const named = z.object({ id: z.string(), name: z.string() });

export const ASSESSMENT_ITEM_KINDS = [
  'indicator_completion',
  'pace',
  'reporting_timeliness',
  'confirmation_timeliness',
  'dispute_share',
  'supervision_on_time',
  'bonus',
  'deduction',
] as const;
export type AssessmentItemKind = (typeof ASSESSMENT_ITEM_KINDS)[number];
/** Kinds scored from office adjustments rather than computed from data. */
export const ADJUSTMENT_KINDS = ['bonus', 'deduction'] as const satisfies readonly AssessmentItemKind[];
export type AdjustmentKind = (typeof ADJUSTMENT_KINDS)[number];

export const ASSESSMENT_ITEM_KIND_LABELS: Record<AssessmentItemKind, { zh: string; en: string }> = {
  indicator_completion: { zh: '指标完成度', en: 'Indicator completion' },
  pace: { zh: '时序进度', en: 'Pace' },
  reporting_timeliness: { zh: '填报及时性', en: 'Reporting timeliness' },
  confirmation_timeliness: { zh: '确认及时性', en: 'Confirmation timeliness' },
  dispute_share: { zh: '数据质量（无争议）', en: 'Data quality (undisputed)' },
  supervision_on_time: { zh: '督办按期反馈', en: 'Supervision answered on time' },
  bonus: { zh: '加分', en: 'Bonus' },
  deduction: { zh: '扣分', en: 'Deduction' },
};

/** An item's code: lower-case letters, digits and _, starting with a letter, 2 to 40 characters. */
export const ASSESSMENT_ITEM_CODE = /^[a-z][a-z0-9_]{1,39}$/;

export const assessmentItem = z.object({
  code: z.string().regex(ASSESSMENT_ITEM_CODE),
  name: label,
  kind: z.enum(ASSESSMENT_ITEM_KINDS),
  /** Points the item is worth; for bonus/deduction the most that may be added/subtracted unless `cap` says otherwise. */
  weight: z.number().min(0).max(100),
  /** Upper bound of the item's absolute score; null = the weight. */
  cap: z.number().min(0).max(100).nullable().default(null),
  /** Timeliness window in days for reporting_timeliness / confirmation_timeliness. */
  days: z.number().int().min(1).max(365).nullable().default(null),
});
export type AssessmentItem = z.infer<typeof assessmentItem>;

/** Whether an item kind is scored from office adjustments (bonus, deduction) rather than computed from data. */
export const isAdjustmentKind = (k: AssessmentItemKind): k is AdjustmentKind =>
  (ADJUSTMENT_KINDS as readonly string[]).includes(k);
/** What the weights of a scheme's scored (non-adjustment) items must add up to. */
export const SCORED_WEIGHT_TOTAL = 100;
/** The sum of the weights of a scheme's scored items. */
export const scoredWeightSum = (items: readonly { kind: AssessmentItemKind; weight: number }[]) =>
  items.filter((i) => !isAdjustmentKind(i.kind)).reduce((a, i) => a + i.weight, 0);
/** Kinds that count records handled within a number of days (the item's `days`). */
export const TIMELINESS_KINDS = [
  'reporting_timeliness',
  'confirmation_timeliness',
] as const satisfies readonly AssessmentItemKind[];
export type TimelinessKind = (typeof TIMELINESS_KINDS)[number];
/** The window a timeliness item uses when its `days` is null. */
export const DEFAULT_TIMELINESS_DAYS: Record<TimelinessKind, number> = {
  reporting_timeliness: 30,
  confirmation_timeliness: 14,
};
export const isTimelinessKind = (k: AssessmentItemKind): k is TimelinessKind =>
  (TIMELINESS_KINDS as readonly string[]).includes(k);

export const assessmentSchemeBody = z
  .object({ version: z.number().int(), items: z.array(assessmentItem).min(1).max(30) })
  .refine((s) => new Set(s.items.map((i) => i.code)).size === s.items.length, {
    message: 'item codes must be unique',
    path: ['items'],
  })
  .refine((s) => Math.abs(scoredWeightSum(s.items) - SCORED_WEIGHT_TOTAL) < 1e-9, {
    message: 'weights of the scored items must sum to 100 (计分项权重之和须为 100)',
    path: ['items'],
  });
export type AssessmentSchemeBody = z.infer<typeof assessmentSchemeBody>;

export const assessmentSchemeDto = z.object({
  year: z.number().int(),
  items: z.array(assessmentItem),
  version: z.number().int(),
  frozen: z.boolean(),
  frozenAt: z.string().nullable(),
  updatedAt: z.string().nullable(),
  abilities: z.object({ edit: z.boolean(), adjust: z.boolean(), freeze: z.boolean() }),
});
export type AssessmentSchemeDto = z.infer<typeof assessmentSchemeDto>;

export const scoreLineDto = z.object({
  code: z.string(),
  name: label,
  kind: z.enum(ASSESSMENT_ITEM_KINDS),
  score: z.number(),
  max: z.number(),
  detail: label,
});
export type ScoreLineDto = z.infer<typeof scoreLineDto>;

export const unitScoreDto = z.object({
  unitId: z.string(),
  unitName: z.string(),
  rank: z.number().int(),
  total: z.number(),
  /** Empty when the caller may see the ranking but not this unit's detail. */
  breakdown: z.array(scoreLineDto),
  isDetailVisible: z.boolean(),
  /** appeal: the caller reports for this unit and the year is not frozen. */
  abilities: z.object({ appeal: z.boolean() }),
});
export type UnitScoreDto = z.infer<typeof unitScoreDto>;

export const assessmentScoresDto = z.object({
  year: z.number().int(),
  asOf: z.string(),
  frozen: z.boolean(),
  frozenAt: z.string().nullable(),
  items: z.array(unitScoreDto),
});
export type AssessmentScoresDto = z.infer<typeof assessmentScoresDto>;

export const adjustmentBody = z.object({
  unitId: z.uuid(),
  itemCode: z.string().max(40),
  points: z.number().positive().max(100),
  reason: z.string().trim().min(2).max(1000),
  /** Document number, minutes or other reference for the adjustment. */
  evidence: z.string().trim().min(2).max(1000),
});
export type AdjustmentBody = z.infer<typeof adjustmentBody>;
export const adjustmentFileDto = z.object({
  id: z.string(),
  filename: z.string(),
  size: z.number().int(),
  mime: z.string(),
  hash: z.string(),
  createdAt: z.string(),
});
export type AdjustmentFileDto = z.infer<typeof adjustmentFileDto>;

export const adjustmentDto = z.object({
  id: z.string(),
  year: z.number().int(),
  unit: named,
  itemCode: z.string(),
  kind: z.enum(ADJUSTMENT_KINDS),
  points: z.number(),
  reason: z.string(),
  evidence: z.string(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  /** Scanned documents, minutes and the like (PDF, PNG, JPEG, xlsx), stored by content hash. */
  files: z.array(adjustmentFileDto),
  /** attach: the office may add evidence files until the year is frozen. */
  abilities: z.object({ attach: z.boolean() }),
});
export type AdjustmentDto = z.infer<typeof adjustmentDto>;

export const APPEAL_STATUSES = ['pending', 'accepted', 'rejected'] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];
export const APPEAL_STATUS_LABELS: Record<AppealStatus, { zh: string; en: string }> = {
  pending: { zh: '待处理', en: 'Pending' },
  accepted: { zh: '已采纳', en: 'Accepted' },
  rejected: { zh: '未采纳', en: 'Rejected' },
};

export const appealBody = z.object({
  unitId: z.uuid(),
  itemCode: z.string().max(40).optional(),
  reason: z.string().trim().min(2).max(2000),
});
export type AppealBody = z.infer<typeof appealBody>;
export const appealDecisionBody = z.object({ accept: z.boolean(), note: z.string().trim().min(2).max(1000) });
export const appealDto = z.object({
  id: z.string(),
  year: z.number().int(),
  unit: named,
  itemCode: z.string().nullable(),
  reason: z.string(),
  status: z.enum(APPEAL_STATUSES),
  decisionNote: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decidedBy: z.string().nullable(),
  abilities: z.object({ decide: z.boolean() }),
});
export type AppealDto = z.infer<typeof appealDto>;

export const assessmentYearParams = z.object({ year });
export const assessmentScoresQuery = z.object({ asOf: isoDate.optional() });
