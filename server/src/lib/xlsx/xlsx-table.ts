import { AppError } from '../../http/app-error';
import { xlsxRefused } from './xlsx-guard';
import { cellText, type SheetRow } from './xlsx-read';

/**
 * The rows stage of an Excel import: how an uploaded sheet's header is read. The first non-empty row is the header;
 * a second header line holding the English names may follow; then the data rows, blank ones skipped.
 */
export type TableSpec<H> = {
  /** Reads the header row (its cells as text) into what the rows are parsed with. */
  header: (cells: string[]) => H;
  /** zh labels of the required columns the header lacks; any fails the import (IMPORT_HEADER_INVALID). */
  missing: (h: H) => string[];
  /** zh labels the refusal lists as expected. */
  expected: string[];
  /** Whether the row right after the header is a second header line (English names), skipped. */
  isSecondHeader?: (h: H, cells: string[]) => boolean;
  /** Data rows one upload may hold; beyond, XLSX_REFUSED (rows). */
  maxRows: number;
  /** What the refusal lists as missing when the sheet has no header at all; without it an empty sheet is no table. */
  whenEmpty?: string[];
  /** Added to the refusals' details (e.g. which sheet). */
  details?: Record<string, unknown>;
};

export const isBlankRow = (r: SheetRow) => r.cells.every((c) => cellText(c) === '');

/**
 * Reads a sheet as a table: maps its header (refusing one without the required columns), then hands each data row
 * to `onRow` in order, counting them against the maximum. Returns the header, or null for an empty sheet when the
 * spec allows one.
 */
export async function readTable<H>(
  rows: AsyncIterable<SheetRow>,
  spec: TableSpec<H>,
  onRow: (r: SheetRow, h: H) => unknown,
): Promise<H | null> {
  let head: H | null = null;
  let count = 0;
  for await (const r of rows) {
    if (isBlankRow(r)) continue;
    if (head === null) {
      const cells = r.cells.map(cellText);
      head = spec.header(cells);
      const missing = spec.missing(head);
      if (missing.length)
        throw new AppError('IMPORT_HEADER_INVALID', {
          ...spec.details,
          row: r.number,
          missing,
          found: cells.filter(Boolean),
          expected: spec.expected,
        });
      continue;
    }
    if (count === 0 && spec.isSecondHeader?.(head, r.cells.map(cellText))) continue;
    if (++count > spec.maxRows) throw xlsxRefused('rows', { max: spec.maxRows, ...spec.details });
    await onRow(r, head);
  }
  if (head === null && spec.whenEmpty)
    throw new AppError('IMPORT_HEADER_INVALID', { ...spec.details, missing: spec.whenEmpty, found: [] });
  return head;
}

/** A small sheet read whole: its header and its data rows. */
export type Table<H> = { header: H; rows: SheetRow[] };

/** Reads a whole (small) sheet as a table; an empty sheet is refused. */
export async function readWholeTable<H>(
  rows: AsyncIterable<SheetRow>,
  spec: TableSpec<H> & { whenEmpty: string[] },
): Promise<Table<H>> {
  const data: SheetRow[] = [];
  const header = await readTable(rows, spec, (r) => data.push(r));
  return { header: header!, rows: data };
}
