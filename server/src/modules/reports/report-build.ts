import {
  parseReportScope,
  summaryTemplate,
  type ReportFormat,
  type ReportKind,
  type SummaryTemplate,
} from '@xiezuo/domain';
import type { Actor, AppContext } from '../../http/context';
import { AppError } from '../../http/app-error';
import { composePlanText } from './plan-text.compose';
import { planVsActualBlocks, planVsActualXlsx } from './plan-vs-actual';
import { loadReportData, planDecls, type ReportData } from './report-data';
import { loadProblems, problemsPart, remedies } from './report-problems';
import { qualitativePoints } from './report-qualitative';
import { qualitativeTaskPoints } from './report-tasks';
import { toHtml, toText, type Block, type ReportDoc } from './report-doc';
import { canRequestScope } from './reports.policy';
import * as repo from './reports.repository';
import { composeSummary, type Point } from './summary.compose';
import { DEFAULT_SUMMARY_TEMPLATE } from './summary.default-template';

export const MIME: Record<ReportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export type ReportRequest = { kind: ReportKind; year: number; scope: string; format: ReportFormat; asOf?: string };
export type BuiltReport = { buffer: Buffer; mime: string; filename: string };

/** The tenant's summary template, or the built-in one; a stored body that no longer parses falls back to the default. */
export async function loadSummaryTemplate(
  ctx: AppContext,
  tenantId: string,
): Promise<{ template: SummaryTemplate; row: repo.TemplateRow | undefined }> {
  const row = await repo.findTemplate(ctx.db, tenantId, 'summary');
  const parsed = row ? summaryTemplate.safeParse(row.body) : null;
  return { template: parsed?.success ? parsed.data : DEFAULT_SUMMARY_TEMPLATE, row };
}

/** 403 unless the actor may have a report of this scope (see reports.policy). */
export function checkScope(actor: Actor, scope: string) {
  const parsed = parseReportScope(scope);
  if (!canRequestScope(actor, parsed))
    throw new AppError('FORBIDDEN', {
      reason: { zh: '该报告超出您的数据范围', en: 'This report lies outside your scope' },
    });
  return parsed;
}

type PlanPartOptions = { heading?: string; lead?: string | null };

/** The numbered plan part written from a plan year's targets; nothing when that year has no plan and nothing leads it. */
async function planPart(
  ctx: AppContext,
  actor: Actor,
  t: SummaryTemplate,
  data: ReportData,
  planYear: number,
  opts: PlanPartOptions = {},
): Promise<(ordinal: number) => Block[]> {
  if (!t.plan) return () => [];
  const decls = planYear === data.year ? data.decls : ((await planDecls(ctx, actor, planYear, data.slice)) ?? []);
  if (!decls.length && !opts.lead) return () => [];
  const facts = {
    numbers: data.facts.numbers,
    strings: new Map([...data.facts.strings, ['plan_year', String(planYear)]]),
  };
  const county = data.scope.kind === 'county' ? data.scope.county : undefined;
  return (ordinal) =>
    composePlanText(t.plan!, decls, {
      counties: data.counties.map((c) => c.code),
      county,
      facts,
      ordinal,
      ...opts,
    });
}

/** The document's properties: the issuing office as author, and how and from what the file was written. */
const propertiesOf = (d: ReportData) => ({
  author: d.issuer,
  subject: `${d.year}年东西部扶贫协作和支援合作`,
  description: `本报告由协作平台根据已确认的台账记录自动生成，数据统计截至${d.facts.strings.get('as_of')}。`,
});

const mergePoints = (a: Record<string, Point[]>, b: Record<string, Point[]>): Record<string, Point[]> =>
  Object.fromEntries(
    [...new Set([...Object.keys(a), ...Object.keys(b)])].map((k) => [k, [...(a[k] ?? []), ...(b[k] ?? [])]]),
  );

/** The year-end summary of a year and scope as a document (and the placeholders that found no value). */
export async function summaryDoc(
  ctx: AppContext,
  actor: Actor,
  data: ReportData,
  template?: SummaryTemplate,
): Promise<{ doc: ReportDoc; missing: string[] }> {
  const t = template ?? (await loadSummaryTemplate(ctx, actor.tenantId)).template;
  const [problems, evidencePoints, taskPoints] = await Promise.all([
    loadProblems(ctx, actor, data),
    qualitativePoints(ctx, actor.tenantId, data),
    qualitativeTaskPoints(ctx, actor, data),
  ]);
  const extraPoints = mergePoints(evidencePoints, taskPoints);
  const asOf = data.facts.strings.get('as_of')!;
  const plan = await planPart(ctx, actor, t, data, data.year + 1, { lead: remedies(problems) });
  return composeSummary(t, data.facts, {
    scope: data.scope.kind,
    extraPoints,
    parts: [problemsPart(problems, asOf), plan],
    signature: { issuer: data.issuer, date: asOf },
    properties: propertiesOf(data),
  });
}

/** The plan-vs-actual report of a year as a document: the table, then the year's plan text. */
export async function planVsActualDoc(ctx: AppContext, actor: Actor, data: ReportData): Promise<ReportDoc> {
  const { template } = await loadSummaryTemplate(ctx, actor.tenantId);
  const plan = await planPart(ctx, actor, template, data, data.year, { heading: '{plan_year}年工作安排' });
  const title = `${data.facts.strings.get('scope_title')}${data.year}年东西部协作计划执行情况对照表`;
  return {
    title,
    landscape: true,
    blocks: planVsActualBlocks(data, plan),
    properties: propertiesOf(data),
  };
}

const safeName = (s: string) => s.replace(/[\\/:*?"<>|\r\n]+/g, '_').slice(0, 120);

/** Writes a report: gathers the data of the year and scope, composes, renders. `progress` is told how far it got. */
export async function buildReport(
  ctx: AppContext,
  actor: Actor,
  req: ReportRequest,
  progress: (pct: number) => Promise<void> = async () => {},
): Promise<BuiltReport> {
  const scope = checkScope(actor, req.scope);
  const data = await loadReportData(ctx, actor, req.year, scope, req.asOf);
  await progress(40);
  let doc: ReportDoc;
  if (req.kind === 'summary') doc = (await summaryDoc(ctx, actor, data)).doc;
  else if (req.format === 'xlsx') {
    const title = `${data.facts.strings.get('scope_title')}${req.year}年东西部协作计划执行情况对照表`;
    const buffer = await planVsActualXlsx(data, title);
    return { buffer, mime: MIME.xlsx, filename: `${safeName(title)}.xlsx` };
  } else doc = await planVsActualDoc(ctx, actor, data);
  await progress(60);
  // the Word and PDF writers (docx, pdfmake with pdfkit and fontkit) take about a second to load: loaded on first use,
  // not at every server start
  let buffer: Buffer;
  if (req.format === 'docx') buffer = await (await import('./render-docx')).renderDocx(doc);
  else if (req.format === 'pdf') buffer = await (await import('./render-pdf')).renderPdf(doc);
  else buffer = Buffer.from(req.format === 'html' ? toHtml(doc) : toText(doc), 'utf8');
  return { buffer, mime: MIME[req.format], filename: `${safeName(doc.title)}.${req.format}` };
}
