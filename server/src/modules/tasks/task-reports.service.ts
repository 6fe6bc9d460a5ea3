import fs from 'node:fs';
import type { Readable } from 'node:stream';
import { periodOf, type TaskDetailDto, type TaskReportBody } from '@xiezuo/domain';
import type { Actor, AppContext, RequestMeta } from '../../http/context';
import { AppError } from '../../http/app-error';
import { withAudit } from '../audit/audit.service';
import { ALLOWED_MIME, filePath, storeStream } from '../../lib/files/file-store';
import { upsertFile } from '../../lib/files/files.repository';
import { zipOfficeMime } from '../../lib/files/office-kind';
import { isInForce, reportingUnits } from './tasks.policy';
import * as repo from './task-reports.repository';
import { get, loadTask } from './tasks.service';
import { workingDateOf } from './working-date';

const MAX_FILE_BYTES = 20 * 1024 * 1024;
const EVIDENCE_MIME = [ALLOWED_MIME.pdf, ALLOWED_MIME.png, ALLOWED_MIME.jpeg, ALLOWED_MIME.xlsx];
const invalid = (path: string, zh: string, en: string) =>
  new AppError('VALIDATION_FAILED', { fields: [{ path, message: `${en} / ${zh}`, zh, en }] });

/**
 * A monthly progress report by the lead unit or a co-unit (the caller must act for one of them: a report on another
 * unit's task is 403). The month lies in the task's year and not after the working date.
 */
export async function report(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  taskId: string,
  body: TaskReportBody,
): Promise<TaskDetailDto> {
  const t = await loadTask(ctx, actor, taskId);
  const units = reportingUnits(actor, { leadUnitId: t.leadUnitId, coUnitIds: t.coUnits.map((u) => u.id) });
  if (!units.length || (body.unitId && !units.includes(body.unitId))) throw new AppError('FORBIDDEN');
  if (!isInForce(t.doc.status)) throw new AppError('INVALID_TRANSITION', { status: t.doc.status, action: 'report' });
  const today = await workingDateOf(ctx.db, actor.tenantId);
  if (body.period.slice(0, 4) !== String(t.year))
    throw invalid('period', `报告月份须在 ${t.year} 年内`, `the month must fall within ${t.year}`);
  if (body.period > periodOf(today))
    throw invalid('period', '不能报告尚未到来的月份', 'a month that has not begun cannot be reported');
  const unitId = body.unitId ?? (units.includes(t.leadUnitId) ? t.leadUnitId : units[0]!);
  await withAudit(ctx.db, actor, meta, async (tx) => {
    const r = await repo.insertReport(tx, {
      tenantId: actor.tenantId,
      taskId,
      unitId,
      period: body.period,
      percent: body.percent,
      text: body.text,
      reportedOn: today,
      createdBy: actor.userId,
    });
    return {
      result: r,
      audit: {
        action: 'task.report',
        outcome: 'success',
        objectType: 'task',
        objectId: taskId,
        details: { reportId: r.id, unitId, period: body.period, percent: body.percent },
      },
    };
  });
  return get(ctx, actor, taskId);
}

async function loadReport(ctx: AppContext, actor: Actor, taskId: string, reportId: string) {
  const t = await loadTask(ctx, actor, taskId);
  const r = await repo.findReport(ctx.db, actor.tenantId, reportId);
  if (!r || r.taskId !== taskId) throw new AppError('NOT_FOUND');
  return { t, r };
}

/** Evidence for a report (PDF, image, Excel or Word ≤ 20 MB), added by the unit that made the report. */
export async function attachFile(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  taskId: string,
  reportId: string,
  filename: string,
  stream: Readable,
): Promise<TaskDetailDto> {
  const { t, r } = await loadReport(ctx, actor, taskId, reportId);
  if (!reportingUnits(actor, { leadUnitId: t.leadUnitId, coUnitIds: t.coUnits.map((u) => u.id) }).includes(r.unitId)) {
    stream.resume();
    throw new AppError('FORBIDDEN');
  }
  const stored = await storeStream(ctx.config.dataDir, stream, EVIDENCE_MIME, MAX_FILE_BYTES);
  const mime = stored.mime === ALLOWED_MIME.xlsx ? await zipOfficeMime(stored.path) : stored.mime;
  if (!mime) throw new AppError('UNSUPPORTED_MEDIA_TYPE', { allowed: ['pdf', 'png', 'jpeg', 'xlsx', 'docx'] });
  await withAudit(ctx.db, actor, meta, async (tx) => {
    await upsertFile(tx, { hash: stored.hash, size: stored.size, mime });
    const f = await repo.insertReportFile(tx, {
      tenantId: actor.tenantId,
      reportId,
      fileHash: stored.hash,
      filename: filename.slice(0, 200),
      uploadedBy: actor.userId,
    });
    return {
      result: f,
      audit: {
        action: 'task.report_file',
        outcome: 'success',
        objectType: 'task',
        objectId: taskId,
        details: { reportId, filename, hash: stored.hash, size: stored.size },
      },
    };
  });
  return get(ctx, actor, taskId);
}

export async function openFile(ctx: AppContext, actor: Actor, taskId: string, reportId: string, fileId: string) {
  await loadReport(ctx, actor, taskId, reportId);
  const f = (await repo.filesOfReports(ctx.db, [reportId])).find((x) => x.id === fileId);
  if (!f) throw new AppError('NOT_FOUND');
  const p = filePath(ctx.config.dataDir, f.hash);
  if (!fs.existsSync(p)) throw new AppError('NOT_FOUND');
  return { filename: f.filename, mime: f.mime, size: f.size, stream: fs.createReadStream(p) };
}
