import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ERROR_CODES, type ErrorCode, type ImportRowError } from '@xiezuo/domain';
import { AppError } from '../../http/app-error';
import { appendAudit, withAudit } from '../audit/audit.service';
import * as imports from '../imports/imports.service';
import { RejectsWriter } from '../imports/rejects-report';
import { xlsxRefused } from '../imports/xlsx-guard';
import { cellText, readFirstSheet, type SheetRow } from '../imports/xlsx-read';
import { insertBatch, type ImportJob, type ValidRow } from './records-excel.batch';
import { isEnglishHeader, isTextColumn, mapHeader, missingColumns, recordColumns, type ColumnKey, type RecordColumn } from './records-excel.columns';
import * as repo from './records-excel.repository';
import { parseRecordRow, rowError, validationErrors, type Lookups } from './records-excel.rows';
import { isReporter } from './records.policy';
import { isPeriodClosed } from './records.presenter';
import { closedPeriodKeys } from './records.repository';
import { loadRefData, validateRecord, type RefData } from './records.validate';

/** Rows per transaction. */
export const BATCH_SIZE = 1_000;
/** Data rows one upload may hold (the 20 MB file limit comes first for most sheets). */
export const MAX_IMPORT_ROWS = 200_000;
/** Batches written at once: one runs in the database while the next is being prepared (people encrypted, …). */
const IN_FLIGHT = 2;
/** Rows read between heartbeats when no batch is written (a sheet of rejects still shows progress). */
const PROGRESS_EVERY = 5_000;

/** Everything a row is checked against, loaded once per run. */
type Checks = { ref: RefData; lookups: Lookups; counties: string[]; closed: Set<string> };

/** Units by code (any case) or exact name, east side only; counties by name or code. */
export function makeLookups(units: repo.UnitRef[], counties: { code: string; name: string }[]): Lookups {
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
  };
}

async function loadChecks(job: ImportJob): Promise<Checks> {
  const { db } = job.ctx;
  const tenantId = job.actor.tenantId;
  const [units, counties, closed, ref] = await Promise.all([repo.listUnitRefs(db, tenantId), repo.listCounties(db, tenantId), closedPeriodKeys(db, tenantId), loadRefData(db, tenantId)]);
  const known = new Set((await repo.listRegionsUnder(db, counties.map((c) => c.code))).map((r) => r.code));
  // every row may name a township or village: look them up in memory, not with a query per row
  const cached: RefData = { ...ref, regionCodes: async (codes) => new Set(codes.filter((c) => known.has(c))) };
  return { ref: cached, lookups: makeLookups(units, counties), counties: counties.map((c) => c.code), closed };
}

type Sheet = { list: RecordColumn[]; map: Map<ColumnKey, number>; header: string[] };

/** Checks one data row with the API's rules (validateRecord), then the importer's right to report it and the period. */
async function checkRow(job: ImportJob, sheet: Sheet, checks: Checks, r: SheetRow): Promise<{ ok: ValidRow } | { errors: ImportRowError[] }> {
  const { decl, actor } = job;
  const parsed = parseRecordRow(r.number, r.cells, sheet, decl.code, checks.lookups);
  const checked = await validateRecord(parsed.core, checks.ref, job.ctx.keys);
  const errors = [...parsed.errors, ...('errors' in checked ? validationErrors(r.number, checked.errors, sheet.list, parsed.errors) : [])];
  const col = (key: ColumnKey) => sheet.list.find((c) => c.key === key)!;
  const { core } = parsed;
  const sideKnown = decl.reportedBy === 'east' ? core.eastUnitId !== '' : core.countyCode !== null;
  if (sideKnown && !isReporter(actor, { reporterSide: decl.reportedBy, eastUnitId: core.eastUnitId, countyCode: core.countyCode })) {
    errors.push(decl.reportedBy === 'east' ? rowError(r.number, col('eastUnit'), 'notReporter') : rowError(r.number, col('county'), 'notReporterCounty'));
  }
  if (core.occurredOn && isPeriodClosed(core.occurredOn, checks.closed)) errors.push(rowError(r.number, col('occurredOn'), 'periodClosed'));
  if (errors.length || 'errors' in checked) return { errors };
  return { ok: { number: r.number, core, valid: checked.ok, note: parsed.note } };
}

/** 1-based positions, in the upload's own column order, of the columns kept as text in the rejects report. */
const uploadTextColumns = (sheet: Sheet) => sheet.list.filter(isTextColumn).flatMap((c) => (sheet.map.has(c.key) ? [sheet.map.get(c.key)! + 1] : []));

function readHeader(job: ImportJob, r: SheetRow): Sheet {
  const list = recordColumns(job.decl);
  const header = r.cells.map(cellText);
  const map = mapHeader(list, header);
  const missing = missingColumns(list, map);
  if (missing.length) throw new AppError('IMPORT_HEADER_INVALID', { row: r.number, missing, found: header.filter(Boolean), expected: list.map((c) => c.zh) });
  return { list, map, header };
}

/**
 * Reads the upload as a stream and puts its valid rows in, batch by batch, while the next batch is being checked.
 * Rows a previous run already put in are skipped; rejected rows go to a rejects report written as a stream.
 */
async function run(job: ImportJob): Promise<void> {
  const { ctx, importId } = job;
  const checks = await loadChecks(job);
  const already = new Set(await repo.importedRows(ctx.db, importId));
  const tmp = path.join(ctx.config.dataDir, 'files', 'tmp', `rejects-${importId}-${crypto.randomUUID()}.xlsx`);
  fs.mkdirSync(path.dirname(tmp), { recursive: true });
  let sheet: Sheet | null = null;
  let rejects: RejectsWriter | null = null;
  let pending: ValidRow[] = [];
  const inflight: Promise<unknown>[] = [];
  const p = { processed: 0, rejected: 0 };
  let reported = 0;
  await imports.reportProgress(ctx.db, importId, { ...p, accepted: already.size });
  // batches are written while the next ones are read and checked; at most IN_FLIGHT at a time
  const flush = async () => {
    while (inflight.length >= IN_FLIGHT) await inflight.shift();
    const rows = pending;
    pending = [];
    reported = p.processed;
    const write = rows.length ? insertBatch(job, rows, checks.counties, { ...p }) : imports.reportProgress(ctx.db, importId, { ...p });
    write.catch(() => {}); // awaited in turn; this only keeps it from counting as unhandled meanwhile
    inflight.push(write);
  };
  const drain = async () => {
    while (inflight.length) await inflight.shift();
  };
  try {
    for await (const r of readFirstSheet(job.path)) {
      if (job.signal.aborted) throw new Error('interrupted');
      if (r.cells.every((c) => cellText(c) === '')) continue;
      if (!sheet) {
        sheet = readHeader(job, r);
        continue;
      }
      if (p.processed === 0 && isEnglishHeader(sheet.list, r.cells.map(cellText))) continue;
      if (++p.processed > MAX_IMPORT_ROWS) throw xlsxRefused('rows', { max: MAX_IMPORT_ROWS });
      if (already.has(r.number)) continue;
      const checked = await checkRow(job, sheet, checks, r);
      if ('ok' in checked) pending.push(checked.ok);
      else {
        rejects ??= new RejectsWriter(tmp, sheet.header, uploadTextColumns(sheet));
        rejects.add({ number: r.number, cells: r.cells, errors: checked.errors });
        p.rejected++;
      }
      if (pending.length >= BATCH_SIZE || p.processed - reported >= PROGRESS_EVERY) await flush();
    }
    if (!sheet) throw new AppError('IMPORT_HEADER_INVALID', { missing: recordColumns(job.decl).filter((c) => c.required).map((c) => c.zh), found: [] });
    await flush();
    await drain();
    await rejects?.close();
    const stored = rejects ? await imports.storeRejectsFile(ctx, tmp) : null;
    const counts = { total: p.processed, accepted: await repo.countImported(ctx.db, importId), rejected: p.rejected };
    await withAudit(ctx.db, job.actor, job.meta, async (tx) => {
      await imports.finishStoredImport(tx, importId, counts, stored);
      return { result: null, audit: { action: 'record.import', outcome: 'success', objectType: 'import', objectId: importId, details: { recordType: job.decl.code, filename: job.filename, finished: true, ...counts } } };
    });
  } finally {
    await Promise.allSettled(inflight);
    await rejects?.close().catch(() => {}); // a failed run still closes its half-written report before removing it
    fs.rmSync(tmp, { force: true });
  }
}

/** What a failed run shows: the refusal's code and words, or a generic reason that says nothing internal. */
function failureOf(err: unknown, aborted: boolean) {
  if (aborted) return { code: 'INTERRUPTED', zh: '导入因服务停止而中断；重新上传同一文件即可从中断处继续', en: 'interrupted because the server stopped; upload the same file again to resume' };
  if (err instanceof AppError) {
    const m = ERROR_CODES[err.code as ErrorCode];
    return { code: err.code, zh: m.zh, en: m.en, details: err.details };
  }
  return { code: 'IMPORT_FAILED', zh: '导入失败；已导入的行保留，重新上传同一文件即可从中断处继续', en: 'the import failed; rows already in stay, and uploading the same file again resumes it' };
}

/** Runs a background import to its end; a failure is recorded on the batch (and audited), never thrown. */
export async function runImport(job: ImportJob): Promise<void> {
  try {
    await run(job);
  } catch (err) {
    const failure = failureOf(err, job.signal.aborted);
    await job.ctx.db
      .transaction(async (tx) => {
        await imports.failImport(tx, job.importId, failure);
        await appendAudit(tx, job.actor, job.meta, { action: 'record.import', outcome: 'failure', objectType: 'import', objectId: job.importId, details: { recordType: job.decl.code, code: failure.code } });
      })
      .catch(() => {}); // the database itself is gone: the stale heartbeat lets a re-upload resume
  }
}
