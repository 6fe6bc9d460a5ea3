import { z } from 'zod';

/**
 * Documents (文件) of a year's cooperation: the implementation plan (实施方案), the task division (任务分工) and the
 * other papers the leadership group adopts, each working group's special work plan (专项工作方案) and each member
 * unit's own plan (本单位扶贫计划). Clauses of a document are tasks (tasks.contracts.ts).
 */

const isoDate = z.iso.date();
const year = z.coerce.number().int().min(2000).max(2100);

export const DOCUMENT_KINDS = ['implementation_plan', 'task_division', 'group_plan', 'unit_plan', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, { zh: string; en: string }> = {
  implementation_plan: { zh: '实施方案', en: 'Implementation plan' },
  task_division: { zh: '任务分工', en: 'Task division' },
  group_plan: { zh: '专项工作方案', en: 'Working-group plan' },
  unit_plan: { zh: '单位扶贫计划', en: 'Unit plan' },
  other: { zh: '其他文件', en: 'Other document' },
};

/** Kinds a working group or a member unit writes and the office reviews; the others are adopted as issued. */
export const REVIEWED_KINDS = ['group_plan', 'unit_plan'] as const satisfies readonly DocumentKind[];
export type ReviewedKind = (typeof REVIEWED_KINDS)[number];
export const isReviewedKind = (k: DocumentKind): k is ReviewedKind => (REVIEWED_KINDS as readonly string[]).includes(k);

/** adopted: an issued document (no review); the others are the review workflow of a group or unit plan. */
export const DOCUMENT_STATUSES = ['adopted', 'draft', 'submitted', 'returned', 'accepted'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

export const DOCUMENT_STATUS_LABELS: Record<DocumentStatus, { zh: string; en: string }> = {
  adopted: { zh: '已印发', en: 'Adopted' },
  draft: { zh: '草稿', en: 'Draft' },
  submitted: { zh: '待审核', en: 'Submitted' },
  returned: { zh: '已退回', en: 'Returned' },
  accepted: { zh: '已通过', en: 'Accepted' },
};

export const PLAN_ACTIONS = ['submit', 'accept', 'return'] as const;
export type PlanAction = (typeof PLAN_ACTIONS)[number];

/** The review workflow of a group or unit plan: the author submits (again after a return), the office decides. */
export const PLAN_TRANSITIONS: Record<
  PlanAction,
  { from: readonly DocumentStatus[]; to: DocumentStatus; by: 'author' | 'office' }
> = {
  submit: { from: ['draft', 'returned'], to: 'submitted', by: 'author' },
  accept: { from: ['submitted'], to: 'accepted', by: 'office' },
  return: { from: ['submitted'], to: 'returned', by: 'office' },
};

export const documentBody = z
  .object({
    year,
    kind: z.enum(DOCUMENT_KINDS),
    title: z.string().trim().min(2).max(200),
    /** 文号, e.g. 南开协作发〔2019〕3号. */
    docNo: z.string().trim().max(60).nullable().default(null),
    issuedOn: isoDate.nullable().default(null),
    /** Who adopted it, e.g. 区领导小组 (adopted documents). */
    adoptedBy: z.string().trim().max(100).nullable().default(null),
    /** The working group a group plan belongs to. */
    groupCode: z.string().max(40).nullable().default(null),
    /** The member unit a unit plan belongs to (the caller's unit when not given). */
    unitId: z.uuid().nullable().default(null),
    /** Task division: the date by which member units and working groups submit their plans. */
    plansDueOn: isoDate.nullable().default(null),
  })
  .refine((d) => d.kind !== 'group_plan' || d.groupCode !== null, {
    message: 'a working-group plan names its group',
    path: ['groupCode'],
  });
export type DocumentBody = z.infer<typeof documentBody>;

export const documentListQuery = z.object({
  year: year.optional(),
  kind: z.enum(DOCUMENT_KINDS).optional(),
  group: z.string().max(40).optional(),
  unit: z.uuid().optional(),
});
export type DocumentListQuery = z.infer<typeof documentListQuery>;

export const planTransitionBody = z
  .object({ action: z.enum(PLAN_ACTIONS), note: z.string().trim().max(1000).optional() })
  .refine((b) => b.action !== 'return' || (b.note?.length ?? 0) >= 2, {
    message: 'a return says why (退回须说明理由)',
    path: ['note'],
  });
export type PlanTransitionBody = z.infer<typeof planTransitionBody>;

export const storedFileDto = z.object({
  id: z.string(),
  filename: z.string(),
  size: z.number().int(),
  mime: z.string(),
  createdAt: z.string(),
});
export type StoredFileDto = z.infer<typeof storedFileDto>;

export const documentDto = z.object({
  id: z.string(),
  year: z.number().int(),
  kind: z.enum(DOCUMENT_KINDS),
  title: z.string(),
  docNo: z.string().nullable(),
  issuedOn: z.string().nullable(),
  adoptedBy: z.string().nullable(),
  group: z.object({ code: z.string(), name: z.string() }).nullable(),
  unit: z.object({ id: z.string(), name: z.string() }).nullable(),
  plansDueOn: z.string().nullable(),
  status: z.enum(DOCUMENT_STATUSES),
  submittedAt: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  reviewNote: z.string().nullable(),
  /** The document itself (docx or PDF), when uploaded. */
  file: storedFileDto.nullable(),
  taskCount: z.number().int(),
  version: z.number().int(),
  /** edit: change it, add tasks, upload its file; submit / accept / return: the review steps open to the caller now. */
  abilities: z.object({
    edit: z.boolean(),
    submit: z.boolean(),
    accept: z.boolean(),
    return: z.boolean(),
    import: z.boolean(),
  }),
});
export type DocumentDto = z.infer<typeof documentDto>;

export const documentListDto = z.object({ items: z.array(documentDto), total: z.number().int() });

/** A member unit's plan for a year, or its absence: the unit-plan overview the office reviews from. */
export const UNIT_PLAN_STATES = ['missing', ...DOCUMENT_STATUSES.filter((s) => s !== 'adopted')] as const;
export type UnitPlanState = (typeof UNIT_PLAN_STATES)[number];
export const UNIT_PLAN_STATE_LABELS: Record<UnitPlanState, { zh: string; en: string }> = {
  missing: { zh: '未提交', en: 'Not submitted' },
  draft: DOCUMENT_STATUS_LABELS.draft,
  submitted: DOCUMENT_STATUS_LABELS.submitted,
  returned: DOCUMENT_STATUS_LABELS.returned,
  accepted: DOCUMENT_STATUS_LABELS.accepted,
};

export const unitPlanQuery = z.object({ year });
export const unitPlanBody = z.object({
  year,
  title: z.string().trim().min(2).max(200),
  /** The unit whose plan it is; a reporter of one unit may leave it out. */
  unitId: z.uuid().optional(),
});
export type UnitPlanBody = z.infer<typeof unitPlanBody>;

export const unitPlanDto = z.object({
  unit: z.object({ id: z.string(), name: z.string() }),
  year: z.number().int(),
  state: z.enum(UNIT_PLAN_STATES),
  /** The date plans are due under the year's task division; null when it sets none. */
  dueOn: z.string().nullable(),
  /** Submitted after the due date, or still not submitted once it has passed. */
  isLate: z.boolean(),
  /** Tasks of the division (and group plans) the unit leads or co-leads. */
  divisionTasks: z.number().int(),
  /** The plan document (with its own tasks), or null while the unit has none. */
  plan: documentDto.nullable(),
  abilities: z.object({ create: z.boolean() }),
});
export type UnitPlanDto = z.infer<typeof unitPlanDto>;
export const unitPlanListDto = z.object({
  year: z.number().int(),
  dueOn: z.string().nullable(),
  items: z.array(unitPlanDto),
  total: z.number().int(),
  /** How many units are in each state (the overview's counters). */
  summary: z.record(z.enum(UNIT_PLAN_STATES), z.number().int()),
});
export type UnitPlanListDto = z.infer<typeof unitPlanListDto>;
