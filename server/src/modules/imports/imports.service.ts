import fs from 'node:fs';
import {
  IMPORT_STOPPED_STATUSES,
  type ImportDto,
  type ImportKind,
  type ImportListDto,
  type ImportListQuery,
} from '@xiezuo/domain';
import type { DbOrTx } from '../../db/client';
import type { Actor, AppContext, RequestMeta } from '../../http/context';
import { AppError } from '../../http/app-error';
import { appendAudit } from '../../lib/audit-tx';
import { ALLOWED_MIME, storeBuffer, storeStream, type StoredFile } from '../../lib/files/file-store';
import { findFile, upsertFile } from '../../lib/files/files.repository';
import { guard, type Upload } from '../../lib/files/upload';
import { storedDownload } from '../../lib/files/download';
import { canManageImportKind, canSeeImport } from './imports.policy';
import type { ImportFailure } from './imports.presenter';
import { presentImport } from './imports.presenter';
import * as repo from './imports.repository';
import { checkXlsx, XLSX_LIMITS } from '../../lib/xlsx/xlsx-guard';

export type { ImportRow } from './imports.repository';
export { presentImportResult } from './imports.presenter';
export type ReceivedXlsx = { file: StoredFile; filename: string; earlier: repo.ImportRow | undefined };

/** One batch of the caller's tenant that the caller may see (404 / 403 otherwise). */
export async function load(ctx: AppContext, actor: Actor, id: string): Promise<repo.ImportRow> {
  const row = await repo.findById(ctx.db, actor.tenantId, id);
  if (!row) throw new AppError('NOT_FOUND');
  if (!canSeeImport(actor, row)) throw new AppError('FORBIDDEN');
  return row;
}

/** One batch of the caller's tenant, if the caller may manage its kind; a running one nobody runs any more says so. */
export async function get(ctx: AppContext, actor: Actor, id: string): Promise<ImportDto> {
  const row = await load(ctx, actor, id);
  return presentImport(isAbandoned(row) ? { ...row, status: 'interrupted', error: JSON.stringify(INTERRUPTED) } : row);
}

/** The caller's own batches (all kinds), or only those that stopped short: the workbench's "imports that stopped". */
export async function listMine(ctx: AppContext, actor: Actor, q: ImportListQuery): Promise<ImportListDto> {
  const statuses = q.stopped ? IMPORT_STOPPED_STATUSES : undefined;
  const { rows, total } = await repo.listByCreator(ctx.db, actor.tenantId, actor.userId, statuses, q.page, q.pageSize);
  return { items: rows.map(presentImport), total };
}

/** A background batch refreshes its heartbeat this often, whatever it is doing. */
const HEARTBEAT_MS = 5_000;
/** A running batch whose heartbeat is older than this runs nowhere: its process died. */
export const STALE_AFTER_MS = 30_000;

/** Why an interrupted batch stopped, in both languages. */
export const INTERRUPTED: ImportFailure = {
  code: 'INTERRUPTED',
  zh: '导入因服务或数据库中断而停止；已导入的行保留，继续导入将从第一条未导入的行接着进行',
  en: 'interrupted because the server or its database stopped; the rows already in stay, and continuing resumes at the first missing row',
};

/** Batches this process is running now. */
const active = new Set<string>();

function isAbandoned(row: repo.ImportRow): boolean {
  if (row.status !== 'running' || active.has(row.id)) return false;
  return !row.heartbeatAt || row.heartbeatAt.getTime() < Date.now() - STALE_AFTER_MS;
}

/**
 * Marks a batch as run by this process and keeps its heartbeat fresh (every 5 s, also while a long step such as the
 * roster sheet runs); the returned function ends both.
 */
export function track(db: DbOrTx, id: string): () => void {
  active.add(id);
  const timer = setInterval(() => void repo.beat(db, id).catch(() => {}), HEARTBEAT_MS);
  timer.unref();
  return () => {
    clearInterval(timer);
    active.delete(id);
  };
}

/**
 * At start: batches left `running` by a process that died become `interrupted`. With `all`, every running batch
 * (the embedded database: no other process can be running one); otherwise those whose heartbeat went stale.
 */
export async function sweepInterrupted(db: DbOrTx, all: boolean): Promise<number> {
  return repo.markInterrupted(db, JSON.stringify(INTERRUPTED), all ? 'all' : new Date(Date.now() - STALE_AFTER_MS));
}

/** Marks a batch interrupted (its run stopped for want of the database, or the server is stopping). */
export async function interruptImport(db: DbOrTx, id: string): Promise<repo.ImportRow> {
  return repo.update(db, id, { status: 'interrupted', error: JSON.stringify(INTERRUPTED), finishedAt: new Date() });
}

/** The rejects report of a batch for download; 404 when nothing was rejected. */
export async function openRejects(ctx: AppContext, actor: Actor, id: string) {
  const row = await load(ctx, actor, id);
  if (!row.rejectsFileHash) throw new AppError('NOT_FOUND');
  const base = row.filename.replace(/\.xlsx$/i, '');
  return storedDownload(ctx.config.dataDir, {
    hash: row.rejectsFileHash,
    mime: ALLOWED_MIME.xlsx,
    filename: `${base}-未导入行.xlsx`,
  });
}

/**
 * Receives an uploaded spreadsheet: stores it under its content hash (xlsx only, ≤ 20 MB), answers the tenant's
 * earlier batch of this kind for the same file, or else checks the file before anything inflates it. A refused
 * file is audited as a failure (auditAction) and removed unless something else references it.
 */
export async function receiveXlsx(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  kind: ImportKind,
  auditAction: string,
  upload: Upload,
): Promise<ReceivedXlsx> {
  await guard(upload, () => {
    if (!canManageImportKind(actor, kind)) throw new AppError('FORBIDDEN');
  });
  const name = upload.filename.slice(0, 200) || 'upload.xlsx';
  let file: StoredFile;
  try {
    file = await storeStream(ctx.config.dataDir, upload.stream, [ALLOWED_MIME.xlsx], XLSX_LIMITS.maxFileBytes);
  } catch (err) {
    if (err instanceof AppError) await refuse(ctx, actor, meta, auditAction, { filename: name, code: err.code });
    throw err;
  }
  const earlier = await repo.findByFileHash(ctx.db, actor.tenantId, kind, file.hash);
  if (earlier) return { file, filename: name, earlier };
  try {
    await checkXlsx(file.path);
  } catch (err) {
    if (err instanceof AppError)
      await refuse(
        ctx,
        actor,
        meta,
        auditAction,
        { filename: name, hash: file.hash, size: file.size, code: err.code, details: err.details },
        file,
      );
    throw err;
  }
  return { file, filename: name, earlier: undefined };
}

/** Records a refused upload in the audit log and drops the stored file if nothing references it. */
export async function refuse(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  auditAction: string,
  details: Record<string, unknown>,
  file?: StoredFile,
): Promise<void> {
  await ctx.db.transaction((tx) =>
    appendAudit(tx, actor, meta, { action: auditAction, outcome: 'failure', objectType: 'import', details }),
  );
  if (file && !(await findFile(ctx.db, file.hash))) fs.rmSync(file.path, { force: true });
}

/** Opens a batch inside the caller's transaction; undefined when a concurrent upload of the same file won. */
export async function beginImport(
  tx: DbOrTx,
  actor: Actor,
  kind: ImportKind,
  received: ReceivedXlsx,
  extra: { recordType?: string; acceptDuplicates?: boolean } = {},
): Promise<repo.ImportRow | undefined> {
  await upsertFile(tx, received.file);
  return repo.insertIfNew(tx, {
    tenantId: actor.tenantId,
    kind,
    fileHash: received.file.hash,
    filename: received.filename,
    status: 'running',
    createdBy: actor.userId,
    heartbeatAt: new Date(),
    ...extra,
  });
}

/** The batch that already holds this file (after beginImport found one). */
export async function findEarlier(
  db: DbOrTx,
  actor: Actor,
  kind: ImportKind,
  fileHash: string,
): Promise<repo.ImportRow> {
  const row = await repo.findByFileHash(db, actor.tenantId, kind, fileHash);
  if (!row) throw new AppError('CONFLICT');
  return row;
}

/** Closes a batch with its counts and, when rows were rejected, its stored rejects report. */
export async function finishImport(
  tx: DbOrTx,
  ctx: AppContext,
  id: string,
  counts: { total: number; accepted: number; rejected: number },
  rejects: Buffer | null,
): Promise<repo.ImportRow> {
  let rejectsFileHash: string | null = null;
  if (rejects) {
    const stored = storeBuffer(ctx.config.dataDir, rejects, ALLOWED_MIME.xlsx);
    await upsertFile(tx, stored);
    rejectsFileHash = stored.hash;
  }
  return repo.update(tx, id, { ...counts, status: 'done', rejectsFileHash, finishedAt: new Date() });
}

/**
 * Takes over the uploader's own failed, interrupted or abandoned (stale) batch so it can resume; undefined when it
 * runs (here or, by its heartbeat, elsewhere) or is done.
 */
export async function claimForResume(
  db: DbOrTx,
  actor: Actor,
  batch: repo.ImportRow,
): Promise<repo.ImportRow | undefined> {
  if (batch.status === 'done' || batch.createdBy !== actor.userId || active.has(batch.id)) return undefined;
  return repo.claim(db, actor.tenantId, batch.id, new Date(Date.now() - STALE_AFTER_MS));
}

/**
 * Progress of a running batch, also its heartbeat: rows read and rejected so far (never moving back, as batches may
 * commit out of order), and `accepted` set outright or raised by the rows a batch put in.
 */
export async function reportProgress(
  db: DbOrTx,
  id: string,
  p: { processed: number; rejected: number; accepted?: number },
  acceptedDelta = 0,
): Promise<void> {
  await repo.progress(db, id, p, acceptedDelta);
}

/** Marks a batch failed with a reason in both languages; a re-upload of the same file resumes it. */
export async function failImport(db: DbOrTx, id: string, failure: ImportFailure): Promise<repo.ImportRow> {
  return repo.update(db, id, { status: 'failed', error: JSON.stringify(failure), finishedAt: new Date() });
}

/** Moves a rejects report written to a temp file into the content-addressed store. */
export async function storeRejectsFile(ctx: AppContext, tmpPath: string): Promise<StoredFile> {
  return storeStream(ctx.config.dataDir, fs.createReadStream(tmpPath), [ALLOWED_MIME.xlsx], Number.MAX_SAFE_INTEGER);
}

/** Closes a background batch with its final counts and its stored rejects report (already in the store), if any. */
export async function finishStoredImport(
  tx: DbOrTx,
  id: string,
  counts: { total: number; accepted: number; rejected: number },
  rejects: StoredFile | null,
): Promise<repo.ImportRow> {
  if (rejects) await upsertFile(tx, rejects);
  return repo.update(tx, id, {
    ...counts,
    processed: counts.total,
    status: 'done',
    error: null,
    rejectsFileHash: rejects?.hash ?? null,
    finishedAt: new Date(),
    heartbeatAt: new Date(),
  });
}
export { notifyImportEnd } from './imports.notify';
