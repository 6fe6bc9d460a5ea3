import type { TaskDto, TaskStatus } from '@xiezuo/domain';

/** A task as one bar of a year's timeline: where it starts and ends (share of the year, 0–1) and how full it is. */
export type TimelineBar = {
  id: string;
  label: string;
  lead: string;
  status: TaskStatus;
  /** Left edge and width as shares of the year. */
  left: number;
  width: number;
  /** Share of the bar filled: the task's progress. */
  fill: number;
  dueDate: string;
};

const DAY = 86_400_000;
const dayOfYear = (iso: string, year: number) => (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(year, 0, 1)) / DAY;
const daysIn = (year: number) => (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / DAY;
const clamp = (v: number) => Math.min(1, Math.max(0, v));

/** Where a date falls in the year, 0 at 1 January, 1 after 31 December. */
export const yearShare = (iso: string, year: number) => clamp(dayOfYear(iso, year) / daysIn(year));

/** One bar per task, from its start to its due date (at least a week wide, so a one-day task stays visible). */
export function timelineBars(tasks: readonly TaskDto[], year: number): TimelineBar[] {
  const minWidth = 7 / daysIn(year);
  return tasks.map((t) => {
    const start = yearShare(t.startOn, year);
    const end = clamp(yearShare(t.dueDate, year) + 1 / daysIn(year));
    const left = Math.min(start, 1 - minWidth);
    return {
      id: t.id,
      label: `${t.clauseNo} ${t.text}`,
      lead: t.leadUnit.name,
      status: t.status,
      left,
      width: Math.max(end - left, minWidth),
      fill: t.percent / 100,
      dueDate: t.dueDate,
    };
  });
}

/** The tasks grouped by working group in the order given, tasks without a group last. */
export function byGroup(tasks: readonly TaskDto[]): { code: string | null; name: string | null; tasks: TaskDto[] }[] {
  const groups = new Map<string | null, { code: string | null; name: string | null; tasks: TaskDto[] }>();
  for (const t of tasks) {
    const key = t.group?.code ?? null;
    if (!groups.has(key)) groups.set(key, { code: key, name: t.group?.name ?? null, tasks: [] });
    groups.get(key)!.tasks.push(t);
  }
  const list = [...groups.values()];
  return [...list.filter((g) => g.code !== null), ...list.filter((g) => g.code === null)];
}
