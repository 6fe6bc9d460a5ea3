import type { DbOrTx } from '../client';
import { taskReportFiles, taskReports } from '../schema';
import { REPORT_GAPS, type DemoClause } from './tasks-2019.data';

const MONTHS = ['2019-04', '2019-05', '2019-06', '2019-07', '2019-08', '2019-09'];

/** What report generation needs of a seeded task. */
export type ReportedTask = {
  text: string;
  lead: string;
  co: string[];
  due: string;
  deliverable?: string | null;
  demo: DemoClause['demo'];
  /** Whether the task needs an evidence file to be done (qualitative or record-linked). */
  evidence: boolean;
};
export type ReportCtx = { tx: DbOrTx; tenantId: string; unitIds: Map<string, string>; evidence: string };

/** A one-page PDF standing for a scanned document (the demo's evidence files). */
export function demoPdf(title: string): Buffer {
  const text = `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%${title}\n%%EOF\n`;
  return Buffer.from(text, 'latin1');
}

export const nextMonthDay = (period: string, day: number) => {
  const [y, m] = period.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return `${next}-${String(day).padStart(2, '0')}`;
};
/** The first month a plan's tasks report on: the month after it came in (the same month when it came on the 1st). */
export const firstWholeMonth = (on: string) =>
  on.endsWith('-01') ? on.slice(0, 7) : nextMonthDay(on.slice(0, 7), 1).slice(0, 7);
export const short = (text: string) => (text.includes('：') ? text.slice(0, text.indexOf('：')) : text).slice(0, 40);

/** The months a task's lead unit reported, and the share it gave each time. */
function reportPlan(t: ReportedTask, startMonth: string, i: number) {
  const quarterly = t.due === 'quarterly';
  const last = t.demo.doneIn ?? t.demo.lastIn ?? (i % 2 === 0 ? '2019-09' : '2019-08');
  const gaps = new Set([...(t.demo.skip ?? []), ...(REPORT_GAPS[t.lead] ?? [])]);
  const months = MONTHS.filter(
    (m) => m >= startMonth && m <= last && !gaps.has(m) && (!quarterly || Number(m.slice(5)) % 3 === 0),
  );
  return months.map((m, k) => ({
    period: m,
    percent: t.demo.doneIn && k === months.length - 1 ? 100 : Math.round((t.demo.percent * (k + 1)) / months.length),
    // September's reports are made before the month ends; about one in seven of the others came after the due day
    reportedOn:
      m === '2019-09' ? `2019-09-${String(24 + (i % 6)).padStart(2, '0')}` : nextMonthDay(m, (i + k) % 7 === 3 ? 9 : 3),
  }));
}

/** Each task's monthly reports by its lead unit (and its co-units where the demo says), with evidence where done. */
export async function insertReports(c: ReportCtx, seeded: { id: string; t: ReportedTask }[], startMonth: string) {
  for (const [i, { id, t }] of seeded.entries()) {
    const plan = reportPlan(t, startMonth, i);
    for (const [k, r] of plan.entries()) {
      const done = r.percent === 100;
      const [rep] = await c.tx
        .insert(taskReports)
        .values({
          tenantId: c.tenantId,
          taskId: id,
          unitId: c.unitIds.get(t.lead)!,
          period: r.period,
          percent: r.percent,
          text: done
            ? `${short(t.text)}已完成${t.deliverable ? `，${t.deliverable}已形成` : ''}，佐证材料见附件。`
            : `${Number(r.period.slice(5))}月份：按分工推进“${short(t.text)}”，累计完成约 ${r.percent}%，下一步按计划推进。`,
          reportedOn: r.reportedOn,
          createdAt: new Date(`${r.reportedOn}T09:30:00+08:00`),
        })
        .returning({ id: taskReports.id });
      if (done && t.evidence)
        await c.tx.insert(taskReportFiles).values({
          tenantId: c.tenantId,
          reportId: rep!.id,
          fileHash: c.evidence,
          filename: `${short(t.text)}-佐证材料.pdf`,
        });
      // co-units add their part in the last two months
      if (t.demo.coReports && k >= plan.length - 2)
        for (const co of t.co)
          await c.tx.insert(taskReports).values({
            tenantId: c.tenantId,
            taskId: id,
            unitId: c.unitIds.get(co)!,
            period: r.period,
            percent: r.percent,
            text: `配合牵头单位推进“${short(t.text)}”，本单位承担部分按计划完成。`,
            reportedOn: r.reportedOn,
            createdAt: new Date(`${r.reportedOn}T10:00:00+08:00`),
          });
    }
  }
}
