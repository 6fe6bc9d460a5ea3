import { z } from 'zod';
import { paging } from '../page';

/**
 * Oversight (督查考核): warnings computed from indicators and records, supervision orders (督办单 and
 * 领导小组决定事项). The annual assessment (考核) of member units is in assessment.contracts.ts.
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
/** What awaits someone on an order, and the statuses that make it so (the workbench counts and the list filter agree). */
export const SUPERVISION_AWAITING = {
  respond: ['open', 'returned'],
  close: ['responded'],
} as const satisfies Record<string, readonly SupervisionStatus[]>;
export type SupervisionAwaiting = keyof typeof SUPERVISION_AWAITING;

// ───────────────────────────── warnings ─────────────────────────────

export const WARNING_KINDS = [
  'indicator_behind',
  'ratio_at_risk',
  'awaiting_confirmation',
  'dispute_unresolved',
  'dormant_pairing',
  'unit_inactive',
  'task_overdue',
  'task_report_missing',
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
  task_overdue: { zh: '任务逾期未完成', en: 'Task overdue' },
  task_report_missing: { zh: '月度进展未报送', en: 'Monthly report missing' },
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
  taskId: z.string().optional(),
  countyCode: z.string().optional(),
  responsibleUnits: z.array(named),
  gap: warningGap.optional(),
  daysOpen: z.number().int().optional(),
  /** Web path of the thing warned about: /indicators/:code?year=&county=, /ledger/records/:id, /ledger?year=&type=&status=&county=&unit=, /pairings/:id, /tasks/:id, /tasks?year=&unit=. */
  link: z.string(),
  /** The latest supervision order issued on this warning that the caller may see; null when none. */
  order: z.object({ id: z.string(), serial: z.string(), status: z.enum(SUPERVISION_STATUSES) }).nullable(),
  /** supervise: the caller may issue an order on it (the office, while no order on it is still open). */
  abilities: z.object({ supervise: z.boolean() }),
});
export type WarningDto = z.infer<typeof warningDto>;

export const warningListDto = z.object({
  year: z.number().int(),
  asOf: z.string(),
  /** False for a year without a plan: no indicator or unit warnings can exist, the page says so. */
  hasPlan: z.boolean(),
  items: z.array(warningDto),
});
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
  /** respond: open or returned orders issued to the caller's units; close: answered orders awaiting the office */
  awaiting: z.enum(['respond', 'close']).optional(),
  ...paging(20, 200),
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
  /** The cited indicators by name (the codes stay in `indicatorCodes` for links). */
  indicators: z.array(z.object({ code: z.string(), name: label })),
  responses: z.array(supervisionResponseDto),
  files: z.array(supervisionFileDto),
  history: z.array(supervisionEventDto),
});
export type SupervisionOrderDetailDto = z.infer<typeof supervisionOrderDetailDto>;
