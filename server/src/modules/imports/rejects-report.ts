import ExcelJS from 'exceljs';
import type { ImportRowError } from '@xiezuo/domain';
import type { Plain } from './xlsx-read';
import { DATE_FORMAT, exportCellValue, formatColumnsAsText, styleHeader } from './xlsx-text';

export type RejectedRow = { number: number; cells: Plain[]; errors: ImportRowError[] };

/** One line per problem: "列：原因 / Column: reason". */
export function reasonText(errors: ImportRowError[]): string {
  return errors.map((e) => `${e.column.zh}：${e.zh} / ${e.column.en}: ${e.en}`).join('\n');
}

/**
 * The rejects report: the upload's own header and the cells of each rejected row as they arrived, then
 * 行号 Row (the row number in the upload) and 错误 Reason. Text is formula-escaped; code columns stay text.
 */
export async function buildRejectsWorkbook(header: string[], rows: RejectedRow[], textColumns: readonly number[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('未导入 Rejected');
  const width = Math.max(header.length, ...rows.map((r) => r.cells.length));
  const titles = Array.from({ length: width }, (_, i) => header[i] ?? '');
  ws.addRow([...titles, '行号 Row', '错误 Reason'].map((t) => exportCellValue(t)));
  formatColumnsAsText(ws, textColumns);
  for (const r of rows) {
    const cells = Array.from({ length: width }, (_, i) => exportCellValue(r.cells[i] ?? null));
    const row = ws.addRow([...cells, r.number, reasonText(r.errors)]);
    r.cells.forEach((c, i) => {
      if (c instanceof Date) row.getCell(i + 1).numFmt = DATE_FORMAT;
    });
    row.getCell(width + 2).alignment = { wrapText: true, vertical: 'top' };
  }
  ws.columns.forEach((c, i) => (c.width = i === width + 1 ? 60 : i === width ? 10 : 16));
  styleHeader(ws, width + 2, { autoFilter: true });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
