import type { ImportRowError, RecordTypeDecl } from '@xiezuo/domain';
import { cellText, type SheetRow } from '../../../lib/xlsx/xlsx-read';
import type { ValidRow, ImportJob } from './ledger-excel.batch';
import { isEnglishHeader, mapHeader } from '../../../lib/xlsx/xlsx-columns';
import type { TableSpec } from '../../../lib/xlsx/xlsx-table';
import {
  isTextColumn,
  missingRecordColumns,
  recordColumns,
  type ColumnKey,
  type RecordColumn,
} from './ledger-excel.columns';
import { MAX_PEOPLE, type Roster, type RosterLine } from './ledger-excel.roster';
import { parseRecordRow, rowError, validationErrors, type Lookups } from './ledger-excel.rows';
import { isPeriodClosed, isReporter } from '../records.policy';
import { validateRecord, type RefData } from '../records.validate';
import type { DuplicateRows } from './ledger-excel.duplicates';

/** Everything a row is checked against, loaded once per run; `duplicates` unless the upload keeps repeated rows. */
export type Checks = {
  ref: RefData;
  lookups: Lookups;
  counties: string[];
  closed: Set<string>;
  duplicates: DuplicateRows | null;
};

/** The whole row, for problems that belong to no one cell. */
const WHOLE_ROW = { zh: '整行', en: 'Row' };
/** The data sheet's columns as the upload's header placed them. */
export type Sheet = { list: RecordColumn[]; map: Map<ColumnKey, number>; header: string[] };

/** The data sheet as a table: its header mapped to the type's columns; one without the required ones fails the import. */
export function dataTable(decl: RecordTypeDecl, maxRows: number): TableSpec<Sheet> {
  const list = recordColumns(decl);
  return {
    header: (header) => ({ list, map: mapHeader(list, header), header }),
    missing: (s) => missingRecordColumns(list, s.map),
    expected: list.map((c) => c.zh),
    isSecondHeader: (s, cells) => isEnglishHeader(s.list, cells),
    maxRows,
    whenEmpty: list.filter((c) => c.required).map((c) => c.zh),
  };
}

/** 1-based positions, in the upload's own column order, of the columns kept as text in the rejects report. */
export const uploadTextColumns = (sheet: Sheet) =>
  sheet.list.filter(isTextColumn).flatMap((c) => (sheet.map.has(c.key) ? [sheet.map.get(c.key)! + 1] : []));

/**
 * A row an earlier run of this upload already put in: its roster lines are taken (its people went in with it), and
 * the fact it states is remembered, so a repetition of it further down is still seen as one.
 */
export function rememberImported(job: ImportJob, sheet: Sheet, checks: Checks, r: SheetRow, roster: Roster | null) {
  const parsed = parseRecordRow(r.number, r.cells, sheet, job.decl.code, checks.lookups);
  const key = rosterKeyOf(sheet, r);
  if (roster && key) {
    const taken = roster.take(key, r.number);
    if ('lines' in taken) parsed.core.people = taken.lines.flatMap((l) => (l.person ? [l.person] : []));
  }
  checks.duplicates?.remember(r.number, parsed.core);
}

/** The record key a data row names (types with a roster sheet), or ''. */
export const rosterKeyOf = (sheet: Sheet, r: SheetRow) =>
  sheet.map.has('rosterKey') ? cellText(r.cells[sheet.map.get('rosterKey')!] ?? null) : '';

/**
 * Checks one data row with the API's rules (validateRecord), its people being the roster lines under its record key
 * when the type has a roster sheet; then the importer's right to report it and the period. A refused row takes its
 * roster lines with it into the report; a roster line's own problems refuse its record.
 */
export async function checkRow(
  job: ImportJob,
  sheet: Sheet,
  checks: Checks,
  r: SheetRow,
  roster: Roster | null,
): Promise<{ ok: ValidRow } | { errors: ImportRowError[] }> {
  const { decl, actor } = job;
  const parsed = parseRecordRow(r.number, r.cells, sheet, decl.code, checks.lookups);
  const errors = parsed.errors;
  let lines: RosterLine[] = NO_LINES;
  if (roster && parsed.rosterKey) {
    const taken = roster.take(parsed.rosterKey, r.number);
    if ('takenBy' in taken)
      errors.push(rowError(r.number, colOf(sheet, 'rosterKey'), 'duplicateKey', { row: taken.takenBy }));
    else lines = taken.lines;
  }
  if (lines.length > MAX_PEOPLE)
    errors.push(rowError(r.number, colOf(sheet, 'rosterKey'), 'tooManyPeople', { max: MAX_PEOPLE }));
  if (lines.length && lines.every((l) => l.person)) parsed.core.people = lines.map((l) => l.person!);
  const checked = await validateRecord(parsed.core, checks.ref, job.ctx.keys);
  if ('errors' in checked) {
    let own = checked.errors;
    if (roster && lines.length) {
      roster.placePeopleErrors(lines, own);
      own = own.filter((e) => !e.path.startsWith('people'));
    }
    errors.push(...validationErrors(r.number, own, sheet.list, errors));
  }
  if (lines.length) {
    const refused = lines.filter((l) => l.errors.length);
    if (refused.length)
      errors.push(
        rowError(r.number, colOf(sheet, 'rosterKey'), 'rosterRefused', {
          rows: refused.map((l) => l.number).join('、'),
        }),
      );
  }
  const { core } = parsed;
  const sideKnown = decl.reportedBy === 'east' ? core.eastUnitId !== '' : core.countyCode !== null;
  if (
    sideKnown &&
    !isReporter(actor, { reporterSide: decl.reportedBy, eastUnitId: core.eastUnitId, countyCode: core.countyCode })
  ) {
    errors.push(
      decl.reportedBy === 'east'
        ? rowError(r.number, colOf(sheet, 'eastUnit'), 'notReporter')
        : rowError(r.number, colOf(sheet, 'county'), 'notReporterCounty'),
    );
  }
  if (core.occurredOn && isPeriodClosed(core.occurredOn, checks.closed))
    errors.push(rowError(r.number, colOf(sheet, 'occurredOn'), 'periodClosed'));
  if (!errors.length && !('errors' in checked)) {
    const first = checks.duplicates?.firstOf(r.number, parsed.core);
    if (first !== undefined) errors.push(rowError(r.number, WHOLE_ROW, 'duplicateRow', { row: first }));
  }
  if (errors.length || 'errors' in checked) {
    roster?.rejectLines(lines, r.number);
    return { errors };
  }
  return { ok: { number: r.number, core, valid: checked.ok, note: parsed.note } };
}

const NO_LINES: RosterLine[] = [];
const colOf = (sheet: Sheet, key: ColumnKey) => sheet.list.find((c) => c.key === key)!;
