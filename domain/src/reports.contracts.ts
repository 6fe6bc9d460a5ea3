import { z } from 'zod';

/** Reports written from the data: the year-end summary (年度工作总结) and the plan-vs-actual table (计划执行对照表). */
export const REPORT_KINDS = ['summary', 'plan_vs_actual'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const REPORT_FORMATS = ['docx', 'pdf', 'html', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Which formats each kind is written in. */
export const FORMATS_OF: Record<ReportKind, readonly ReportFormat[]> = {
  summary: ['docx', 'pdf', 'html'],
  plan_vs_actual: ['xlsx', 'docx'],
};

export const REPORT_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** `district`, `county:<6-digit code>`, `group:<working-group code>` or `unit:<member unit id>`. */
export const reportScope = z
  .string()
  .regex(
    /^(district|county:\d{6}|group:[a-z][a-z0-9_]{0,39}|unit:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/,
    'district, county:<code>, group:<code> or unit:<id>',
  );
export type ReportScope =
  | { kind: 'district' }
  | { kind: 'county'; county: string }
  | { kind: 'group'; group: string }
  | { kind: 'unit'; unit: string };
export type ReportScopeKind = ReportScope['kind'];
export const REPORT_SCOPE_KINDS = ['district', 'county', 'group', 'unit'] as const satisfies readonly ReportScopeKind[];

/** Parses a scope string that passed `reportScope`. */
export function parseReportScope(s: string): ReportScope {
  if (s.startsWith('county:')) return { kind: 'county', county: s.slice(7) };
  if (s.startsWith('group:')) return { kind: 'group', group: s.slice(6) };
  if (s.startsWith('unit:')) return { kind: 'unit', unit: s.slice(5) };
  return { kind: 'district' };
}

const year = z.coerce.number().int().min(2000).max(2100);

export const summaryQuery = z.object({
  year,
  scope: reportScope.default('district'),
  format: z.enum(['docx', 'pdf', 'html']).default('docx'),
  asOf: z.iso.date().optional(),
});
export const planVsActualQuery = z.object({
  year,
  scope: reportScope.default('district'),
  format: z.enum(['xlsx', 'docx']).default('xlsx'),
  asOf: z.iso.date().optional(),
});

export const createReportBody = z
  .object({
    kind: z.enum(REPORT_KINDS),
    year: z.number().int().min(2000).max(2100),
    scope: reportScope,
    format: z.enum(REPORT_FORMATS),
    asOf: z.iso.date().optional(),
  })
  .refine((b) => FORMATS_OF[b.kind].includes(b.format), {
    message: 'this kind of report is not written in this format / 该报告不支持此格式',
    path: ['format'],
  });
export type CreateReportBody = z.infer<typeof createReportBody>;

export const reportDto = z.object({
  id: z.uuid(),
  kind: z.enum(REPORT_KINDS),
  year: z.number().int(),
  scope: z.string(),
  format: z.enum(REPORT_FORMATS),
  asOf: z.string().nullable(),
  status: z.enum(REPORT_STATUSES),
  progress: z.number().int().min(0).max(100),
  filename: z.string().nullable(),
  hash: z.string().nullable(),
  size: z.number().int().nullable(),
  url: z.string().nullable(),
  error: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ReportDto = z.infer<typeof reportDto>;

// ---- the summary template: headings and sentences are data, stored per tenant ----

const text = (max: number) => z.string().max(max);
const scopes = z.array(z.enum(REPORT_SCOPE_KINDS)).max(4).optional();
const codePair = z.tuple([z.string().max(80), z.string().max(80)]);

/**
 * One sentence. `{code}` is an indicator value (money in 万元, area in 亩), `{notable.x}` a name from the records,
 * `{year}`, `{counties}` … fixed facts. A sentence whose values are 0 or missing is dropped unless keepWhenZero.
 * With `parts`, `{parts}` stands for the parts that survive, joined by `joiner` (default 、); none left drops it.
 */
export const templateSentence = z.object({
  text: text(600),
  parts: z.array(text(300)).max(20).optional(),
  joiner: text(4).optional(),
  keepWhenZero: z.boolean().optional(),
  /** Dropped when this placeholder has a value (a fallback wording, e.g. for a year whose plan lacks a detail). */
  unless: z.string().max(80).optional(),
  /** Kept only when both placeholders have the same non-zero value ("均为县处级领导干部"). */
  whenEqual: codePair.optional(),
  /** Kept only when the two placeholders' values differ ("其中3名县处级……" when not all are). */
  whenDiffer: codePair.optional(),
  scopes,
});
export type TemplateSentence = z.infer<typeof templateSentence>;

/** A numbered point: "一是{lead}。" and its sentences; without a lead the sentences stand alone. */
export const templateItem = z.object({
  lead: text(60).optional(),
  sentences: z.array(templateSentence).min(1).max(30),
  scopes,
});
export type TemplateItem = z.infer<typeof templateItem>;

export const templateSection = z.object({
  key: z.string().regex(/^[a-z_]{1,30}$/),
  heading: text(80),
  items: z.array(templateItem).min(1).max(20),
  scopes,
});
export type TemplateSection = z.infer<typeof templateSection>;

/**
 * The plan text (section 三 style) written from a year's targets: sections gather indicator categories; each indicator
 * with a target gets its sentence (`{target}` in the display unit, `{name}`, `{unit}`), items sharing a lead are merged.
 */
export const planTemplate = z.object({
  heading: text(80),
  intro: text(600).optional(),
  sections: z.array(z.object({ heading: text(80), categories: z.array(z.string().max(30)).min(1).max(10) })).max(20),
  sentences: z.record(z.string().max(80), z.object({ lead: text(60).optional(), text: text(300) })),
});
export type PlanTemplate = z.infer<typeof planTemplate>;

export const summaryTemplate = z.object({
  title: text(120),
  intro: text(1000).optional(),
  partHeading: text(80),
  sections: z.array(templateSection).min(1).max(20),
  plan: planTemplate.optional(),
});
export type SummaryTemplate = z.infer<typeof summaryTemplate>;

export const summaryTemplateDto = z.object({
  template: summaryTemplate,
  version: z.number().int(),
  isDefault: z.boolean(),
  updatedAt: z.string().nullable(),
});
export type SummaryTemplateDto = z.infer<typeof summaryTemplateDto>;

export const putSummaryTemplateBody = z.object({ template: summaryTemplate, version: z.number().int().min(0) });

export const previewBody = z.object({
  template: summaryTemplate.optional(),
  year: z.number().int().min(2000).max(2100),
  scope: reportScope,
  asOf: z.iso.date().optional(),
});
export const previewDto = z.object({ html: z.string(), text: z.string(), unknownPlaceholders: z.array(z.string()) });
