import ExcelJS from 'exceljs';
import { recordType, TASK_CADENCE_LABELS, TASK_STATUS_LABELS, type TaskDto } from '@xiezuo/domain';
import type { Actor, AppContext, RequestMeta } from '../../../http/context';
import { withAudit } from '../../../lib/audit-tx';
import type { Download } from '../../../lib/files/download';
import { ALLOWED_MIME } from '../../../lib/files/file-store';
import { exportCellValue, isoDateCell, setTextCell, styleHeader, DATE_FORMAT } from '../../../lib/xlsx/xlsx-text';
import { load as loadDocument } from '../documents.service';
import { list } from '../tasks.service';
import { TASK_COLUMNS, type TaskColumnKey } from './tasks-excel.columns';

type Cell = string | number | Date | null;

function rowOf(t: TaskDto): Record<TaskColumnKey, Cell> {
  return {
    clauseNo: t.clauseNo,
    text: t.text,
    lead: t.leadUnit.name,
    co: t.coUnits.map((u) => u.name).join('、'),
    group: t.group?.name ?? null,
    deadline: t.cadence === 'once' ? isoDateCell(t.deadline) : TASK_CADENCE_LABELS[t.cadence].zh.slice(0, 2),
    deliverable: t.deliverable,
    indicators: t.indicatorCodes.join('、'),
    recordTypes: t.recordTypes.map((c) => recordType(c)?.label.zh ?? c).join('、'),
    status: TASK_STATUS_LABELS[t.status].zh,
    percent: t.percent,
    lastReport: t.lastReport ? `${t.lastReport.period} ${t.lastReport.unit.name}：${t.lastReport.text}` : null,
  };
}

/** A document's tasks as the sheet an import reads back (plus status columns for reading); empty: the template. */
export async function exportTasks(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  documentId: string,
): Promise<Download> {
  const d = await loadDocument(ctx, actor, documentId);
  const { items } = await list(ctx, actor, { year: d.year, document: d.id, page: 1, pageSize: 500 });
  await withAudit(ctx.db, actor, meta, async () => ({
    result: undefined,
    audit: {
      action: 'document.tasks_export',
      outcome: 'success',
      objectType: 'document',
      objectId: d.id,
      details: { count: items.length },
    },
  }));
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Xiezuo';
  const ws = wb.addWorksheet('任务分工 Tasks');
  ws.columns = TASK_COLUMNS.map((c) => ({ header: c.zh, width: c.width }));
  TASK_COLUMNS.forEach((c, i) => {
    ws.getRow(1).getCell(i + 1).note = `${c.en}. ${c.hint}`;
    if (c.key === 'clauseNo') ws.getColumn(i + 1).numFmt = '@';
    if (c.key === 'deadline') ws.getColumn(i + 1).numFmt = DATE_FORMAT;
  });
  for (const t of items) {
    const values = rowOf(t);
    const row = ws.addRow([]);
    TASK_COLUMNS.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      const v = values[c.key];
      if (c.key === 'clauseNo') setTextCell(cell, typeof v === 'string' ? v : null);
      else cell.value = exportCellValue(v);
    });
  }
  styleHeader(ws, TASK_COLUMNS.length, { autoFilter: true });
  const notes = wb.addWorksheet('说明 Notes');
  notes.columns = [
    { header: '列', width: 16 },
    { header: '说明 Notes', width: 120 },
  ];
  for (const c of TASK_COLUMNS) notes.addRow([c.zh, `${c.en}. ${c.hint}`]);
  styleHeader(notes, 2);
  return {
    mime: ALLOWED_MIME.xlsx,
    filename: `${d.title}-${d.year}.xlsx`,
    body: Buffer.from(await wb.xlsx.writeBuffer()),
  };
}
