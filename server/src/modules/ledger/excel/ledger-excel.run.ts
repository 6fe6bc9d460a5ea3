import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ERROR_CODES, type ErrorCode } from '@xiezuo/domain';
import { AppError } from '../../../http/app-error';
import { isDatabaseUnavailable } from '../../../db/db-errors';
import { appendAudit, withAudit } from '../../../lib/audit-tx';
import * as imports from '../../imports/imports.service';
import { RejectsWriter } from '../../imports/rejects-report';
import { xlsxRefused } from '../../../lib/xlsx/xlsx-guard';
import { openXlsx } from '../../../lib/xlsx/xlsx-read';
import { readTable } from '../../../lib/xlsx/xlsx-table';
import { bulkChecks } from '../../../db/bulk-refs';
import { IMPORT_FOREIGN_KEYS, IMPORT_TABLES, insertBatch, type ImportJob, type ValidRow } from './ledger-excel.batch';
import { checkRow, dataTable, rememberImported, uploadTextColumns, type Checks } from './ledger-excel.check';
import { DuplicateRows } from './ledger-excel.duplicates';
import { ROSTER_SHEET } from './ledger-excel.columns';
import { pairingLookup } from './ledger-excel.pairings';
import * as repo from './ledger-excel.repository';
import { readRoster } from './ledger-excel.roster';
import type { Lookups } from './ledger-excel.rows';
import { closedPeriodKeys } from '../records.repository';
import { loadRefData, type RefData } from '../records.validate';

/** Rows per transaction (500 was no faster and used no less memory on 100,000 rows; 250 cost more database time). */
export const BATCH_SIZE = 1_000;
/** Data rows one upload may hold (the 20 MB file limit comes first for most sheets). */
export const MAX_IMPORT_ROWS = 200_000;
/** Batches written at once: one runs in the database while the next is being prepared (people encrypted, …). */
const IN_FLIGHT = 2;
/** Rows read between heartbeats when no batch is written (a sheet of rejects still shows progress). */
const PROGRESS_EVERY = 5_000;

/** Units by code (any case) or exact name, east side only; counties by name or code; pairings by label. */
export function makeLookups(
  units: repo.UnitRef[],
  counties: { code: string; name: string }[],
  pairings: repo.PairingRef[] = [],
): Lookups {
  const east = units.filter((u) => u.side === 'east');
  const byCode = new Map(east.map((u) => [u.code.toLowerCase(), u.id]));
  return {
    unit: (text) => {
      const id = byCode.get(text.toLowerCase());
      if (id) return id;
      const named = east.filter((u) => u.name === text);
      return named.length > 1 ? 'ambiguous' : (named[0]?.id ?? 'unknown');
    },
    county: (text) => (/^\d{6}$/.test(text) ? text : (counties.find((c) => c.name === text)?.code ?? 'unknown')),
    pairing: pairingLookup(pairings),
  };
}

async function loadChecks(job: ImportJob): Promise<Checks> {
  const { db } = job.ctx;
  const tenantId = job.actor.tenantId;
  const [units, counties, closed, ref, pairings] = await Promise.all([
    repo.listUnitRefs(db, tenantId),
    repo.listCounties(db, tenantId),
    closedPeriodKeys(db, tenantId),
    loadRefData(db, tenantId),
    repo.listPairingRefs(db, tenantId),
  ]);
  const known = new Set(
    (
      await repo.listRegionsUnder(
        db,
        counties.map((c) => c.code),
      )
    ).map((r) => r.code),
  );
  // every row may name a township or village: look them up in memory, not with a query per row
  const pairingCounty = new Map(pairings.map((p) => [p.id, p.countyCode]));
  const cached: RefData = {
    ...ref,
    regionCodes: async (codes) => new Set(codes.filter((c) => known.has(c))),
    pairingCounty: async (ids) =>
      new Map(ids.flatMap((id) => (pairingCounty.has(id) ? [[id, pairingCounty.get(id)!] as const] : []))),
  };
  return {
    ref: cached,
    lookups: makeLookups(units, counties, pairings),
    counties: counties.map((c) => c.code),
    closed,
    duplicates: job.acceptDuplicates ? null : new DuplicateRows(job.ctx.keys),
  };
}

/**
 * Reads the upload as a stream and puts its valid rows in, batch by batch, while the next batch is being checked.
 * A type with a roster reads the roster sheet first. Rows a previous run already put in are skipped; rejected rows
 * (and roster lines) go to a rejects report written as a stream.
 */
async function run(job: ImportJob): Promise<void> {
  const { ctx, importId } = job;
  const checks = await loadChecks(job);
  const references = await bulkChecks(ctx.db, IMPORT_TABLES, IMPORT_FOREIGN_KEYS);
  const already = new Set(await repo.importedRows(ctx.db, importId));
  const book = await openXlsx(job.path);
  if (!book.sheetNames.length) throw xlsxRefused('corrupt', { stage: 'no worksheet' });
  const roster = await readRoster(book, job.decl);
  const tmp = path.join(ctx.config.dataDir, 'files', 'tmp', `rejects-${importId}-${crypto.randomUUID()}.xlsx`);
  fs.mkdirSync(path.dirname(tmp), { recursive: true });
  let rejects: RejectsWriter | null = null;
  let pending: ValidRow[] = [];
  const inflight: Promise<unknown>[] = [];
  const p = { processed: 0, rejected: roster?.rejected.length ?? 0 };
  let reported = 0;
  await imports.reportProgress(ctx.db, importId, { ...p, accepted: already.size });
  // batches are written while the next ones are read and checked; at most IN_FLIGHT at a time
  const flush = async () => {
    while (inflight.length >= IN_FLIGHT) await inflight.shift();
    const rows = pending;
    pending = [];
    reported = p.processed;
    const write = rows.length
      ? insertBatch(job, rows, checks.counties, { ...p }, references)
      : imports.reportProgress(ctx.db, importId, { ...p });
    write.catch(() => {}); // awaited in turn; this only keeps it from counting as unhandled meanwhile
    inflight.push(write);
  };
  const drain = async () => {
    while (inflight.length) await inflight.shift();
  };
  try {
    const sheet = (await readTable(book.rows(0), dataTable(job.decl, MAX_IMPORT_ROWS), async (r, sheet) => {
      if (job.signal.aborted) throw new Error('interrupted');
      p.processed++;
      if (already.has(r.number)) {
        rememberImported(job, sheet, checks, r, roster);
        return;
      }
      const checked = await checkRow(job, sheet, checks, r, roster);
      if ('ok' in checked) pending.push(checked.ok);
      else {
        rejects ??= new RejectsWriter(tmp, sheet.header, uploadTextColumns(sheet));
        rejects.add({ number: r.number, cells: r.cells, errors: checked.errors });
        p.rejected++;
      }
      if (pending.length >= BATCH_SIZE || p.processed - reported >= PROGRESS_EVERY) await flush();
    }))!; // an empty sheet is refused (dataTable's whenEmpty)
    if (roster) p.rejected += roster.rejectUnclaimed();
    await flush();
    await drain();
    if (roster?.rejected.length) rejects ??= new RejectsWriter(tmp, sheet.header, uploadTextColumns(sheet));
    await rejects?.close(
      roster?.rejected.length
        ? { name: ROSTER_SHEET, header: roster.header, textColumns: roster.textColumns(), rows: roster.rejected }
        : undefined,
    );
    const stored = rejects ? await imports.storeRejectsFile(ctx, tmp) : null;
    const counts = { total: p.processed, accepted: await repo.countImported(ctx.db, importId), rejected: p.rejected };
    await withAudit(ctx.db, job.actor, job.meta, async (tx) => {
      await imports.notifyImportEnd(ctx, tx, await imports.finishStoredImport(tx, importId, counts, stored));
      return {
        result: null,
        audit: {
          action: 'record.import',
          outcome: 'success',
          objectType: 'import',
          objectId: importId,
          details: { recordType: job.decl.code, filename: job.filename, finished: true, ...counts },
        },
      };
    });
  } finally {
    await Promise.allSettled(inflight);
    await rejects?.close().catch(() => {}); // a failed run still closes its half-written report before removing it
    fs.rmSync(tmp, { force: true });
  }
}

/** What a failed run shows: the refusal's code and words, or a generic reason that says nothing internal. */
function failureOf(err: unknown) {
  if (err instanceof AppError) {
    const m = ERROR_CODES[err.code as ErrorCode];
    return { code: err.code, zh: m.zh, en: m.en, details: err.details };
  }
  return {
    code: 'IMPORT_FAILED',
    zh: '导入失败；已导入的行保留，重新上传同一文件即可从中断处继续',
    en: 'the import failed; rows already in stay, and uploading the same file again resumes it',
  };
}

/** Waits between attempts to record that a run stopped for want of the database, and how long it keeps trying. */
const RECORD_RETRY_MS = 2_000;
const RECORD_WITHIN_MS = 5 * 60_000;

/**
 * Runs a background import to its end; a failure is recorded on the batch (and audited), never thrown. A run the
 * server stopped, or that lost its database, ends `interrupted` (recorded once the database answers again, or found
 * stale by its heartbeat) and continues where it stopped; any other failure ends `failed`.
 */
export async function runImport(job: ImportJob): Promise<void> {
  try {
    await run(job);
  } catch (err) {
    const interrupted = job.signal.aborted || isDatabaseUnavailable(err);
    const failure = interrupted ? imports.INTERRUPTED : failureOf(err);
    const record = () =>
      job.ctx.db.transaction(async (tx) => {
        const row = interrupted
          ? await imports.interruptImport(tx, job.importId)
          : await imports.failImport(tx, job.importId, failure);
        await imports.notifyImportEnd(job.ctx, tx, row, failure);
        await appendAudit(tx, job.actor, job.meta, {
          action: 'record.import',
          outcome: 'failure',
          objectType: 'import',
          objectId: job.importId,
          details: { recordType: job.decl.code, code: failure.code },
        });
      });
    const until = Date.now() + (job.signal.aborted ? 0 : RECORD_WITHIN_MS);
    for (;;) {
      try {
        return await record();
      } catch (again) {
        if (!isDatabaseUnavailable(again) || Date.now() > until) return; // then its stale heartbeat says it
        await new Promise((r) => setTimeout(r, RECORD_RETRY_MS));
      }
    }
  }
}
