import {
  BENEFIT_LINK_OPTIONS,
  FUND_SOURCE_OPTIONS,
  OUTPUT_UNIT_OPTIONS,
  PROJECT_CATEGORY_OPTIONS,
  PROJECT_LEVEL_OPTIONS,
  projectInput,
  type ImportRowError,
  type ProjectInput,
} from '@xiezuo/domain';
import type { Actor, AppContext, RequestMeta } from '../../../http/context';
import { AppError } from '../../../http/app-error';
import { withAudit } from '../../../lib/audit-tx';
import type { Upload } from '../../../lib/files/upload';
import { cellText, readFirstSheet, type Plain } from '../../../lib/xlsx/xlsx-read';
import { xlsxRefused } from '../../../lib/xlsx/xlsx-guard';
import * as imports from '../../imports/imports.service';
import { buildRejectsWorkbook, type RejectedRow } from '../../imports/rejects-report';
import { isProposer } from '../funds.policy';
import * as names from '../funds-names.repository';
import * as repo from '../projects.repository';
import { insertProposal } from '../projects.service';
import {
  cellFen,
  cellOf,
  isEnglishHeader,
  mapHeader,
  missingColumns,
  PROJECT_COLUMNS,
  rowError,
  type ProjectColumnKey,
} from './funds-excel.columns';

export const MAX_PROJECT_ROWS = 5_000;
const AUDIT_ACTION = 'project.import';
type HeaderMap = Partial<Record<ProjectColumnKey, number>>;
type Row = { number: number; cells: Plain[] };
type Group = { rows: Row[]; input?: ProjectInput; errors: ImportRowError[] };
const err = (row: number, key: ProjectColumnKey | null, zh: string, en: string) =>
  rowError(PROJECT_COLUMNS, row, key, zh, en);

async function readSheet(path: string) {
  let header: string[] | null = null;
  let map: HeaderMap = {};
  const rows: Row[] = [];
  for await (const r of readFirstSheet(path)) {
    const texts = r.cells.map(cellText);
    if (texts.every((t) => t === '')) continue;
    if (!header) {
      map = mapHeader(PROJECT_COLUMNS, texts);
      const missing = missingColumns(PROJECT_COLUMNS, map);
      if (missing.length)
        throw new AppError('IMPORT_HEADER_INVALID', {
          row: r.number,
          missing,
          expected: PROJECT_COLUMNS.map((c) => c.zh),
        });
      header = texts;
      continue;
    }
    if (!rows.length && isEnglishHeader(PROJECT_COLUMNS, texts)) continue;
    if (rows.length >= MAX_PROJECT_ROWS) throw xlsxRefused('rows', { max: MAX_PROJECT_ROWS });
    rows.push(r);
  }
  if (!header) throw new AppError('IMPORT_HEADER_INVALID', { expected: PROJECT_COLUMNS.map((c) => c.zh) });
  return { header, map, rows };
}

/** An option by its zh label, en label or value. */
const option = (opts: readonly { value: string; label: { zh: string; en: string } }[], text: string) =>
  opts.find((o) => o.value === text || o.label.zh === text || o.label.en.toLowerCase() === text.toLowerCase())?.value;

function parseGroup(g: Group, map: HeaderMap, counties: { code: string; name: string }[]) {
  const first = g.rows[0]!;
  const at = (r: Row, k: ProjectColumnKey) => cellText(cellOf(map, r.cells, k));
  const n = first.number;
  const pick = (k: ProjectColumnKey, opts: Parameters<typeof option>[0]) => {
    const t = at(first, k);
    const v = t ? option(opts, t) : undefined;
    if (!v)
      g.errors.push(
        err(
          n,
          k,
          t ? '不在可选值中（见“选项”表）' : '必填',
          t ? 'not one of the options (see the Options sheet)' : 'required',
        ),
      );
    return v ?? '';
  };
  const countyText = at(first, 'county');
  const county = counties.find((c) => c.code === countyText || c.name === countyText)?.code;
  if (!county) g.errors.push(err(n, 'county', '不是受援县', 'not an assisted county'));
  const planned = cellFen(cellOf(map, first.cells, 'planned'));
  if (planned === 'invalid' || planned === null || planned === 0)
    g.errors.push(
      err(n, 'planned', '应为大于0、最多两位小数的金额', 'must be an amount above 0 with at most two decimals'),
    );
  const int = (k: ProjectColumnKey) => {
    const t = at(first, k);
    if (t === '') return 0;
    if (!/^\d+$/.test(t)) g.errors.push(err(n, k, '应为非负整数', 'must be a whole number'));
    return Number(t) || 0;
  };
  const benefit = at(first, 'benefit') ? option(BENEFIT_LINK_OPTIONS, at(first, 'benefit')) : undefined;
  const outputs = g.rows.flatMap((r) => {
    const name = at(r, 'outputName');
    if (!name) return [];
    const unit = option(OUTPUT_UNIT_OPTIONS, at(r, 'outputUnit'));
    const planned = Number(at(r, 'outputPlanned'));
    if (!unit) g.errors.push(err(r.number, 'outputUnit', '不在可选值中', 'not one of the options'));
    if (!Number.isFinite(planned) || planned < 0)
      g.errors.push(err(r.number, 'outputPlanned', '应为非负数', 'must be a number ≥ 0'));
    return [{ name, unit: unit ?? 'item', planned, actual: null }];
  });
  const raw = {
    code: at(first, 'code') || undefined,
    name: at(first, 'name'),
    year: Number(at(first, 'year')),
    countyCode: county ?? '',
    regionCode: at(first, 'region') || null,
    category: pick('category', PROJECT_CATEGORY_OPTIONS),
    level: pick('level', PROJECT_LEVEL_OPTIONS),
    fundSource: pick('source', FUND_SOURCE_OPTIONS),
    plannedFen: typeof planned === 'number' ? planned : 0,
    households: int('households'),
    persons: int('persons'),
    poorHouseholds: int('poorHouseholds'),
    poorPersons: int('poorPersons'),
    outputs,
    benefitLinks: benefit
      ? [{ kind: benefit, households: Number(at(first, 'benefitHouseholds')) || 0, note: null }]
      : [],
    description: at(first, 'description') || null,
    people: [],
  };
  if (g.errors.length) return;
  const parsed = projectInput.safeParse(raw);
  if (!parsed.success) {
    const keyOf: Record<string, ProjectColumnKey> = {
      name: 'name',
      year: 'year',
      code: 'code',
      regionCode: 'region',
      poorPersons: 'poorPersons',
      description: 'description',
    };
    for (const i of parsed.error.issues) g.errors.push(err(n, keyOf[String(i.path[0])] ?? null, i.message, i.message));
    return;
  }
  g.input = parsed.data;
}

/**
 * Imports the project library (项目库): rows grouped by 项目编码 (or county and name), a project's further rows adding
 * outputs; each project goes in whole or not at all, with the reasons of every row of a refused one listed in the
 * rejects report. The importer proposes them as themself (a county its own county's, the office any).
 */
export async function importProjects(ctx: AppContext, actor: Actor, meta: RequestMeta, upload: Upload) {
  const received = await imports.receiveXlsx(ctx, actor, meta, 'fund_projects', AUDIT_ACTION, upload);
  if (received.earlier) return imports.presentImportResult(received.earlier);
  const sheet = await readSheet(received.file.path);
  const counties = await names.listCounties(ctx.db, actor.tenantId);
  const groups = new Map<string, Group>();
  for (const r of sheet.rows) {
    const code = cellText(cellOf(sheet.map, r.cells, 'code'));
    const key =
      code || `${cellText(cellOf(sheet.map, r.cells, 'county'))}|${cellText(cellOf(sheet.map, r.cells, 'name'))}`;
    const g = groups.get(key) ?? { rows: [], errors: [] };
    g.rows.push(r);
    groups.set(key, g);
  }
  for (const g of groups.values()) parseGroup(g, sheet.map, counties);
  const codes = [...groups.values()].flatMap((g) => (g.input?.code ? [g.input.code] : []));
  const taken = new Set((await repo.findByCodes(ctx.db, actor.tenantId, codes)).map((p) => p.code));
  for (const g of groups.values()) {
    const i = g.input;
    if (!i) continue;
    const n = g.rows[0]!.number;
    if (!isProposer(actor, i.countyCode))
      g.errors.push(err(n, 'county', '只能申报本县项目', 'you propose only your own county’s projects'));
    if (i.code && taken.has(i.code)) g.errors.push(err(n, 'code', '项目编码已存在', 'project code in use'));
    if (i.regionCode && (!i.regionCode.startsWith(i.countyCode) || !(await names.regionExists(ctx.db, i.regionCode))))
      g.errors.push(err(n, 'region', '区划不在该县', 'region not in the county'));
  }
  return withAudit(ctx.db, actor, meta, async (tx) => {
    const opened = await imports.beginImport(tx, actor, 'fund_projects', received);
    if (!opened) {
      const earlier = await imports.findEarlier(tx, actor, 'fund_projects', received.file.hash);
      return {
        result: imports.presentImportResult(earlier),
        audit: {
          action: AUDIT_ACTION,
          outcome: 'success',
          objectType: 'import',
          objectId: earlier.id,
          details: { repeatOf: earlier.id },
        },
      };
    }
    const rejected: RejectedRow[] = [];
    const created: string[] = [];
    for (const g of groups.values()) {
      if (!g.errors.length && g.input) {
        const p = await tx.transaction((sp) => insertProposal(sp, ctx, actor, g.input!, [], opened.id));
        created.push(p.id);
        continue;
      }
      for (const r of g.rows) {
        const own = g.errors.filter((e) => e.row === r.number);
        rejected.push({
          number: r.number,
          cells: r.cells,
          errors: own.length
            ? own
            : [
                err(
                  r.number,
                  null,
                  '同一项目的其他行有误，整个项目未导入',
                  'another row of this project is wrong; the project was not imported',
                ),
              ],
        });
      }
    }
    rejected.sort((a, b) => a.number - b.number);
    const counts = {
      total: sheet.rows.length,
      accepted: sheet.rows.length - rejected.length,
      rejected: rejected.length,
    };
    const textColumns = PROJECT_COLUMNS.flatMap((c) =>
      c.isText && sheet.map[c.key] !== undefined ? [sheet.map[c.key]! + 1] : [],
    );
    const rejects = rejected.length ? await buildRejectsWorkbook(sheet.header, rejected, textColumns) : null;
    const done = await imports.finishImport(tx, ctx, opened.id, counts, rejects);
    return {
      result: imports.presentImportResult(done),
      audit: {
        action: AUDIT_ACTION,
        outcome: 'success',
        objectType: 'import',
        objectId: done.id,
        details: { filename: received.filename, ...counts, projects: created.length },
      },
    };
  });
}
