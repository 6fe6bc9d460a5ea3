import fs from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import type { ImportRowError, IndicatorDecl, PlanImportResultDto } from '@xiezuo/domain';
import type { Actor, AppContext, RequestMeta } from '../../../http/context';
import { AppError } from '../../../http/app-error';
import { appendAudit } from '../../../lib/audit-tx';
import { ALLOWED_MIME, refusal, type Spooled } from '../../../lib/files/file-store';
import { spoolUpload, type Upload } from '../../../lib/files/upload';
import { checkXlsx } from '../../../lib/xlsx/xlsx-guard';
import { readFirstSheet } from '../../../lib/xlsx/xlsx-read';
import { readWholeTable, type Table } from '../../../lib/xlsx/xlsx-table';
import * as repo from '../../progress/progress.repository';
import { CATALOG_COLUMNS, mapCatalogHeader, missingCatalogColumns, type HeaderMap } from './plans-excel.columns';
import { parseCatalogRow } from './plans-excel.rows';
import { invalid, planRefs, REASON_REQUIRED, type PlanRefs } from '../plans-refs';

/** A plan holds tens of indicators; a sheet beyond this is not a catalog. */
export const MAX_CATALOG_ROWS = 1_000;
const AUDIT_ACTION = 'plan.import';

type Sheet = Table<{ cells: string[]; map: HeaderMap }>;

/** The first sheet as a table: its first non-empty row is the header (checked at once); then the data rows. */
function readSheet(file: string, refs: PlanRefs): Promise<Sheet> {
  const read = CATALOG_COLUMNS.filter((c) => c.read).map((c) => c.zh);
  return readWholeTable(readFirstSheet(file), {
    header: (cells) => ({ cells, map: mapCatalogHeader(cells, refs.counties) }),
    missing: (h) => missingCatalogColumns(h.map),
    expected: read,
    maxRows: MAX_CATALOG_ROWS,
    whenEmpty: read,
  });
}

/** Every row parsed; a code given twice is an error on its second row. */
function parseRows(sheet: Sheet, refs: PlanRefs): { decls: IndicatorDecl[]; errors: ImportRowError[] } {
  const decls: IndicatorDecl[] = [];
  const errors: ImportRowError[] = [];
  const firstRowOf = new Map<string, number>();
  const codeColumn = CATALOG_COLUMNS.find((c) => c.key === 'code')!;
  for (const r of sheet.rows) {
    const parsed = parseCatalogRow(r.number, r.cells, sheet.header.map, refs);
    errors.push(...parsed.errors);
    if (!parsed.decl) continue;
    const first = firstRowOf.get(parsed.decl.code);
    if (first !== undefined) {
      errors.push({
        row: r.number,
        column: { zh: codeColumn.zh, en: codeColumn.en },
        zh: `与本文件第 ${first} 行的代码相同`,
        en: `the same code as row ${first} of this file`,
      });
      continue;
    }
    firstRowOf.set(parsed.decl.code, r.number);
    decls.push(parsed.decl);
  }
  return { decls, errors };
}

/** A declaration as compared: an absent pacing is linear, an absent evidence flag is false. */
const comparable = (d: IndicatorDecl) => ({
  ...d,
  pacing: d.pacing ?? { kind: 'linear' },
  evidenceRequired: d.evidenceRequired ?? false,
});

async function refuse(ctx: AppContext, actor: Actor, meta: RequestMeta, details: Record<string, unknown>) {
  await ctx.db.transaction((tx) =>
    appendAudit(tx, actor, meta, { action: AUDIT_ACTION, outcome: 'failure', objectType: 'plan', details }),
  );
}

/**
 * Imports a catalog sheet into a year's plan (a draft plan is made when the year has none): the file is checked before
 * anything inflates it, every row validated, and only when every row is valid are indicators created or updated, in one
 * transaction, each change audited (a published plan keeps the old version and needs a reason). Any bad row: 400
 * IMPORT_ROWS_INVALID listing every problem by row, nothing changed.
 */
export async function importCatalog(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  year: number,
  upload: Upload,
  reason: string | undefined,
): Promise<PlanImportResultDto> {
  const filename = upload.filename;
  let file: Spooled | undefined;
  try {
    file = await spoolUpload(ctx.config.dataDir, upload);
    const refused = refusal(file, [ALLOWED_MIME.xlsx]);
    if (refused) throw refused;
    await checkXlsx(file.path);
    const refs = await planRefs(ctx, actor);
    const sheet = await readSheet(file.path, refs);
    const { decls, errors } = parseRows(sheet, refs);
    if (errors.length) throw new AppError('IMPORT_ROWS_INVALID', { rows: errors, total: sheet.rows.length });
    return await apply(ctx, actor, meta, year, decls, reason, {
      filename,
      hash: file.hash,
      total: sheet.rows.length,
    });
  } catch (err) {
    if (err instanceof AppError)
      await refuse(ctx, actor, meta, {
        year,
        filename,
        hash: file?.hash,
        code: err.code,
        errors: (err.details as { rows?: unknown[] } | undefined)?.rows?.length,
      });
    throw err;
  } finally {
    if (file) fs.rmSync(file.path, { force: true });
  }
}

async function apply(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  year: number,
  decls: IndicatorDecl[],
  reason: string | undefined,
  file: { filename: string; hash: string; total: number },
): Promise<PlanImportResultDto> {
  return ctx.db.transaction(async (tx) => {
    const existing = await repo.findPlan(tx, actor.tenantId, year);
    const plan = existing ?? (await repo.insertPlan(tx, actor.tenantId, year, 'draft'));
    const rows = new Map((await repo.listAllIndicators(tx, plan.id)).map((r) => [r.code, r]));
    const result: PlanImportResultDto = {
      year,
      total: file.total,
      created: [],
      updated: [],
      unchanged: [],
      planCreated: !existing,
    };
    const changes = decls.filter((d) => {
      const row = rows.get(d.code);
      const same = row !== undefined && isDeepStrictEqual(comparable(repo.declOf(row)), comparable(d));
      if (same) result.unchanged.push(d.code);
      return !same;
    });
    if (changes.length && plan.status === 'published' && !reason) throw invalid([REASON_REQUIRED]);
    let sort = await repo.nextSort(tx, plan.id);
    for (const d of changes) {
      const row = rows.get(d.code);
      if (!row) {
        await repo.insertIndicator(tx, actor.tenantId, plan, d, sort++);
        result.created.push(d.code);
        await appendAudit(tx, actor, meta, {
          action: 'indicator.create',
          outcome: 'success',
          objectType: 'indicator',
          objectId: `${year}:${d.code}`,
          details: { after: d, reason, via: AUDIT_ACTION },
        });
        continue;
      }
      if (plan.status === 'published')
        await repo.insertVersion(tx, {
          tenantId: actor.tenantId,
          indicatorId: row.id,
          version: row.version,
          decl: row.decl,
          changedBy: actor.userId,
          reason,
        });
      if (!(await repo.updateDecl(tx, row.id, row.version, d))) throw new AppError('CONFLICT', { code: d.code });
      result.updated.push(d.code);
      await appendAudit(tx, actor, meta, {
        action: 'indicator.update',
        outcome: 'success',
        objectType: 'indicator',
        objectId: `${year}:${d.code}`,
        details: { before: row.decl, after: d, reason, via: AUDIT_ACTION },
      });
    }
    await appendAudit(tx, actor, meta, {
      action: AUDIT_ACTION,
      outcome: 'success',
      objectType: 'plan',
      objectId: String(year),
      details: {
        ...file,
        reason,
        planCreated: result.planCreated,
        created: result.created,
        updated: result.updated,
        unchanged: result.unchanged.length,
      },
    });
    return result;
  });
}
