import type ExcelJS from 'exceljs';
import type { SheetColumn } from './xlsx-columns';
import { addDropDown, formatColumnsAsText, styleHeader } from './xlsx-text';

/**
 * The template stage of an Excel pipeline: a sheet to fill in, made from the module's columns. Each column's header
 * cell carries a note; formats and drop-down lists cover the first TEMPLATE_ROWS rows.
 */
export const TEMPLATE_ROWS = 1000;

/** A column as a template shows it: its note, a number format, text formatting, a drop-down, required in red. */
export type InputColumn = SheetColumn & {
  note: string;
  numFmt?: string;
  isText?: boolean;
  required?: boolean;
  pick?: { values: readonly string[]; error: string };
};

/** A sheet name Excel accepts: at most 31 characters, none of \ / ? * [ ] :. */
export const sheetName = (name: string) => name.slice(0, 31).replace(/[\\/?*[\]:]/g, ' ');

/** Adds a sheet to fill in: the zh header with notes, formats and drop-downs over TEMPLATE_ROWS rows, required columns in red. */
export function addInputSheet(wb: ExcelJS.Workbook, name: string, cols: readonly InputColumn[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(sheetName(name));
  ws.columns = cols.map((c) => ({ header: c.zh, key: c.key, width: c.width }));
  cols.forEach((c, i) => {
    ws.getRow(1).getCell(i + 1).note = c.note;
    if (c.numFmt) ws.getColumn(i + 1).numFmt = c.numFmt;
  });
  formatColumnsAsText(
    ws,
    cols.flatMap((c, i) => (c.isText ? [i + 1] : [])),
  );
  cols.forEach((c, i) => {
    if (!c.pick) return;
    const letter = ws.getColumn(i + 1).letter;
    addDropDown(
      ws,
      `${letter}2:${letter}${TEMPLATE_ROWS + 1}`,
      c.pick.values,
      `${c.zh} ${c.en}`.slice(0, 32),
      c.pick.error,
    );
  });
  styleHeader(ws, cols.length);
  ws.getRow(1).eachCell((cell, i) => {
    if (cols[i - 1]?.required) cell.font = { bold: true, color: { argb: 'FFC00000' } };
  });
  return ws;
}

/** Adds the notes sheet every template and catalog carries: one line a column, then what an import does. */
export function addNotesSheet(
  wb: ExcelJS.Workbook,
  lines: readonly (readonly [string, string])[],
  name = '填写说明 Notes',
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  ws.columns = [
    { header: '列 Column', width: 28 },
    { header: '说明 Notes', width: 100 },
  ];
  for (const [column, note] of lines) ws.addRow(column || note ? [column, note] : []);
  ws.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  styleHeader(ws, 2);
  return ws;
}
