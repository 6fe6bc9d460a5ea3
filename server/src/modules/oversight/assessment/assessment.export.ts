import ExcelJS from 'exceljs';
import type { Actor, AppContext, RequestMeta } from '../../../http/context';
import { withAudit } from '../../../lib/audit-tx';
import { exportCellValue, styleHeader } from '../../../lib/xlsx/xlsx-text';
import { loadScheme, scores } from './assessment.service';

const SCORE_FORMAT = '0.00';

/**
 * The year's ranking as a workbook: one row per unit (rank, unit, one typed numeric column per item, total), frozen
 * header with the English names as notes. Breakdown cells stay empty for units whose detail the caller may not see.
 */
export async function exportScores(ctx: AppContext, actor: Actor, meta: RequestMeta, year: number): Promise<Buffer> {
  const scheme = await loadScheme(ctx.db, actor.tenantId, year);
  const result = await scores(ctx, actor, year, {});
  await withAudit(ctx.db, actor, meta, async () => ({
    result: undefined,
    audit: {
      action: 'assessment.export',
      outcome: 'success',
      objectType: 'assessment_scheme',
      objectId: String(year),
      details: { frozen: result.frozen, units: result.items.length },
    },
  }));
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Xiezuo';
  const ws = wb.addWorksheet(`${year} 考核 Assessment`);
  const columns = [
    { zh: '排名', en: 'Rank', width: 8 },
    { zh: '单位', en: 'Unit', width: 22 },
    ...scheme.items.map((i) => ({
      zh: `${i.name.zh}（${i.kind === 'deduction' ? `扣分上限 ${i.cap ?? i.weight}` : `${i.cap ?? i.weight} 分`}）`,
      en: i.name.en,
      width: 16,
    })),
    { zh: '总分', en: 'Total', width: 10 },
  ];
  ws.columns = columns.map((c) => ({ header: c.zh, width: c.width }));
  columns.forEach((c, i) => (ws.getRow(1).getCell(i + 1).note = c.en));
  for (const u of result.items) {
    const byCode = new Map(u.breakdown.map((l) => [l.code, l.score]));
    const row = ws.addRow([
      u.rank,
      exportCellValue(u.unitName),
      ...scheme.items.map((i) => (u.isDetailVisible ? (byCode.get(i.code) ?? null) : null)),
      u.total,
    ]);
    for (let c = 3; c <= columns.length; c++) row.getCell(c).numFmt = SCORE_FORMAT;
  }
  styleHeader(ws, columns.length, { autoFilter: true });
  ws.views = [{ state: 'frozen', xSplit: 2, ySplit: 1 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
