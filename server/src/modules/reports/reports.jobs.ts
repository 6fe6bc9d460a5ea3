import type { Actor, AppContext, RequestMeta } from '../../http/context';
import { AppError } from '../../http/app-error';
import { appendAudit } from '../../lib/audit-tx';
import { buildReport, type ReportRequest } from './report-build';
import { keepReport } from './report-store';
import * as repo from './reports.repository';

/** Reports this process is writing, by id. */
const running = new Map<string, Promise<void>>();

export const isRunning = (id: string) => running.has(id);

async function run(ctx: AppContext, actor: Actor, meta: RequestMeta, id: string, req: ReportRequest): Promise<void> {
  try {
    await repo.updateReport(ctx.db, id, { status: 'running', progress: 5, heartbeatAt: new Date() });
    const built = await buildReport(ctx, actor, req, (progress) =>
      repo.updateReport(ctx.db, id, { progress, heartbeatAt: new Date() }),
    );
    await repo.updateReport(ctx.db, id, { progress: 90, heartbeatAt: new Date() });
    await keepReport(ctx, actor, meta, req, built, id);
  } catch (err) {
    // the reason a person can act on for known errors; internals stay in the log
    const reason = err instanceof AppError ? err.code : 'INTERNAL';
    await repo.updateReport(ctx.db, id, { status: 'failed', error: reason, finishedAt: new Date() }).catch(() => {});
    await ctx.db
      .transaction((tx) =>
        appendAudit(tx, actor, meta, {
          action: 'report.generate',
          outcome: 'failure',
          objectType: 'report',
          objectId: id,
          details: { ...req, error: reason },
        }),
      )
      .catch(() => {});
  }
}

/** Starts writing a report on the next turn, so the request's answer (the queued report) goes out first. */
export function scheduleReport(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  row: repo.ReportRow,
  req: ReportRequest,
): void {
  const done = new Promise<void>((resolve) => setImmediate(resolve))
    .then(() => run(ctx, actor, meta, row.id, req))
    .finally(() => running.delete(row.id));
  running.set(row.id, done);
}

/** Resolves once this process writes no report (tests, the benchmark and shutdown wait on it). */
export async function reportsIdle(): Promise<void> {
  while (running.size) await Promise.allSettled([...running.values()]);
}
