import { z } from 'zod';
import { RECORD_TYPE_CODES } from '../ledger/registry';
import { INDICATOR_STATUSES } from '../progress/progress';
import { DOCUMENT_KINDS, storedFileDto } from './documents.contracts';

/**
 * Tasks (任务): the clauses of a document — the task division, a working group's plan, a unit's own plan — each with
 * its lead unit, co-units, deadline or cadence, deliverable and what tells that it is done: linked indicators, linked
 * record types (the records that are its evidence), or the lead unit's reports with evidence files (qualitative).
 */

const isoDate = z.iso.date();
const year = z.coerce.number().int().min(2000).max(2100);
const named = z.object({ id: z.string(), name: z.string() });
const label = z.object({ zh: z.string(), en: z.string() });

/** once: a one-off task with a deadline; monthly / quarterly: recurring work through the year. */
export const TASK_CADENCES = ['once', 'monthly', 'quarterly'] as const;
export type TaskCadence = (typeof TASK_CADENCES)[number];
export const TASK_CADENCE_LABELS: Record<TaskCadence, { zh: string; en: string }> = {
  once: { zh: '限期完成', en: 'By a deadline' },
  monthly: { zh: '按月推进', en: 'Monthly' },
  quarterly: { zh: '按季推进', en: 'Quarterly' },
};

export const TASK_STATUSES = ['not_started', 'under_way', 'done', 'overdue'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export const TASK_STATUS_LABELS: Record<TaskStatus, { zh: string; en: string }> = {
  not_started: { zh: '未启动', en: 'Not started' },
  under_way: { zh: '推进中', en: 'Under way' },
  done: { zh: '已完成', en: 'Done' },
  overdue: { zh: '已逾期', en: 'Overdue' },
};

/** What a task's status is computed from: its linked indicators, its linked record types, or the lead unit's reports. */
export const TASK_BASES = ['indicators', 'records', 'reported'] as const;
export type TaskBasis = (typeof TASK_BASES)[number];
export const TASK_BASIS_LABELS: Record<TaskBasis, { zh: string; en: string }> = {
  indicators: { zh: '按关联指标', en: 'From its indicators' },
  records: { zh: '按佐证台账', en: 'From its records' },
  reported: { zh: '定性（按报告和佐证材料）', en: 'Qualitative (reports and evidence)' },
};

/** A clause number as written in the division: 三.(一).1, 3-1-2, 一是 … kept as text, compared as text. */
const clauseNo = z.string().trim().min(1).max(30);

const taskFields = {
  clauseNo,
  text: z.string().trim().min(2).max(2000),
  leadUnitId: z.uuid(),
  coUnitIds: z.array(z.uuid()).max(30).default([]),
  groupCode: z.string().max(40).nullable().default(null),
  cadence: z.enum(TASK_CADENCES).default('once'),
  deadline: isoDate.nullable().default(null),
  deliverable: z.string().trim().max(500).nullable().default(null),
  indicatorCodes: z.array(z.string().max(80)).max(20).default([]),
  recordTypes: z.array(z.enum(RECORD_TYPE_CODES)).max(20).default([]),
};

const deadlineForOnce = (t: { cadence: TaskCadence; deadline: string | null }) =>
  t.cadence !== 'once' || t.deadline !== null;
const deadlineMessage = {
  message: 'a one-off task needs a deadline (限期完成的任务须填写完成时限)',
  path: ['deadline'],
};

export const taskBody = z.object({ documentId: z.uuid(), ...taskFields }).refine(deadlineForOnce, deadlineMessage);
export type TaskBody = z.infer<typeof taskBody>;

export const taskPatchBody = z
  .object({ version: z.number().int(), ...taskFields })
  .refine(deadlineForOnce, deadlineMessage);
export type TaskPatchBody = z.infer<typeof taskPatchBody>;

export const taskListQuery = z.object({
  year: year.optional(),
  group: z.string().max(40).optional(),
  unit: z.uuid().optional(),
  status: z.enum(TASK_STATUSES).optional(),
  document: z.uuid().optional(),
  kind: z.enum(DOCUMENT_KINDS).optional(),
  q: z.string().trim().max(50).optional(),
  /** The date statuses are judged on; the working date by default. */
  asOf: isoDate.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type TaskListQuery = z.infer<typeof taskListQuery>;

/** A month of reporting, e.g. 2019-08. */
export const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;

export const taskReportBody = z.object({
  period: z.string().regex(PERIOD),
  text: z.string().trim().min(2).max(2000),
  /** The share of the task done, as the reporting unit sees it (the lead unit's figure is the task's). */
  percent: z.number().int().min(0).max(100),
  /** The unit the report is for, when the caller reports for several. */
  unitId: z.uuid().optional(),
});
export type TaskReportBody = z.infer<typeof taskReportBody>;

export const taskReportDto = z.object({
  id: z.string(),
  period: z.string(),
  unit: named,
  isLead: z.boolean(),
  percent: z.number().int(),
  text: z.string(),
  reportedOn: z.string(),
  by: z.string().nullable(),
  files: z.array(storedFileDto),
  abilities: z.object({ attach: z.boolean() }),
});
export type TaskReportDto = z.infer<typeof taskReportDto>;

export const taskIndicatorDto = z.object({
  code: z.string(),
  name: label,
  status: z.enum(INDICATOR_STATUSES).nullable(),
  value: z.number().nullable(),
  target: z.number().nullable(),
  completion: z.number().nullable(),
  format: z.enum(['count', 'money', 'percent', 'area']).nullable(),
});

export const taskDto = z.object({
  id: z.string(),
  year: z.number().int(),
  document: z.object({ id: z.string(), kind: z.enum(DOCUMENT_KINDS), title: z.string() }),
  clauseNo: z.string(),
  text: z.string(),
  leadUnit: named,
  coUnits: z.array(named),
  group: z.object({ code: z.string(), name: z.string() }).nullable(),
  cadence: z.enum(TASK_CADENCES),
  deadline: z.string().nullable(),
  /** The deadline, or the year's end for recurring work. */
  dueDate: z.string(),
  /** When the task runs from: its document's issue date, else the year's start. */
  startOn: z.string(),
  deliverable: z.string().nullable(),
  indicatorCodes: z.array(z.string()),
  recordTypes: z.array(z.string()),
  basis: z.enum(TASK_BASES),
  status: z.enum(TASK_STATUSES),
  percent: z.number().int(),
  /** The lead unit reports it complete but the evidence the basis needs (files or records) is not there yet. */
  needsEvidence: z.boolean(),
  evidence: z.object({ records: z.number().int(), files: z.number().int() }),
  lastReport: z
    .object({ period: z.string(), reportedOn: z.string(), unit: named, percent: z.number().int(), text: z.string() })
    .nullable(),
  /** Months whose report from the lead unit is due by the as-of date and missing. */
  reportsMissing: z.array(z.string()),
  version: z.number().int(),
  /** edit: change the task; report: the caller reports for its lead unit or a co-unit. */
  abilities: z.object({ edit: z.boolean(), report: z.boolean() }),
});
export type TaskDto = z.infer<typeof taskDto>;

export const taskListDto = z.object({
  items: z.array(taskDto),
  total: z.number().int(),
  asOf: z.string(),
  /** Tasks in each status among those matching every filter but the status. */
  summary: z.record(z.enum(TASK_STATUSES), z.number().int()),
});
export type TaskListDto = z.infer<typeof taskListDto>;

export const taskDetailDto = taskDto.extend({
  asOf: z.string(),
  indicators: z.array(taskIndicatorDto),
  reports: z.array(taskReportDto),
});
export type TaskDetailDto = z.infer<typeof taskDetailDto>;

/** What an Excel import of a document's tasks did, by clause number. */
export const taskImportResultDto = z.object({
  total: z.number().int(),
  created: z.array(z.string()),
  updated: z.array(z.string()),
  unchanged: z.array(z.string()),
});
export type TaskImportResultDto = z.infer<typeof taskImportResultDto>;
