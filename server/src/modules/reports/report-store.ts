import type { Actor, AppContext, RequestMeta } from '../../http/context';
import { withAudit } from '../../lib/audit-tx';
import { storeBuffer } from '../../lib/files/file-store';
import { upsertFile } from '../../lib/files/files.repository';
import type { BuiltReport, ReportRequest } from './report-build';
import * as repo from './reports.repository';

/** Keeps a generated file under its hash, records the report (who, when, what, hash) and audits it, in one transaction. */
export async function keepReport(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta | null,
  req: ReportRequest,
  built: BuiltReport,
  reportId?: string,
): Promise<repo.ReportRow> {
  const stored = storeBuffer(ctx.config.dataDir, built.buffer, built.mime);
  return withAudit(ctx.db, actor, meta, async (tx) => {
    await upsertFile(tx, { hash: stored.hash, size: stored.size, mime: built.mime });
    const done = {
      status: 'done' as const,
      progress: 100,
      fileHash: stored.hash,
      filename: built.filename,
      size: stored.size,
      finishedAt: new Date(),
      heartbeatAt: new Date(),
    };
    let row: repo.ReportRow;
    if (reportId) {
      await repo.updateReport(tx, reportId, done);
      row = (await repo.findReport(tx, actor.tenantId, reportId))!;
    } else
      row = await repo.insertReport(tx, {
        tenantId: actor.tenantId,
        kind: req.kind,
        year: req.year,
        scope: req.scope,
        format: req.format,
        asOf: req.asOf ?? null,
        requestedBy: actor.userId,
        ...done,
      });
    const details = {
      kind: req.kind,
      year: req.year,
      scope: req.scope,
      format: req.format,
      asOf: req.asOf ?? null,
      hash: stored.hash,
      size: stored.size,
      filename: built.filename,
    };
    return {
      result: row,
      audit: { action: 'report.generate', outcome: 'success', objectType: 'report', objectId: row.id, details },
    };
  });
}
