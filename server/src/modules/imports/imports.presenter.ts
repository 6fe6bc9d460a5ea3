import type { ImportDto, ImportResultDto } from '@xiezuo/domain';
import type { ImportRow } from './imports.repository';
import { isImportKind } from './imports.policy';

export type ImportFailure = NonNullable<ImportDto['error']>;

/** The stored failure (JSON in `imports.error`) as the API shows it; older plain-text errors become a generic one. */
function failureOf(raw: string | null): ImportFailure | null {
  if (!raw) return null;
  try {
    const f = JSON.parse(raw) as ImportFailure;
    if (typeof f.code === 'string' && typeof f.zh === 'string' && typeof f.en === 'string') return f;
  } catch {
    /* not JSON */
  }
  return { code: 'IMPORT_FAILED', zh: '导入失败', en: 'the import failed' };
}

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
    recordType: r.recordType,
    processed: r.status === 'done' ? r.total : r.processed,
    error: failureOf(r.error),
  };
}

/** What an upload answers. */
export function presentImportResult(r: ImportRow): ImportResultDto {
  const { id, status, total, accepted, rejected, rejectsUrl } = presentImport(r);
  return { id, status, total, accepted, rejected, rejectsUrl };
}
