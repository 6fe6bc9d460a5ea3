import type { Actor, AppContext, RequestMeta } from '../../http/context';
import { AppError } from '../../http/app-error';
import { attachEvidence, openEvidence, type EvidenceKind } from '../../lib/files/evidence.service';
import { EVIDENCE_TYPES, type Upload } from '../../lib/files/upload';
import { canSeeRecord, factsOf, isReporter } from './records.policy';
import * as repo from './records.repository';
import { refuseProduced } from './records.produced';
import { get } from './records.service';

/** A record's evidence: signed sheets and photos (PDF, PNG, JPEG). */
export const RECORD_EVIDENCE: EvidenceKind = {
  ...repo.recordEvidence,
  types: EVIDENCE_TYPES,
  audit: { action: 'record.file_attach', objectType: 'record' },
};

async function load(ctx: AppContext, actor: Actor, id: string) {
  const w = await repo.findWide(ctx.db, actor.tenantId, id);
  if (!w || !canSeeRecord(actor, factsOf(w.r))) throw new AppError('NOT_FOUND');
  return w.r;
}

/** Attaches evidence (PDF, PNG, JPEG ≤ 20 MB) to a record; only the reporting side, stored once by content hash. */
export async function attachRecordFile(ctx: AppContext, actor: Actor, meta: RequestMeta, id: string, upload: Upload) {
  await attachEvidence(ctx, actor, meta, RECORD_EVIDENCE, id, upload, {
    check: async () => {
      const r = await load(ctx, actor, id);
      refuseProduced(r);
      if (!isReporter(actor, factsOf(r))) throw new AppError('FORBIDDEN');
      if (r.status === 'withdrawn') throw new AppError('INVALID_TRANSITION', { status: r.status });
      return r;
    },
    inTransaction: (tx, r) =>
      repo.insertEvent(tx, {
        tenantId: actor.tenantId,
        recordId: id,
        action: 'attach',
        fromStatus: r.status,
        toStatus: r.status,
        userId: actor.userId,
        changes: { filename: upload.filename },
      }),
  });
  return get(ctx, actor, id);
}

/** An evidence file for download, for users who can see the record. */
export async function openRecordFile(ctx: AppContext, actor: Actor, id: string, fileId: string) {
  await load(ctx, actor, id);
  return openEvidence(ctx, actor.tenantId, RECORD_EVIDENCE, id, fileId);
}
