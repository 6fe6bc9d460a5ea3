import fs from 'node:fs';
import { AppError } from '../../http/app-error';
import { ALLOWED_MIME, type Spooled } from '../../lib/files/file-store';
import { checkXlsx } from '../../lib/xlsx/xlsx-guard';
import { readFirstSheet, type SheetRow } from '../../lib/xlsx/xlsx-read';

export const CSV_MIME = 'text/csv';

/**
 * Decodes a CSV export: UTF-8 (with or without BOM) when it is valid UTF-8, else GB18030, which is what Chinese
 * platforms' "Excel-friendly" CSV exports are written in. A file holding NUL bytes is binary, not CSV.
 */
export function decodeCsv(buf: Buffer): string {
  if (buf.includes(0)) throw new AppError('UNSUPPORTED_MEDIA_TYPE', { allowed: [ALLOWED_MIME.xlsx, CSV_MIME] });
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buf);
  } catch {
    return new TextDecoder('gb18030').decode(buf);
  }
}

/** RFC 4180 rows: quoted fields may hold commas, quotes ("") and line breaks; CRLF or LF line ends. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === ',') endField();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endField();
      rows.push(row);
      row = [];
    } else field += c;
  }
  if (field !== '' || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}

async function* csvRows(path: string): AsyncGenerator<SheetRow> {
  const rows = parseCsv(decodeCsv(fs.readFileSync(path)));
  for (let i = 0; i < rows.length; i++) yield { number: i + 1, cells: rows[i]!.map((s) => s.trim() || null) };
}

/**
 * The rows of an uploaded order export: an xlsx (checked before anything inflates it) or a CSV (any upload whose
 * first bytes are not a known binary type). Row numbers are the sheet's or the file's line numbers, 1-based.
 */
export async function orderExportRows(s: Spooled): Promise<AsyncIterable<SheetRow>> {
  if (s.mime === ALLOWED_MIME.xlsx) {
    await checkXlsx(s.path);
    return readFirstSheet(s.path);
  }
  if (s.mime !== null || s.size === 0)
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', { allowed: [ALLOWED_MIME.xlsx, CSV_MIME] });
  return csvRows(s.path);
}
