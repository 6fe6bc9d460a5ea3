import type { DbOrTx } from '../../db/client';
import type { Actor, AppContext, RequestMeta } from '../../http/context';
import { AppError } from '../../http/app-error';
import { withAudit } from '../audit-tx';
import { storedDownload, type Download } from './download';
import * as repo from './evidence.repository';
import { upsertFile } from './files.repository';
import { guard, storeUpload, type Upload } from './upload';

export type { EvidenceFile } from './evidence.repository';

/**
 * One kind of evidence: the table its rows live in (and their owner column), the file types it takes, and how an
 * attachment is audited. Records, agreements, supervision orders and assessment adjustments each declare one; a new
 * module adds an evidenceTable to the schema and one of these.
 */
export type EvidenceKind = repo.EvidenceTable & {
  types: readonly string[];
  audit: { action: string; objectType: string };
};

/** The files attached to these owners, oldest first, for presenters. */
export const listEvidence = (db: DbOrTx, kind: EvidenceKind, ownerIds: string[]) =>
  repo.listByOwners(db, kind, ownerIds);

export type AttachOptions<C> = {
  /** Whether this upload may be stored at all (the owner is visible, the caller may act, it is open); throws if not. */
  check: () => C | Promise<C>;
  /** The table's own columns for the new row (e.g. the unit answering an order). */
  extra?: (checked: C) => Record<string, unknown>;
  /** Further changes in the same transaction, before the file row: a lock, a workflow event, a version bump. */
  inTransaction?: (tx: DbOrTx, checked: C) => Promise<unknown>;
};

/**
 * Attaches an uploaded file to its owner: the checks run first (a refused upload is drained, so the client gets its
 * answer), then the file is stored once under its content hash (type sniffed from its bytes, ≤ 20 MB), and the file
 * row, the caller's further changes and the audit row are written in one transaction.
 */
export async function attachEvidence<C>(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  kind: EvidenceKind,
  ownerId: string,
  upload: Upload,
  opts: AttachOptions<C>,
): Promise<{ id: string }> {
  const checked = await guard(upload, opts.check);
  const stored = await storeUpload(ctx.config.dataDir, upload, kind.types);
  return withAudit(ctx.db, actor, meta, async (tx) => {
    await opts.inTransaction?.(tx, checked);
    await upsertFile(tx, stored);
    const row = await repo.insertOne(
      tx,
      kind,
      {
        tenantId: actor.tenantId,
        ownerId,
        fileHash: stored.hash,
        filename: upload.filename.slice(0, 200),
        uploadedBy: actor.userId,
      },
      opts.extra?.(checked),
    );
    return {
      result: row,
      audit: {
        action: kind.audit.action,
        outcome: 'success',
        objectType: kind.audit.objectType,
        objectId: ownerId,
        details: { fileId: row.id, filename: upload.filename, hash: stored.hash, size: stored.size },
      },
    };
  });
}

/** One file of an owner the caller may see, as a download; 404 when the owner has no such file. */
export async function openEvidence(
  ctx: AppContext,
  tenantId: string,
  kind: EvidenceKind,
  ownerId: string,
  fileId: string,
): Promise<Download> {
  const f = await repo.findOne(ctx.db, kind, tenantId, ownerId, fileId);
  if (!f) throw new AppError('NOT_FOUND');
  return storedDownload(ctx.config.dataDir, f);
}
