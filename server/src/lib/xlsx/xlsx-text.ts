import type { Cell, CellValue, DataValidation, Worksheet } from 'exceljs';

/** Excel text format: digits stay digits (an 18-digit ID number is not turned into 1.1E+17). */
export const TEXT_FORMAT = '@';
export const DATE_FORMAT = 'yyyy-mm-dd';

// A cell whose text starts with one of these would become a formula when the cell is edited, pasted or saved
// as CSV and reopened. Such text is written with a leading apostrophe: shown as text, never run, in every
// spreadsheet program (exceljs 4.4 cannot write the quotePrefix style, which would hide the apostrophe).
const FORMULA_START = /^[=+\-@\t\r]/;
const ESCAPED = /^'[=+\-@\t\r]/;

/** Text that would start a formula gets a leading apostrophe; other text is returned unchanged. */
export function escapeFormulaText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Undoes escapeFormulaText on import, so an exported sheet imports back to the same text. */
export function unescapeFormulaText(text: string): string {
  return ESCAPED.test(text) ? text.slice(1) : text;
}

/** An ISO date (YYYY-MM-DD) as the Date exceljs writes as that calendar day. */
export function isoDateCell(iso: string | null): Date | null {
  return iso ? new Date(`${iso}T00:00:00Z`) : null;
}

export type ExportValue = string | number | boolean | Date | null | undefined;

/** A value as an export cell holds it: text escaped, numbers, booleans and dates kept typed, empty as null. */
export function exportCellValue(v: ExportValue): CellValue {
  if (v === undefined || v === null || v === '') return null;
  return typeof v === 'string' ? escapeFormulaText(v) : v;
}

/** How an export column's cells are written: text, codes kept as text, dates, Beijing times, numbers, money in yuan. */
export type CellKind = 'text' | 'code' | 'date' | 'datetime' | 'number' | 'money';

/** The number format a column of each kind carries (set on the column, so each cell needs no style of its own). */
export const KIND_FORMAT: Record<CellKind, string | undefined> = {
  code: TEXT_FORMAT,
  date: DATE_FORMAT,
  datetime: 'yyyy-mm-dd hh:mm',
  money: '#,##0.00',
  text: undefined,
  number: undefined,
};

// Excel has no time zones: times are written as Beijing wall-clock time.
const BEIJING_OFFSET_MS = 8 * 3_600_000;

/** A value as a cell of its column's kind: codes and dates from strings, times as Beijing wall-clock time. */
export function kindCellValue(kind: CellKind, v: ExportValue): CellValue {
  if (kind === 'code') return exportCellValue(typeof v === 'string' ? v : null);
  if (kind === 'date') return isoDateCell(typeof v === 'string' ? v : null);
  if (kind === 'datetime') return typeof v === 'string' ? new Date(Date.parse(v) + BEIJING_OFFSET_MS) : null;
  return exportCellValue(v);
}

/** Writes a text cell (formula-escaped, formatted as text): for codes and ID-number-like values. */
export function setTextCell(cell: Cell, text: string | null | undefined): void {
  cell.numFmt = TEXT_FORMAT;
  cell.value = text ? escapeFormulaText(text) : null;
}

/** Formats whole columns as text (1-based indexes), so values typed in later stay text too. */
export function formatColumnsAsText(sheet: Worksheet, columns: readonly number[]): void {
  for (const c of columns) sheet.getColumn(c).numFmt = TEXT_FORMAT;
}

/** Header styling shared by templates, exports and rejects: bold, shaded, frozen, optionally filtered. */
export function styleHeader(
  sheet: Worksheet,
  columnCount: number,
  opts: { autoFilter?: boolean; headerRows?: number } = {},
): void {
  const rows = opts.headerRows ?? 1;
  for (let r = 1; r <= rows; r++) {
    const row = sheet.getRow(r);
    row.font = { bold: r === 1 };
    row.eachCell((cell) => (cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } }));
  }
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: rows }];
  if (opts.autoFilter && columnCount > 0)
    sheet.autoFilter = { from: { row: rows, column: 1 }, to: { row: rows, column: columnCount } };
}

type WithValidations = { dataValidations: { add: (range: string, validation: DataValidation) => void } };

/**
 * A drop-down list over a range such as 'A2:A1001' (exceljs's range form: its typings omit it, and setting
 * the validation cell by cell takes about half a second per thousand cells to write).
 */
export function addDropDown(
  sheet: Worksheet,
  range: string,
  values: readonly string[],
  errorTitle: string,
  error: string,
): void {
  const list = `"${values.join(',')}"`;
  if (list.length > 257 || values.some((v) => v.includes(',')))
    throw new Error('a list validation holds at most 255 characters, without commas');
  (sheet as unknown as WithValidations).dataValidations.add(range, {
    type: 'list',
    allowBlank: true,
    formulae: [list],
    showErrorMessage: true,
    errorTitle,
    error,
  });
}
