import { StringDecoder } from 'node:string_decoder';
import ExcelJS from 'exceljs';
import { AppError } from '../../http/app-error';
import { unescapeFormulaText } from './xlsx-text';
import { xlsxRefused } from './xlsx-guard';

export type Plain = string | number | boolean | Date | null;
/** One worksheet row: its 1-based number and its cells (index 0 = column A), each reduced to a plain value. */
export type SheetRow = { number: number; cells: Plain[] };

/** A cell value reduced to text, number, boolean, date or empty: rich text joined, a formula's cached result, never the formula. */
export function plainCell(v: unknown): Plain {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v !== 'object') return null;
  if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((r: { text?: string }) => r.text ?? '').join('');
  if ('result' in v) return plainCell(v.result);
  if ('text' in v) return plainCell(v.text);
  return null; // formula without a cached result, error values
}

type Chunk = Buffer | string;
/** The undeclared parts of exceljs's WorkbookReader that parse one zip entry each. */
type ReaderInternals = {
  _parseWorksheet(this: unknown, iterator: AsyncIterable<Chunk>, sheetNo: string): unknown;
  _parseSharedStrings(this: unknown, entry: NodeJS.ReadableStream): unknown;
  _parseWorkbook(this: unknown, entry: NodeJS.ReadableStream): Promise<void>;
};
const base = ExcelJS.stream.xlsx.WorkbookReader.prototype as unknown as ReaderInternals;

/** Decodes UTF-8 across chunk boundaries: a character split between two inflated chunks stays one character. */
async function* utf8(chunks: AsyncIterable<Chunk>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const c of chunks) {
    const s = typeof c === 'string' ? c : decoder.write(c);
    if (s) yield s;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

/**
 * exceljs 4.4's streaming reader decodes every inflated chunk on its own (TextDecoder without `stream`), so a
 * Chinese character that straddles two chunks turns into U+FFFD (measured: 9 cells in a 10,000-row sheet). This
 * reader hands its parsers text decoded across chunk boundaries instead.
 */
class Utf8WorkbookReader extends ExcelJS.stream.xlsx.WorkbookReader {
  _parseWorksheet(iterator: AsyncIterable<Chunk>, sheetNo: string) {
    return base._parseWorksheet.call(this, utf8(iterator), sheetNo);
  }
  _parseSharedStrings(entry: NodeJS.ReadableStream) {
    return base._parseSharedStrings.call(this, entry.setEncoding('utf8'));
  }
  _parseWorkbook(entry: NodeJS.ReadableStream) {
    return base._parseWorkbook.call(this, entry.setEncoding('utf8'));
  }
}

/**
 * Reads the first worksheet of an xlsx that passed checkXlsx, row by row, with exceljs's streaming reader
 * (only the current row is held). Later sheets are skipped. A reader failure becomes XLSX_REFUSED (corrupt).
 */
export async function* readFirstSheet(path: string): AsyncGenerator<SheetRow> {
  const reader = new Utf8WorkbookReader(path, { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' });
  let seen = false;
  try {
    for await (const sheet of reader) {
      if (seen) {
        // Later sheets are read through unused: a sheet exceljs parked in a temp file (it came before the shared
        // strings, as LibreOffice writes them) is only closed and removed once it has been read.
        for await (const _row of sheet);
        continue;
      }
      seen = true;
      for await (const row of sheet) {
        const values = Array.isArray(row.values) ? (row.values as unknown[]) : [];
        const cells: Plain[] = [];
        for (let i = 1; i < values.length; i++) cells.push(plainCell(values[i]));
        yield { number: row.number, cells };
      }
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw xlsxRefused('corrupt', { stage: 'read' });
  }
  if (!seen) throw xlsxRefused('corrupt', { stage: 'no worksheet' });
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** Text of a cell for a text field: trimmed, formula escape removed, whole numbers without exponent; '' when empty. */
export function cellText(v: Plain): string {
  if (v === null) return '';
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
