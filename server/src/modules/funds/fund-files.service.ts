import fs from 'node:fs';
import type { Readable } from 'node:stream';
import type { Actor, AppContext, RequestMeta } from '../../http/context';
import { AppError } from '../../http/app-error';
import { withAudit } from '../audit/audit.service';
import { ALLOWED_MIME, filePath, storeStream } from '../../lib/files/file-store';
import { upsertFile } from '../../lib/files/files.repository';
import * as repo from './projects.repository';

const MAX_BYTES = 20 * 1024 * 1024;
const EVIDENCE = [ALLOWED_MIME.pdf, ALLOWED_MIME.png, ALLOWED_MIME.jpeg, ALLOWED_MIME.xlsx];
export const FILE_KINDS = ['proposal', 'acceptance', 'assets', 'rectification', 'evidence'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/**
 * Evidence of a project (proposal papers, acceptance report and photos, asset hand-over) or of a finding's
 * rectification: stored once by content hash, listed with the subject, every upload audited. The caller has
 * already checked that the actor may attach to the subject.
 */
export async function attach(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  subject: { type: 'project' | 'finding'; id: string },
  kind: FileKind,
  filename: string,
  stream: Readable,
) {
  const stored = await storeStream(ctx.config.dataDir, stream, EVIDENCE, MAX_BYTES);
  return withAudit(ctx.db, actor, meta, async (tx) => {
    await upsertFile(tx, stored);
    const f = await repo.insertFile(tx, {
      tenantId: actor.tenantId,
      subjectType: subject.type,
      subjectId: subject.id,
      kind,
      fileHash: stored.hash,
      filename: filename.slice(0, 200),
      uploadedBy: actor.userId,
    });
    if (subject.type === 'project')
      await repo.insertEvent(tx, {
        tenantId: actor.tenantId,
        projectId: subject.id,
        action: 'attach',
        userId: actor.userId,
        details: { filename: f.filename, kind },
      });
    return {
      result: f,
      audit: {
        action: `${subject.type}.file_attach`,
        outcome: 'success',
        objectType: subject.type,
        objectId: subject.id,
        details: { filename: f.filename, kind, hash: stored.hash, size: stored.size },
      },
    };
  });
}

/** A subject's file for download (the caller has checked the subject is visible). */
export async function open(ctx: AppContext, subject: { type: 'project' | 'finding'; id: string }, fileId: string) {
  const f = (await repo.filesOf(ctx.db, subject.type, subject.id)).find((x) => x.id === fileId);
  if (!f) throw new AppError('NOT_FOUND');
  const p = filePath(ctx.config.dataDir, f.hash);
  if (!fs.existsSync(p)) throw new AppError('NOT_FOUND');
  return { filename: f.filename, mime: f.mime, size: f.size, stream: fs.createReadStream(p) };
}
