import { z } from 'zod';

/**
 * Oversight (督查考核): warnings computed from indicators and records, supervision orders (督办单 and
 * 领导小组决定事项), and the annual assessment (考核) of member units.
 */

const label = z.object({ zh: z.string(), en: z.string() });
const isoDate = z.iso.date();
const year = z.coerce.number().int().min(2000).max(2100);
const countyCode = z.string().regex(/^\d{6}$/);
const named = z.object({ id: z.string(), name: z.string() });

// supervision orders' kinds and statuses come first: a warning names the order issued on it
export const SUPERVISION_KINDS = ['supervision', 'leadership_decision'] as const;
export type SupervisionKind = (typeof SUPERVISION_KINDS)[number];
export const SUPERVISION_STATUSES = ['open', 'responded', 'returned', 'closed'] as const;
export type SupervisionStatus = (typeof SUPERVISION_STATUSES)[number];

// ───────────────────────────── warnings ─────────────────────────────

export const WARNING_KINDS = [
  'indicator_behind',
  'ratio_at_risk',
  'awaiting_confirmation',
  'dispute_unresolved',
  'dormant_pairing',
  'unit_inactive',
  'fund_unreceived',
  'fund_mismatch',
  'fund_rule_override',
  'finding_open',
] as const;
export type WarningKind = (typeof WARNING_KINDS)[number];
export const WARNING_SEVERITIES = ['warning', 'critical'] as const;
export type WarningSeverity = (typeof WARNING_SEVERITIES)[number];

export const WARNING_KIND_LABELS: Record<WarningKind, { zh: string; en: string }> = {
  indicator_behind: { zh: '指标进度滞后', en: 'Indicator behind pace' },
  ratio_at_risk: { zh: '比例指标未达标', en: 'Ratio below target' },
  awaiting_confirmation: { zh: '待受援方确认', en: 'Awaiting confirmation' },
  dispute_unresolved: { zh: '争议未解决', en: 'Unresolved dispute' },
  dormant_pairing: { zh: '结对长期无活动', en: 'Dormant pairing' },
  unit_inactive: { zh: '成员单位无填报', en: 'Member unit inactive' },
  fund_unreceived: { zh: '拨付资金未到账', en: 'Payment not received' },
  fund_mismatch: { zh: '到账与拨付不符', en: 'Receipt does not match' },
  fund_rule_override: { zh: '资金比例例外批准', en: 'Fund rule overridden' },
  finding_open: { zh: '审计发现未整改', en: 'Audit finding open' },
};

export const warningListQuery = z.object({
  year: year.optional(),
  asOf: isoDate.optional(),
  kind: z.enum(WARNING_KINDS).optional(),
  county: countyCode.optional(),
  group: z.string().max(40).optional(),
  unit: z.uuid().optional(),
});
export type WarningListQuery = z.infer<typeof warningListQuery>;

export const warningGap = z.object({
  value: z.number(),
  /** Expected by the as-of date as the message states it (counts rounded up to whole items; ratios: the target). */
  expected: z.number(),
  target: z.number(),
  format: z.enum(['count', 'money', 'percent', 'area']),
  /** How far the value lags: expected − value (ratios: target − value, in points), rounded as displayed. */
  shortfall: z.number(),
});

export const warningDto = z.object({
  /** Stable key, e.g. `indicator_behind:2019:labour.employed_elsewhere:621022`; a supervision order may cite it. */
  id: z.string(),
  kind: z.enum(WARNING_KINDS),
  severity: z.enum(WARNING_SEVERITIES),
  title: label,
  message: label,
  indicatorCode: z.string().optional(),
  recordId: z.string().optional(),
  pairingId: z.string().optional(),
  countyCode: z.string().optional(),
  responsibleUnits: z.array(named),
  gap: warningGap.optional(),
  daysOpen: z.number().int().optional(),
  /** Web path of the thing warned about: /indicators/:code?year=&county=, /ledger/records/:id, /ledger?year=&type=&status=&county=&unit=, /pairings/:id. */
  link: z.string(),
  /** The latest supervision order issued on this warning that the caller may see; null when none. */
  order: z.object({ id: z.string(), serial: z.string(), status: z.enum(SUPERVISION_STATUSES) }).nullable(),
  /** supervise: the caller may issue an order on it (the office, while no order on it is still open). */
  abilities: z.object({ supervise: z.boolean() }),
});
export type WarningDto = z.infer<typeof warningDto>;

export const warningListDto = z.object({ year: z.number().int(), asOf: z.string(), items: z.array(warningDto) });
export type WarningListDto = z.infer<typeof warningListDto>;

/** The warning thresholds; PUT sends all of them. */
export const warningSettings = z.object({
  /** Share of the target by which a count may lag its expected value and still be a warning; beyond it, critical. */
  behindThreshold: z.number().min(0).max(1),
  /** Percentage points a ratio may fall short and still be a warning; beyond it, critical. */
  ratioTolerance: z.number().min(0).max(100),
  /** Days a submitted record may wait for the other side's confirmation. */
  awaitingDays: z.number().int().min(1).max(365),
  /** Days a dispute may stay unresolved. */
  disputeDays: z.number().int().min(1).max(365),
  /** Months without a ledger record before a pairing (or a unit with tasks) counts as dormant. */
  dormantMonths: z.number().int().min(1).max(36),
});
export type WarningSettings = z.infer<typeof warningSettings>;
export const DEFAULT_WARNING_SETTINGS: WarningSettings = {
  behindThreshold: 0.15,
  ratioTolerance: 5,
  awaitingDays: 14,
  disputeDays: 14,
  dormantMonths: 6,
};

export const warningSettingsDto = warningSettings.extend({
  updatedAt: z.string().nullable(),
  abilities: z.object({ edit: z.boolean() }),
});
export type WarningSettingsDto = z.infer<typeof warningSettingsDto>;

// ───────────────────────────── supervision ─────────────────────────────

export const SUPERVISION_ACTIONS = ['create', 'respond', 'accept', 'return'] as const;
export type SupervisionAction = (typeof SUPERVISION_ACTIONS)[number];

export const SUPERVISION_KIND_LABELS: Record<SupervisionKind, { zh: string; en: string }> = {
  supervision: { zh: '督办单', en: 'Supervision order' },
  leadership_decision: { zh: '领导小组决定事项', en: 'Leadership-group decision' },
};
export const SUPERVISION_STATUS_LABELS: Record<SupervisionStatus, { zh: string; en: string }> = {
  open: { zh: '待反馈', en: 'Open' },
  responded: { zh: '已反馈', en: 'Responded' },
  returned: { zh: '已退回', en: 'Returned' },
  closed: { zh: '已办结', en: 'Closed' },
};

/** The supervision workflow as a transition table: who acts and from which status to which. */
export const SUPERVISION_TRANSITIONS: Record<
  Exclude<SupervisionAction, 'create'>,
  { from: readonly SupervisionStatus[]; to: SupervisionStatus; by: 'unit' | 'office' }
> = {
  respond: { from: ['open', 'returned'], to: 'responded', by: 'unit' },
  accept: { from: ['responded'], to: 'closed', by: 'office' },
  return: { from: ['responded'], to: 'returned', by: 'office' },
};

/** Whether an order is overdue on a date: past its due date and not closed. */
export const isOrderOverdue = (o: { status: SupervisionStatus; dueDate: string }, today: string) =>
  o.status !== 'closed' && o.dueDate < today;

export const supervisionOrderBody = z.object({
  kind: z.enum(SUPERVISION_KINDS).default('supervision'),
  subject: z.string().trim().min(2).max(200),
  warningId: z.string().max(200).optional(),
  indicatorCodes: z.array(z.string().max(80)).max(50).default([]),
  recordIds: z.array(z.uuid()).max(200).default([]),
  unitIds: z.array(z.uuid()).min(1).max(50),
  dueDate: isoDate,
  requiredResponse: z.string().trim().min(2).max(5000),
});
export type SupervisionOrderBody = z.infer<typeof supervisionOrderBody>;

const booleanFlag = z.enum(['true', 'false']).transform((v) => v === 'true');

export const supervisionListQuery = z.object({
  status: z.enum(SUPERVISION_STATUSES).optional(),
  kind: z.enum(SUPERVISION_KINDS).optional(),
  unit: z.uuid().optional(),
  overdue: booleanFlag.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type SupervisionListQuery = z.infer<typeof supervisionListQuery>;

export const respondBody = z.object({ text: z.string().trim().min(2).max(5000) });
export const returnBody = z.object({ note: z.string().trim().min(2).max(1000) });
export const acceptBody = z.object({ note: z.string().trim().max(1000).optional() });

export const supervisionAbilities = z.object({
  respond: z.boolean(),
  accept: z.boolean(),
  return: z.boolean(),
  attach: z.boolean(),
});
export type SupervisionAbilities = z.infer<typeof supervisionAbilities>;

export const supervisionOrderDto = z.object({
  id: z.string(),
  /** Human serial, e.g. 督办〔2019〕3号. */
  serial: z.string(),
  kind: z.enum(SUPERVISION_KINDS),
  subject: z.string(),
  warningId: z.string().nullable(),
  indicatorCodes: z.array(z.string()),
  recordIds: z.array(z.string()),
  units: z.array(named),
  dueDate: z.string(),
  requiredResponse: z.string(),
  status: z.enum(SUPERVISION_STATUSES),
  isOverdue: z.boolean(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  respondedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  version: z.number().int(),
  abilities: supervisionAbilities,
});
export type SupervisionOrderDto = z.infer<typeof supervisionOrderDto>;

export const supervisionFileDto = z.object({
  id: z.string(),
  filename: z.string(),
  size: z.number().int(),
  mime: z.string(),
  hash: z.string(),
  unitName: z.string().nullable(),
  createdAt: z.string(),
});
export const supervisionResponseDto = z.object({
  id: z.string(),
  unit: named,
  text: z.string(),
  by: z.string().nullable(),
  at: z.string(),
});
export const supervisionEventDto = z.object({
  at: z.string(),
  action: z.enum(SUPERVISION_ACTIONS),
  fromStatus: z.string().nullable(),
  toStatus: z.string(),
  user: z.string().nullable(),
  note: z.string().nullable(),
});

export const supervisionOrderDetailDto = supervisionOrderDto.extend({
  responses: z.array(supervisionResponseDto),
  files: z.array(supervisionFileDto),
  history: z.array(supervisionEventDto),
});
export type SupervisionOrderDetailDto = z.infer<typeof supervisionOrderDetailDto>;

// ───────────────────────────── assessment ─────────────────────────────

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
