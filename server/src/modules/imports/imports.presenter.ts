import type { ImportDto, ImportResultDto } from '@xiezuo/domain';
import type { ImportRow } from './imports.repository';
import { isImportKind } from './imports.policy';

/** The batch as the API shows it; the rejects link only when rows were rejected. */
export function presentImport(r: ImportRow): ImportDto {
  if (!isImportKind(r.kind)) throw new Error(`unknown import kind ${r.kind}`);
  return {
    id: r.id,
    kind: r.kind,
    status: r.status,
    total: r.total,
    accepted: r.accepted,
    rejected: r.rejected,
    rejectsUrl: r.rejectsFileHash ? `/api/imports/${r.id}/rejects` : null,
    filename: r.filename,
    createdAt: r.createdAt.toISOString(),
    finishedAt: r.finishedAt?.toISOString() ?? null,
  };
}

/** What an upload answers. */
export function presentImportResult(r: ImportRow): ImportResultDto {
  const { id, status, total, accepted, rejected, rejectsUrl } = presentImport(r);
  return { id, status, total, accepted, rejected, rejectsUrl };
}
