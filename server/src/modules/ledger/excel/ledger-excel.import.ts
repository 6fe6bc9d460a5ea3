import { recordType, sidesOf, type ImportResultDto, type RecordTypeDecl } from '@xiezuo/domain';
import type { Actor, AppContext, RequestMeta } from '../../../http/context';
import { AppError } from '../../../http/app-error';
import { withAudit } from '../../../lib/audit-tx';
import { filePath } from '../../../lib/files/file-store';
import { guard, type Upload } from '../../../lib/files/upload';
import * as imports from '../../imports/imports.service';
import type { ImportJob } from './ledger-excel.batch';
import { runImport } from './ledger-excel.run';

const AUDIT_ACTION = 'record.import';

/** Background imports this process runs, by batch id. */
const running = new Map<string, { controller: AbortController; done: Promise<void> }>();

/** Whether the actor could be the reporting side of any record of this type: else nothing in a file could be theirs. */
export const canImportType = (actor: Actor, decl: RecordTypeDecl): boolean => sidesOf(actor).includes(decl.reportedBy);

function schedule(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  batch: imports.ImportRow,
  decl: RecordTypeDecl,
  path: string,
) {
  const controller = new AbortController();
  const job: ImportJob = {
    ctx,
    actor,
    meta,
    importId: batch.id,
    decl,
    path,
    filename: batch.filename,
    signal: controller.signal,
    acceptDuplicates: batch.acceptDuplicates,
  };
  const untrack = imports.track(ctx.db, batch.id);
  // started on the next turn, so the upload's answer goes out first
  const done = new Promise<void>((resolve) => setImmediate(resolve))
    .then(() => runImport(job))
    .finally(() => {
      untrack();
      running.delete(batch.id);
    });
  running.set(batch.id, { controller, done });
}

/** Stops this process's background imports between batches (each stays resumable by re-uploading its file). */
export async function stopImports(): Promise<void> {
  const all = [...running.values()];
  for (const r of all) r.controller.abort();
  await Promise.allSettled(all.map((r) => r.done));
}

/** Resolves once this process runs no import (tests and the benchmark wait on it). */
export async function importsIdle(): Promise<void> {
  while (running.size) await Promise.allSettled([...running.values()].map((r) => r.done));
}

/**
 * Starts a ledger import: the upload is stored and checked before anything inflates it, a batch is opened and the
 * rows are read and put in in the background; the answer (the batch, status 'running') comes at once. The same file
 * again answers its batch: finished, it creates nothing; failed or abandoned, the uploader's re-upload resumes it.
 */
export async function startRecordImport(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  type: string,
  upload: Upload,
  opts: { acceptDuplicates?: boolean } = {},
): Promise<ImportResultDto> {
  const decl = await guard(upload, () => {
    const decl = recordType(type);
    if (!decl)
      throw new AppError('VALIDATION_FAILED', {
        fields: [{ path: 'type', message: 'unknown record type / 未知的台账类型' }],
      });
    if (!canImportType(actor, decl))
      throw new AppError('FORBIDDEN', {
        reason: `only the ${decl.reportedBy === 'east' ? 'east units' : 'counties'} report this type / 该类型由${decl.reportedBy === 'east' ? '东部单位' : '受援县'}填报`,
      });
    return decl;
  });
  const received = await imports.receiveXlsx(ctx, actor, meta, 'records', AUDIT_ACTION, upload);
  let batch = received.earlier;
  if (!batch) {
    const opened = await withAudit(ctx.db, actor, meta, async (tx) => {
      const row = await imports.beginImport(tx, actor, 'records', received, {
        recordType: decl.code,
        acceptDuplicates: opts.acceptDuplicates ?? false,
      });
      return {
        result: row,
        audit: {
          action: AUDIT_ACTION,
          outcome: 'success',
          objectType: 'import',
          objectId: row?.id,
          details: {
            recordType: decl.code,
            filename: received.filename,
            fileHash: received.file.hash,
            started: row !== undefined,
          },
        },
      };
    });
    if (opened) {
      schedule(ctx, actor, meta, opened, decl, received.file.path);
      return imports.presentImportResult(opened);
    }
    batch = await imports.findEarlier(ctx.db, actor, 'records', received.file.hash);
  }
  if (batch.recordType !== decl.code) {
    throw new AppError('BAD_REQUEST', {
      reason: 'this file was already imported as another record type / 该文件已按其他台账类型导入',
      recordType: batch.recordType,
    });
  }
  const resumed = running.has(batch.id) ? undefined : await imports.claimForResume(ctx.db, actor, batch);
  if (resumed) {
    schedule(ctx, actor, meta, resumed, decl, received.file.path);
    return imports.presentImportResult(resumed);
  }
  return imports.presentImportResult(batch);
}

/**
 * Continues an interrupted (or failed) ledger import from the file it stored, at the first row not yet in: POST
 * /imports/:id/resume, the button the page shows on an interrupted batch. Only its uploader may; a batch that runs
 * or is done is answered as it is.
 */
export async function resumeRecordImport(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  id: string,
): Promise<ImportResultDto> {
  const batch = await imports.load(ctx, actor, id);
  const decl = batch.kind === 'records' && batch.recordType ? recordType(batch.recordType) : undefined;
  if (!decl) throw new AppError('BAD_REQUEST', { reason: 'not a ledger import / 不是台账导入' });
  if (!canImportType(actor, decl) || batch.createdBy !== actor.userId) throw new AppError('FORBIDDEN');
  const resumed = running.has(batch.id) ? undefined : await imports.claimForResume(ctx.db, actor, batch);
  if (!resumed) return imports.presentImportResult(batch);
  await withAudit(ctx.db, actor, meta, async () => ({
    result: null,
    audit: {
      action: AUDIT_ACTION,
      outcome: 'success',
      objectType: 'import',
      objectId: batch.id,
      details: { recordType: decl.code, filename: batch.filename, resumed: true, accepted: batch.accepted },
    },
  }));
  schedule(ctx, actor, meta, resumed, decl, filePath(ctx.config.dataDir, batch.fileHash));
  return imports.presentImportResult(resumed);
}
