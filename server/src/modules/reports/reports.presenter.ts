import type { ReportDto } from '@xiezuo/domain';
import type { ReportRow } from './reports.repository';

/** A report row as the API shows it: the download link once the file is there. */
export function presentReport(r: ReportRow): ReportDto {
  return {
    id: r.id,
    kind: r.kind,
    year: r.year,
    scope: r.scope,
    format: r.format,
    asOf: r.asOf,
    status: r.status,
    progress: r.progress,
    filename: r.filename,
    hash: r.fileHash,
    size: r.size,
    url: r.status === 'done' ? `/api/reports/${r.id}/file` : null,
    error: r.error,
    createdBy: r.requestedBy,
    createdAt: r.createdAt.toISOString(),
    finishedAt: r.finishedAt?.toISOString() ?? null,
  };
}
