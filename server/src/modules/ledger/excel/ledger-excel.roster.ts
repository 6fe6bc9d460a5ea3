import type { ImportRowError, PersonInput, RecordTypeDecl } from '@xiezuo/domain';
import type { RejectedRow } from '../../imports/rejects-report';
import { isEnglishHeader, mapHeader } from '../../../lib/xlsx/xlsx-columns';
import { cellText, type Plain, type XlsxBook } from '../../../lib/xlsx/xlsx-read';
import { readTable, type TableSpec } from '../../../lib/xlsx/xlsx-table';
import {
  isRosterSheet,
  isTextColumn,
  missingRecordColumns,
  rosterColumns,
  type ColumnKey,
  type RecordColumn,
} from './ledger-excel.columns';
import { parsePerson, rowError, validationErrors } from './ledger-excel.rows';
import type { FieldError } from '../records.validate';

/** Lines one roster sheet may hold. */
export const MAX_ROSTER_LINES = 200_000;
/** People on one record, as the API allows. */
export const MAX_PEOPLE = 5_000;

/** One line of the roster sheet: who, for which record key, and what is wrong with it. */
export type RosterLine = { number: number; cells: Plain[]; person: PersonInput | null; errors: ImportRowError[] };

/**
 * The roster sheet ('名单 Roster') of an upload, read whole before the data sheet (it is a separate part of the
 * file, and a record's people must be known when the record goes in): lines by record key in sheet order, which
 * keys data rows took, and the lines refused so far.
 */
export class Roster {
  private readonly byKey = new Map<string, RosterLine[]>();
  private readonly takenBy = new Map<string, number>();
  /** Lines for the rejects report's roster sheet. */
  readonly rejected: RejectedRow[] = [];

  constructor(
    readonly list: RecordColumn[],
    readonly map: Map<ColumnKey, number>,
    readonly header: string[],
  ) {}

  add(key: string, line: RosterLine): void {
    const lines = this.byKey.get(key);
    if (lines) lines.push(line);
    else this.byKey.set(key, [line]);
  }

  /** The lines of a record key, for the data row that names it first; the row that took it, for any later one. */
  take(key: string, row: number): { lines: RosterLine[] } | { takenBy: number } {
    const first = this.takenBy.get(key);
    if (first !== undefined) return { takenBy: first };
    this.takenBy.set(key, row);
    return { lines: this.byKey.get(key) ?? [] };
  }

  /** Checks a record's people as validateRecord did: each of its problems lands on the roster line it is about. */
  placePeopleErrors(lines: RosterLine[], errors: FieldError[]): void {
    for (const e of errors) {
      const m = /^people\.(\d+)\./.exec(e.path);
      const line = m ? lines[Number(m[1])] : undefined;
      if (line) line.errors.push(...validationErrors(line.number, [e], this.list, line.errors));
    }
  }

  /** A refused record's lines go to the report: with their own problems, or else because of the record's row. */
  rejectLines(lines: RosterLine[], recordRow: number): void {
    const keyCol = this.list[0]!;
    for (const l of lines)
      this.rejected.push({
        number: l.number,
        cells: l.cells,
        errors: l.errors.length ? l.errors : [rowError(l.number, keyCol, 'recordRefused', { row: recordRow })],
      });
  }

  /** Lines whose key no data row named: reported, as nothing can hold them. Returns how many. */
  rejectUnclaimed(): number {
    let n = 0;
    for (const [key, lines] of this.byKey) {
      if (this.takenBy.has(key)) continue;
      for (const l of lines)
        this.rejected.push({
          number: l.number,
          cells: l.cells,
          errors: [...l.errors, rowError(l.number, this.list[0]!, 'noRecord')],
        });
      n += lines.length;
    }
    return n;
  }

  /** 1-based positions, in the upload's own column order, of the roster columns kept as text in the report. */
  textColumns(): number[] {
    return this.list.filter(isTextColumn).flatMap((c) => (this.map.has(c.key) ? [this.map.get(c.key)! + 1] : []));
  }
}

/**
 * Reads the roster sheet of a type with a roster of many, if the upload has one (found by its name, never the first
 * sheet): its header must name the key, ID number and name columns. Lines without a key are refused at once.
 */
export async function readRoster(book: XlsxBook, decl: RecordTypeDecl): Promise<Roster | null> {
  const list = rosterColumns(decl);
  const index = book.sheetNames.findIndex((name, i) => i > 0 && isRosterSheet(name));
  if (!list.length || index < 0) return null;
  const table: TableSpec<Roster> = {
    header: (header) => new Roster(list, mapHeader(list, header), header),
    missing: (roster) => missingRecordColumns(list, roster.map),
    expected: list.map((c) => c.zh),
    isSecondHeader: (_roster, cells) => isEnglishHeader(list, cells),
    maxRows: MAX_ROSTER_LINES,
    details: { sheet: book.sheetNames[index] },
  };
  return readTable(book.rows(index), table, (r, roster) => {
    const errors: ImportRowError[] = [];
    const person = parsePerson(r.number, r.cells, roster, errors);
    const key = cellText(roster.map.has('rosterKey') ? (r.cells[roster.map.get('rosterKey')!] ?? null) : null);
    const line = { number: r.number, cells: r.cells, person, errors };
    if (key) roster.add(key, line);
    else roster.rejected.push({ ...line, errors: [rowError(r.number, list[0]!, 'required'), ...errors] });
  });
}
