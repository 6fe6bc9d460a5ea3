import {
  dueDateOf,
  periodOf,
  reportPeriodsDue,
  taskState,
  type IndicatorProgressDto,
  type TaskState,
} from '@xiezuo/domain';
import type { Actor, AppContext } from '../../http/context';
import { AppError } from '../../http/app-error';
import { districtProgress } from '../progress/progress.service';
import { isInForce } from './tasks.policy';
import * as reportsRepo from './task-reports.repository';
import type * as repo from './tasks.repository';

/** Everything a task's row shows about where it stands on a date. */
export type Judged = {
  state: TaskState;
  startOn: string;
  dueDate: string;
  evidence: { records: number; files: number };
  reports: reportsRepo.ReportRow[];
  lastReport: reportsRepo.ReportRow | null;
  reportsMissing: string[];
};

export type Judgement = { asOf: string; byTask: Map<string, Judged>; indicators: Map<string, IndicatorProgressDto> };

/** When a task runs from: its document's issue date, a plan's first submission, else the year's start. */
export const startOf = (t: repo.TaskWide) => t.doc.issuedOn ?? t.doc.submittedOn ?? `${t.year}-01-01`;

async function indicatorsOf(ctx: AppContext, actor: Actor, year: number, asOf: string, rows: repo.TaskWide[]) {
  if (!rows.some((t) => t.indicatorCodes.length)) return new Map<string, IndicatorProgressDto>();
  try {
    const p = await districtProgress(ctx, actor, year, asOf);
    return new Map(p.items.map((i) => [i.code, i]));
  } catch (err) {
    // a year without an indicator plan: linked indicators are simply not found
    if (err instanceof AppError && err.code === 'NOT_FOUND') return new Map<string, IndicatorProgressDto>();
    throw err;
  }
}

async function evidenceOf(ctx: AppContext, tenantId: string, year: number, asOf: string, rows: repo.TaskWide[]) {
  const types = [...new Set(rows.flatMap((t) => t.recordTypes))];
  const counts = await reportsRepo.evidenceCounts(ctx.db, tenantId, year, asOf, types);
  return (t: repo.TaskWide) => {
    const units = new Set([t.leadUnitId, ...t.coUnits.map((u) => u.id)]);
    return counts
      .filter((c) => t.recordTypes.includes(c.type) && c.unitId !== null && units.has(c.unitId))
      .reduce((a, c) => a + c.n, 0);
  };
}

/** Judges tasks of one year on a date: their linked indicators, evidence records and reports up to that date. */
export async function judge(
  ctx: AppContext,
  actor: Actor,
  year: number,
  asOf: string,
  rows: repo.TaskWide[],
): Promise<Judgement> {
  const [indicators, recordsOf, reports] = await Promise.all([
    indicatorsOf(ctx, actor, year, asOf, rows),
    evidenceOf(ctx, actor.tenantId, year, asOf, rows),
    reportsRepo.reportsOf(
      ctx.db,
      rows.map((t) => t.id),
      asOf,
    ),
  ]);
  const byTask = new Map<string, Judged>();
  for (const t of rows) {
    const mine = reports.filter((r) => r.taskId === t.id);
    const lead = mine.filter((r) => r.unitId === t.leadUnitId);
    const evidence = { records: recordsOf(t), files: mine.reduce((a, r) => a + r.files, 0) };
    const linked = t.indicatorCodes.map((c) => indicators.get(c)).filter((i) => i !== undefined);
    const state = taskState(
      {
        year: t.year,
        cadence: t.cadence,
        deadline: t.deadline,
        indicatorCodes: t.indicatorCodes,
        recordTypes: t.recordTypes,
        indicators: linked.map((i) => ({ status: i.status, completion: i.completion, value: i.value })),
        evidenceRecords: evidence.records,
        evidenceFiles: evidence.files,
        lead: lead.length ? { percent: lead[lead.length - 1]!.percent } : null,
        inForce: isInForce(t.doc.status),
      },
      asOf,
    );
    const startOn = startOf(t);
    const reported = new Set(lead.map((r) => r.period));
    const due =
      isInForce(t.doc.status) && state.status !== 'done'
        ? reportPeriodsDue({ year: t.year, cadence: t.cadence, startOn }, asOf)
        : [];
    byTask.set(t.id, {
      state,
      startOn,
      dueDate: dueDateOf(t),
      evidence,
      reports: mine,
      lastReport: mine[mine.length - 1] ?? null,
      reportsMissing: due.filter((p) => !reported.has(p) && p <= periodOf(asOf)),
    });
  }
  return { asOf, byTask, indicators };
}
