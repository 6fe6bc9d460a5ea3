import fs from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import type { ImportRowError, TaskImportResultDto } from '@xiezuo/domain';
import type { Actor, AppContext, RequestMeta } from '../../../http/context';
import { AppError } from '../../../http/app-error';
import { appendAudit } from '../../../lib/audit-tx';
import { ALLOWED_MIME, refusal } from '../../../lib/files/file-store';
import { guard, spoolUpload, type Upload } from '../../../lib/files/upload';
import { checkXlsx, xlsxRefused } from '../../../lib/xlsx/xlsx-guard';
import { cellText, readFirstSheet, type Plain } from '../../../lib/xlsx/xlsx-read';
import { factsOf, groupLeads, load as loadDocument } from '../documents.service';
import { documentAbilities } from '../tasks.policy';
import { taskRefs } from '../tasks.refs';
import * as repo from '../tasks.repository';
import { mapTaskHeader, missingTaskColumns, TASK_COLUMNS, type TaskHeader } from './tasks-excel.columns';
import { parseTaskRow, type ParsedTask } from './tasks-excel.rows';

/** A document holds tens of clauses; a sheet beyond this is not a task division. */
export const MAX_TASK_ROWS = 1_000;

type Sheet = { map: TaskHeader; rows: { number: number; cells: Plain[] }[] };

/** The first sheet: its first non-empty row is the header (checked at once), then the data rows. */
async function readSheet(file: string): Promise<Sheet> {
  let sheet: Sheet | null = null;
  for await (const r of readFirstSheet(file)) {
    if (r.cells.every((c) => cellText(c) === '')) continue;
    if (!sheet) {
      const header = r.cells.map(cellText);
      const map = mapTaskHeader(header);
      const missing = missingTaskColumns(map);
      if (missing.length)
        throw new AppError('IMPORT_HEADER_INVALID', {
          row: r.number,
          missing,
          found: header.filter(Boolean),
          expected: TASK_COLUMNS.filter((c) => c.read).map((c) => c.zh),
        });
      sheet = { map, rows: [] };
      continue;
    }
    if (sheet.rows.length >= MAX_TASK_ROWS) throw xlsxRefused('rows', { max: MAX_TASK_ROWS });
    sheet.rows.push(r);
  }
  if (!sheet) throw new AppError('IMPORT_HEADER_INVALID', { missing: missingTaskColumns({}), found: [] });
  return sheet;
}

function parseAll(sheet: Sheet, refs: Awaited<ReturnType<typeof taskRefs>>) {
  const tasks: ParsedTask[] = [];
  const errors: ImportRowError[] = [];
  const first = new Map<string, number>();
  const clause = TASK_COLUMNS[0]!;
  for (const r of sheet.rows) {
    const p = parseTaskRow(r.number, r.cells, sheet.map, refs);
    errors.push(...p.errors);
    if (!p.task) continue;
    const seen = first.get(p.task.clauseNo);
    if (seen !== undefined) {
      errors.push({
        row: r.number,
        column: { zh: clause.zh, en: clause.en },
        zh: `与本文件第 ${seen} 行的条款编号相同`,
        en: `the same clause number as row ${seen} of this file`,
      });
      continue;
    }
    first.set(p.task.clauseNo, r.number);
    tasks.push(p.task);
  }
  return { tasks, errors };
}

const comparable = (t: ParsedTask) => ({ ...t, coUnitIds: [...t.coUnitIds] });

/**
 * Imports a document's clauses from Excel: the file is checked before anything inflates it, every row validated,
 * and only when all are valid are tasks created (new clause numbers) or updated (known ones), in one transaction
 * with one audit row. Tasks not in the file are left as they are. Any bad row: 400 IMPORT_ROWS_INVALID by row.
 */
export async function importTasks(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  documentId: string,
  upload: Upload,
): Promise<TaskImportResultDto> {
  const d = await guard(upload, async () => {
    const doc = await loadDocument(ctx, actor, documentId);
    const { leads } = await groupLeads(ctx, actor.tenantId, doc.year);
    if (!documentAbilities(actor, factsOf(doc, leads)).import) throw new AppError('FORBIDDEN');
    return doc;
  });
  const spooled = await spoolUpload(ctx.config.dataDir, upload);
  try {
    const refused = refusal(spooled, [ALLOWED_MIME.xlsx]);
    if (refused) throw refused;
    await checkXlsx(spooled.path);
    const sheet = await readSheet(spooled.path);
    const { tasks, errors } = parseAll(sheet, await taskRefs(ctx, actor, d.year));
    if (errors.length) throw new AppError('IMPORT_ROWS_INVALID', { rows: errors, total: sheet.rows.length });
    return await apply(ctx, actor, meta, d, tasks, {
      filename: upload.filename,
      hash: spooled.hash,
      total: sheet.rows.length,
    });
  } finally {
    fs.rmSync(spooled.path, { force: true });
  }
}

/** Creates new clauses and updates changed ones in one transaction with one audit row. */
async function apply(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  d: { id: string; year: number },
  tasks: ParsedTask[],
  file: { filename: string; hash: string; total: number },
): Promise<TaskImportResultDto> {
  return ctx.db.transaction(async (tx) => {
    const existing = await repo.byClause(tx, d.id);
    const result: TaskImportResultDto = { total: file.total, created: [], updated: [], unchanged: [] };
    let sort = await repo.nextSort(tx, d.id);
    for (const t of tasks) {
      const cur = existing.get(t.clauseNo);
      const { coUnitIds, ...cols } = t;
      if (!cur) {
        await repo.insert(
          tx,
          { ...cols, tenantId: actor.tenantId, documentId: d.id, year: d.year, sort: sort++, createdBy: actor.userId },
          coUnitIds,
        );
        result.created.push(t.clauseNo);
        continue;
      }
      const before: ParsedTask = {
        clauseNo: cur.clauseNo,
        text: cur.text,
        leadUnitId: cur.leadUnitId,
        coUnitIds: cur.coUnitIds,
        groupCode: cur.groupCode,
        cadence: cur.cadence,
        deadline: cur.deadline,
        deliverable: cur.deliverable,
        indicatorCodes: cur.indicatorCodes,
        recordTypes: cur.recordTypes,
      };
      if (isDeepStrictEqual(comparable(before), comparable(t))) {
        result.unchanged.push(t.clauseNo);
        continue;
      }
      if (!(await repo.updateVersioned(tx, actor.tenantId, cur.id, cur.version, cols)))
        throw new AppError('CONFLICT', { clauseNo: t.clauseNo });
      await repo.replaceCoUnits(tx, actor.tenantId, cur.id, coUnitIds);
      result.updated.push(t.clauseNo);
    }
    await appendAudit(tx, actor, meta, {
      action: 'document.tasks_import',
      outcome: 'success',
      objectType: 'document',
      objectId: d.id,
      details: { ...file, ...result, unchanged: result.unchanged.length },
    });
    return result;
  });
}
