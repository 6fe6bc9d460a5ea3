import fs from 'node:fs';
import type { Readable } from 'node:stream';
import type { Actor, AppContext, RequestMeta } from '../../http/context';
import { AppError } from '../../http/app-error';
import { withAudit } from '../audit/audit.service';
import { ALLOWED_MIME, filePath, storeStream } from '../../lib/files/file-store';
import { upsertFile } from '../../lib/files/files.repository';
import { canSeeRecord, isReporter } from './records.policy';
import { factsOf } from './records.presenter';
import * as repo from './records.repository';
import { refuseProduced } from './records.produced';
import { get } from './records.service';

const MAX_BYTES = 20 * 1024 * 1024;

async function load(ctx: AppContext, actor: Actor, id: string) {
  const w = await repo.findWide(ctx.db, actor.tenantId, id);
  if (!w || !canSeeRecord(actor, factsOf(w.r))) throw new AppError('NOT_FOUND');
  return w.r;
}

/** Attaches evidence (PDF, PNG, JPEG ≤ 20 MB) to a record; only the reporting side, stored once by content hash. */
export async function attachEvidence(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  id: string,
  filename: string,
  stream: Readable,
) {
  const r = await load(ctx, actor, id);
  refuseProduced(r);
  if (!isReporter(actor, factsOf(r))) throw new AppError('FORBIDDEN');
  if (r.status === 'withdrawn') throw new AppError('INVALID_TRANSITION', { status: r.status });
  const stored = await storeStream(
    ctx.config.dataDir,
    stream,
    [ALLOWED_MIME.pdf, ALLOWED_MIME.png, ALLOWED_MIME.jpeg],
    MAX_BYTES,
  );
  await withAudit(ctx.db, actor, meta, async (tx) => {
    await upsertFile(tx, stored);
    const f = await repo.insertFile(tx, {
      tenantId: actor.tenantId,
      recordId: id,
      fileHash: stored.hash,
      filename: filename.slice(0, 200),
      uploadedBy: actor.userId,
    });
    await repo.insertEvent(tx, {
      tenantId: actor.tenantId,
      recordId: id,
      action: 'attach',
      fromStatus: r.status,
      toStatus: r.status,
      userId: actor.userId,
      changes: { filename },
    });
    return {
      result: f,
      audit: {
        action: 'record.file_attach',
        outcome: 'success',
        objectType: 'record',
        objectId: id,
        details: { filename, hash: stored.hash, size: stored.size },
      },
    };
  });
  return get(ctx, actor, id);
}

/** An evidence file for download, for users who can see the record. */
export async function openEvidence(ctx: AppContext, actor: Actor, id: string, fileId: string) {
  await load(ctx, actor, id);
  const f = await repo.findFile(ctx.db, actor.tenantId, id, fileId);
  if (!f) throw new AppError('NOT_FOUND');
  const p = filePath(ctx.config.dataDir, f.hash);
  if (!fs.existsSync(p)) throw new AppError('NOT_FOUND');
  return { ...f, stream: fs.createReadStream(p) };
}
