import ExcelJS from 'exceljs';
import type { ImportRowError } from '@xiezuo/domain';
import type { Plain } from '../../lib/xlsx/xlsx-read';
import { DATE_FORMAT, exportCellValue, formatColumnsAsText, styleHeader, TEXT_FORMAT } from '../../lib/xlsx/xlsx-text';

export type RejectedRow = { number: number; cells: Plain[]; errors: ImportRowError[] };

/** One line per problem: "列：原因 / Column: reason". */
export function reasonText(errors: ImportRowError[]): string {
  return errors.map((e) => `${e.column.zh}：${e.zh} / ${e.column.en}: ${e.en}`).join('\n');
}

/**
 * The rejects report: the upload's own header and the cells of each rejected row as they arrived, then
 * 行号 Row (the row number in the upload) and 错误 Reason. Text is formula-escaped; code columns stay text.
 */
export async function buildRejectsWorkbook(
  header: string[],
  rows: RejectedRow[],
  textColumns: readonly number[],
): Promise<Buffer> {
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

/** A further sheet of a rejects report, e.g. the refused lines of a roster sheet: its own header, its rows. */
export type RejectsSheet = { name: string; header: string[]; textColumns: readonly number[]; rows: RejectedRow[] };

/**
 * The same report written row by row to a file with exceljs's streaming writer, for background imports whose
 * rejects may run to many thousands of rows: nothing but the current row is held. Cells beyond the header are
 * dropped. A further sheet (the refused lines of a roster sheet, already in memory) can be added when closing.
 */
export class RejectsWriter {
  private readonly wb: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly ws: ExcelJS.Worksheet;
  private closing: Promise<void> | undefined;
  count = 0;

  constructor(
    readonly path: string,
    private readonly header: string[],
    textColumns: readonly number[],
  ) {
    this.wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
    this.ws = addSheet(this.wb, '未导入 Rejected', header, textColumns);
  }

  /** Appends one rejected row. */
  add(r: RejectedRow): void {
    addRow(this.ws, this.header.length, r);
    this.count++;
  }

  /** Finishes the file, with a further sheet if given (once; later calls wait for the same end). */
  close(extra?: RejectsSheet): Promise<void> {
    this.closing ??= (async () => {
      this.ws.commit();
      if (extra) {
        const ws = addSheet(this.wb, extra.name, extra.header, extra.textColumns);
        for (const r of [...extra.rows].sort((a, b) => a.number - b.number)) addRow(ws, extra.header.length, r);
        ws.commit();
      }
      await this.wb.commit();
    })();
    return this.closing;
  }
}

function addSheet(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  header: string[],
  textColumns: readonly number[],
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  const width = header.length;
  const text = new Set(textColumns);
  ws.columns = Array.from({ length: width + 2 }, (_, i) => ({
    width: i === width + 1 ? 60 : i === width ? 10 : 16,
    style: text.has(i + 1) ? { numFmt: TEXT_FORMAT } : {},
  }));
  const head = ws.addRow([...header, '行号 Row', '错误 Reason'].map((t) => exportCellValue(t)));
  head.font = { bold: true };
  head.eachCell((cell) => (cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } }));
  head.commit();
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: width + 2 } };
  return ws;
}

function addRow(ws: ExcelJS.Worksheet, width: number, r: RejectedRow): void {
  const cells = Array.from({ length: width }, (_, i) => exportCellValue(r.cells[i] ?? null));
  const row = ws.addRow([...cells, r.number, reasonText(r.errors)]);
  r.cells.forEach((c, i) => {
    if (c instanceof Date && i < width) row.getCell(i + 1).numFmt = DATE_FORMAT;
  });
  row.getCell(width + 2).alignment = { wrapText: true, vertical: 'top' };
  row.commit();
}
