import { readDirectory } from '../xlsx/xlsx-guard';
import { ALLOWED_MIME } from './file-store';

/**
 * A Word or an Excel file, told apart by its parts: both are ZIP archives, and the first bytes (all `sniffMime`
 * sees) are the same. Null for a ZIP that is neither; a damaged or oversized archive is refused as for xlsx uploads.
 */
export async function zipOfficeMime(path: string): Promise<string | null> {
  const names = new Set((await readDirectory(path)).map((e) => e.name));
  if (names.has('word/document.xml')) return ALLOWED_MIME.docx;
  if (names.has('xl/workbook.xml')) return ALLOWED_MIME.xlsx;
  return null;
}
