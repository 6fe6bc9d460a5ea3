import type { z } from 'zod';
import {
  parseReportScope,
  type previewBody,
  type putSummaryTemplateBody,
  type ReportDto,
  type SummaryTemplateDto,
} from '@xiezuo/domain';
import type { Actor, AppContext, RequestMeta } from '../../http/context';
import { AppError } from '../../http/app-error';
import { withAudit } from '../../lib/audit-tx';
import { storedDownload } from '../../lib/files/download';
import { checkTemplate } from './placeholders';
import {
  buildReport,
  checkScope,
  loadSummaryTemplate,
  MIME,
  summaryDoc,
  type BuiltReport,
  type ReportRequest,
} from './report-build';
import { keepReport } from './report-store';
import { loadReportData } from './report-data';
import { toHtmlBody, toText } from './report-doc';
import { isRunning, scheduleReport } from './reports.jobs';
import { canEditTemplates, canRequestScope } from './reports.policy';
import { presentReport } from './reports.presenter';
import * as repo from './reports.repository';

/** Writes a report now and keeps it; for the direct download routes. */
export async function generate(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  req: ReportRequest,
): Promise<BuiltReport> {
  const built = await buildReport(ctx, actor, req);
  await keepReport(ctx, actor, meta, req, built);
  return built;
}

/** Queues a report to be written in the background; poll get() for its progress. */
export async function start(ctx: AppContext, actor: Actor, meta: RequestMeta, req: ReportRequest): Promise<ReportDto> {
  checkScope(actor, req.scope);
  const row = await repo.insertReport(ctx.db, {
    tenantId: actor.tenantId,
    kind: req.kind,
    year: req.year,
    scope: req.scope,
    format: req.format,
    asOf: req.asOf ?? null,
    status: 'queued',
    requestedBy: actor.userId,
    heartbeatAt: new Date(),
  });
  scheduleReport(ctx, actor, meta, row, req);
  return presentReport(row);
}

/** A report that was queued or running in a process that has since died is failed, not left "running" forever. */
const STALE_MS = 120_000;

async function load(ctx: AppContext, actor: Actor, id: string): Promise<repo.ReportRow> {
  const row = await repo.findReport(ctx.db, actor.tenantId, id);
  if (!row) throw new AppError('NOT_FOUND');
  if (!canRequestScope(actor, parseReportScope(row.scope))) throw new AppError('FORBIDDEN');
  const stale =
    (row.status === 'queued' || row.status === 'running') &&
    !isRunning(row.id) &&
    Date.now() - (row.heartbeatAt ?? row.createdAt).getTime() > STALE_MS;
  if (!stale) return row;
  const patch = { status: 'failed' as const, error: 'interrupted / 生成中断，请重新生成', finishedAt: new Date() };
  await repo.updateReport(ctx.db, row.id, patch);
  return { ...row, ...patch };
}

export async function get(ctx: AppContext, actor: Actor, id: string): Promise<ReportDto> {
  return presentReport(await load(ctx, actor, id));
}

/** The tenant's latest reports that the caller's scope covers. */
export async function list(ctx: AppContext, actor: Actor): Promise<ReportDto[]> {
  const rows = await repo.listRecentReports(ctx.db, actor.tenantId, 200);
  return rows
    .filter((r) => canRequestScope(actor, parseReportScope(r.scope)))
    .slice(0, 50)
    .map(presentReport);
}

/** The stored file of a finished report. */
export async function openFile(ctx: AppContext, actor: Actor, id: string) {
  const row = await load(ctx, actor, id);
  if (row.status !== 'done' || !row.fileHash) throw new AppError('NOT_FOUND', { status: row.status });
  return storedDownload(ctx.config.dataDir, {
    hash: row.fileHash,
    filename: row.filename ?? `report.${row.format}`,
    mime: MIME[row.format],
  });
}

// ---- the summary template ----

export async function getTemplate(ctx: AppContext, actor: Actor): Promise<SummaryTemplateDto> {
  const { template, row } = await loadSummaryTemplate(ctx, actor.tenantId);
  return { template, version: row?.version ?? 0, isDefault: !row, updatedAt: row?.updatedAt.toISOString() ?? null };
}

/** Replaces the tenant's template (version 0 = replacing the built-in one); unknown placeholders are refused, changes audited. */
export async function putTemplate(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  body: z.infer<typeof putSummaryTemplateBody>,
): Promise<SummaryTemplateDto> {
  if (!canEditTemplates(actor)) throw new AppError('FORBIDDEN');
  const problems = checkTemplate(body.template);
  if (problems.length)
    throw new AppError('VALIDATION_FAILED', {
      fields: problems.map((p) => ({ path: `template.${p.path}`, message: p.message })),
    });
  const current = await repo.findTemplate(ctx.db, actor.tenantId, 'summary');
  if ((current?.version ?? 0) !== body.version)
    throw new AppError('CONFLICT', { currentVersion: current?.version ?? 0 });
  await withAudit(ctx.db, actor, meta, async (tx) => {
    const json = body.template as unknown as Record<string, unknown>;
    const row = current
      ? await repo.updateTemplate(tx, current.id, body.version, json, actor.userId)
      : await repo.insertTemplate(tx, {
          tenantId: actor.tenantId,
          kind: 'summary',
          body: json,
          updatedBy: actor.userId,
        });
    if (!row) throw new AppError('CONFLICT', { currentVersion: current?.version ?? 0 });
    return {
      result: row,
      audit: {
        action: 'report.template.update',
        outcome: 'success',
        objectType: 'report_template',
        objectId: row.id,
        details: { kind: 'summary', version: row.version },
      },
    };
  });
  return getTemplate(ctx, actor);
}

/** The summary a template (the stored one, or one being edited) writes for a year and scope, as HTML and text. */
export async function preview(ctx: AppContext, actor: Actor, body: z.infer<typeof previewBody>) {
  if (body.template) {
    const problems = checkTemplate(body.template);
    if (problems.length)
      throw new AppError('VALIDATION_FAILED', {
        fields: problems.map((p) => ({ path: `template.${p.path}`, message: p.message })),
      });
  }
  const scope = checkScope(actor, body.scope);
  const data = await loadReportData(ctx, actor, body.year, scope, body.asOf);
  const { doc, missing } = await summaryDoc(ctx, actor, data, body.template);
  return { html: toHtmlBody(doc), text: toText(doc), unknownPlaceholders: missing };
}
