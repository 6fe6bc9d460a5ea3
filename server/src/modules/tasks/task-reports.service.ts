import { periodOf, type TaskDetailDto, type TaskReportBody } from '@xiezuo/domain';
import type { Actor, AppContext, RequestMeta } from '../../http/context';
import { AppError } from '../../http/app-error';
import { withAudit } from '../../lib/audit-tx';
import { attachEvidence, openEvidence } from '../../lib/files/evidence.service';
import type { Upload } from '../../lib/files/upload';
import { REPORT_EVIDENCE } from './task-evidence';
import { isInForce, reportingUnits } from './tasks.policy';
import * as repo from './task-reports.repository';
import { get, loadTask } from './tasks.service';
import { workingDateOf } from './working-date';

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

/** Evidence for a report (≤ 20 MB), added by a reporter of the unit that made the report. */
export async function attachFile(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  taskId: string,
  reportId: string,
  upload: Upload,
): Promise<TaskDetailDto> {
  await attachEvidence(ctx, actor, meta, REPORT_EVIDENCE, reportId, upload, {
    check: async () => {
      const { t, r } = await loadReport(ctx, actor, taskId, reportId);
      const units = reportingUnits(actor, { leadUnitId: t.leadUnitId, coUnitIds: t.coUnits.map((u) => u.id) });
      if (!units.includes(r.unitId)) throw new AppError('FORBIDDEN');
    },
  });
  return get(ctx, actor, taskId);
}

export async function openFile(ctx: AppContext, actor: Actor, taskId: string, reportId: string, fileId: string) {
  await loadReport(ctx, actor, taskId, reportId);
  return openEvidence(ctx, actor.tenantId, REPORT_EVIDENCE, reportId, fileId);
}
