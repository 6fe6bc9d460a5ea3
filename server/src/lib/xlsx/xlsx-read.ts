import { AppError } from '../../http/app-error';
import { xlsxRefused } from './xlsx-guard';
import { unescapeFormulaText } from './xlsx-text';
import { readBookParts, sheetRows, type BookParts, type Plain, type SheetRow } from './xlsx-sheet';
import { entryText, findEntry, openArchive, type Archive } from './xlsx-zip';

export type { Plain, SheetRow } from './xlsx-sheet';

/** A workbook opened for reading: its sheets' names in tab order, and their rows on demand. */
export type XlsxBook = {
  sheetNames: string[];
  /** Reads one sheet (by its position in tab order) row by row; only the current chunk's rows are held. */
  rows(sheet: number): AsyncGenerator<SheetRow>;
};

/** What any reader failure becomes: the refusal it already is, or XLSX_REFUSED (corrupt). */
function refusal(err: unknown, stage: string): AppError {
  return err instanceof AppError ? err : xlsxRefused('corrupt', { stage });
}

/**
 * Opens an xlsx that passed checkXlsx with the importer's own lean reader: parts are inflated straight from the
 * file's checked ZIP directory, the workbook, relationships, styles (which cells are dates) and shared strings are
 * read first, then a sheet is streamed through a small tokenizer. Reads what exceljs, Excel and LibreOffice write.
 */
export async function openXlsx(path: string): Promise<XlsxBook> {
  let archive: Archive;
  let parts: BookParts;
  try {
    archive = await openArchive(path);
    parts = await readBookParts(archive);
  } catch (err) {
    throw refusal(err, 'workbook');
  }
  return {
    sheetNames: parts.sheets.map((s) => s.name),
    async *rows(sheet: number) {
      const target = parts.sheets[sheet];
      const entry = target && findEntry(archive, target.path);
      if (!entry) throw xlsxRefused('corrupt', { stage: 'no worksheet' });
      try {
        yield* sheetRows(entryText(archive, entry), parts);
      } catch (err) {
        throw refusal(err, 'read');
      }
    },
  };
}

/** Reads the first worksheet of an xlsx that passed checkXlsx, row by row. A reader failure becomes XLSX_REFUSED. */
export async function* readFirstSheet(path: string): AsyncGenerator<SheetRow> {
  const book = await openXlsx(path);
  if (!book.sheetNames.length) throw xlsxRefused('corrupt', { stage: 'no worksheet' });
  yield* book.rows(0);
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** Text of a cell for a text field: trimmed, formula escape removed, whole numbers without exponent; '' when empty. */
export function cellText(v: Plain): string {
  if (v === null) return '';
  if (typeof v === 'string') return unescapeFormulaText(v.trim());
  if (typeof v === 'number') return Number.isInteger(v) ? v.toFixed(0) : String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return unescapeFormulaText(String(v).trim());
}

/**
 * A date cell as YYYY-MM-DD: an Excel date, an Excel serial number, or text 'YYYY-MM-DD' (also / or . separated).
 * Returns null when empty and 'invalid' when it is not a real calendar date.
 */
export function cellDate(v: Plain): string | null | 'invalid' {
  if (v === null || v === '') return null;
  let d: Date;
  if (v instanceof Date) d = v;
  else if (typeof v === 'number') {
    if (!Number.isInteger(v) || v < 1 || v > 2_958_465) return 'invalid';
    d = new Date(EXCEL_EPOCH + v * 86_400_000);
  } else {
    const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(String(v).trim());
    if (!m) return String(v).trim() === '' ? null : 'invalid';
    d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    if (d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) return 'invalid';
  }
  if (Number.isNaN(d.getTime())) return 'invalid';
  return d.toISOString().slice(0, 10);
}
