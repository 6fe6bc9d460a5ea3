import type { IndicatorStatus } from '../progress/progress';
import type { TaskBasis, TaskCadence, TaskStatus } from './tasks.contracts';

/** A month's progress report is due by this day of the following month (the 5th: August's by 5 September). */
export const REPORT_DUE_DAY = 5;

/** The facts a task's status is judged from on a date. */
export type TaskFacts = {
  year: number;
  cadence: TaskCadence;
  deadline: string | null;
  indicatorCodes: readonly string[];
  recordTypes: readonly string[];
  /** The linked indicators as the engine computes them (missing codes are left out). */
  indicators: readonly { status: IndicatorStatus; completion: number | null; value: number }[];
  /** Confirmed records of the linked types by the task's units in the year, up to the date. */
  evidenceRecords: number;
  /** Evidence files on the task's reports up to the date. */
  evidenceFiles: number;
  /** The lead unit's latest report up to the date. */
  lead: { percent: number } | null;
  /** Whether its document binds yet (adopted, or an accepted plan): a draft plan's task is never overdue. */
  inForce: boolean;
};

export type TaskState = { basis: TaskBasis; status: TaskStatus; percent: number; needsEvidence: boolean };

export const basisOf = (t: Pick<TaskFacts, 'indicatorCodes' | 'recordTypes'>): TaskBasis =>
  t.indicatorCodes.length ? 'indicators' : t.recordTypes.length ? 'records' : 'reported';

/** The date a task is due: its deadline, or the year's end for recurring work. */
export const dueDateOf = (t: Pick<TaskFacts, 'year' | 'deadline'>) => t.deadline ?? `${t.year}-12-31`;

function fromIndicators(f: TaskFacts): Omit<TaskState, 'basis'> {
  const found = f.indicators;
  if (!found.length) return { status: 'not_started', percent: 0, needsEvidence: false };
  const done = found.every((i) => i.status === 'achieved');
  // an indicator without a target shows progress only by having a value
  const shares = found.map((i) =>
    i.status === 'achieved' ? 100 : i.completion !== null ? Math.min(i.completion, 99) : i.value > 0 ? 50 : 0,
  );
  const percent = Math.floor(shares.reduce((a, s) => a + s, 0) / shares.length);
  return {
    status: done ? 'done' : found.some((i) => i.value > 0) ? 'under_way' : 'not_started',
    percent: done ? 100 : percent,
    needsEvidence: false,
  };
}

function fromReports(f: TaskFacts, evidence: number): Omit<TaskState, 'basis'> {
  const reported = f.lead?.percent ?? 0;
  const claimsDone = reported >= 100;
  const done = claimsDone && evidence > 0;
  const started = reported > 0 || (f.recordTypes.length > 0 && f.evidenceRecords > 0);
  return {
    status: done ? 'done' : started ? 'under_way' : 'not_started',
    percent: done ? 100 : Math.min(reported, 99),
    needsEvidence: claimsDone && !done,
  };
}

/**
 * A task's status on a date. With indicators it is done when every one is achieved; with record types when the lead
 * unit reports it complete and records of those types exist; a qualitative task when the lead unit reports it complete
 * with evidence files. Not done after its due date, once its document binds: overdue.
 */
export function taskState(f: TaskFacts, asOf: string): TaskState {
  const basis = basisOf(f);
  const s =
    basis === 'indicators'
      ? fromIndicators(f)
      : fromReports(f, basis === 'records' ? f.evidenceRecords : f.evidenceFiles);
  const overdue = f.inForce && s.status !== 'done' && dueDateOf(f) < asOf;
  return { basis, ...s, status: overdue ? 'overdue' : s.status };
}

const monthKey = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}`;

/** The date a month's report is due: day REPORT_DUE_DAY of the following month. */
export function reportDueOn(period: string): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  const next = m === 12 ? monthKey(y + 1, 1) : monthKey(y, m + 1);
  return `${next}-${String(REPORT_DUE_DAY).padStart(2, '0')}`;
}

/**
 * The months whose report is due by a date: from the first whole month of the task (the month it starts on its 1st,
 * else the next) to the last month of its year whose due day has passed; a quarterly task reports on quarters' ends.
 */
export function reportPeriodsDue(t: { year: number; cadence: TaskCadence; startOn: string }, asOf: string): string[] {
  const sameYear = t.startOn.slice(0, 4) === String(t.year);
  const start = !sameYear ? 1 : Number(t.startOn.slice(5, 7)) + (t.startOn.slice(8, 10) === '01' ? 0 : 1);
  const out: string[] = [];
  for (let m = start; m <= 12; m++) {
    if (t.cadence === 'quarterly' && m % 3 !== 0) continue;
    const period = monthKey(t.year, m);
    if (reportDueOn(period) > asOf) break;
    out.push(period);
  }
  return out;
}

/** The month of a date, e.g. 2019-09 for 2019-09-30. */
export const periodOf = (date: string) => date.slice(0, 7);
