import { reportDueOn, type TaskDto, type WarningDto } from '@xiezuo/domain';
import type { Actor, AppContext } from '../../../http/context';
import { judgedTasks } from '../../tasks/tasks.service';
import { reportMissingText, taskOverdueText } from './warnings.messages';
import type { WarningFilter } from './warnings.policy';

type FoundWarning = Omit<WarningDto, 'order' | 'abilities'>;
const DAY = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY);

/** A task belongs to the slice a warning list covers: tasks are the eastern units' work, never a county's. */
const inSlice = (t: TaskDto, f: WarningFilter, unitIds: string[] | null) =>
  !f.counties && (!f.group || t.group?.code === f.group) && (!unitIds || unitIds.includes(t.leadUnit.id));

/**
 * Tasks past their due date and not done (one warning each, critical after a month), and units whose monthly
 * reports are missing (one warning per lead unit, critical when a task lacks two or more months).
 */
export async function taskWarnings(
  ctx: AppContext,
  actor: Actor,
  c: { year: number; asOf: string; filter: WarningFilter; unitIds: string[] | null; kinds: Set<string> },
): Promise<FoundWarning[]> {
  if (c.filter.counties) return [];
  const tasks = (await judgedTasks(ctx, actor, c.year, c.asOf)).filter((t) => inSlice(t, c.filter, c.unitIds));
  const out: FoundWarning[] = [];
  if (c.kinds.has('task_overdue'))
    for (const t of tasks.filter((x) => x.status === 'overdue')) {
      const days = daysBetween(t.dueDate, c.asOf);
      out.push({
        id: `task_overdue:${c.year}:${t.id}`,
        kind: 'task_overdue',
        severity: days > 30 ? 'critical' : 'warning',
        ...taskOverdueText({
          clauseNo: t.clauseNo,
          text: t.text,
          leadName: t.leadUnit.name,
          dueDate: t.dueDate,
          days,
          percent: t.percent,
        }),
        taskId: t.id,
        responsibleUnits: [t.leadUnit],
        daysOpen: days,
        link: `/tasks/${t.id}`,
      });
    }
  if (c.kinds.has('task_report_missing')) {
    const byUnit = new Map<string, TaskDto[]>();
    for (const t of tasks.filter((x) => x.reportsMissing.length))
      byUnit.set(t.leadUnit.id, [...(byUnit.get(t.leadUnit.id) ?? []), t]);
    for (const [unitId, list] of byUnit) {
      const periods = list.flatMap((t) => t.reportsMissing).sort();
      const firstDue = reportDueOn(periods[0]!);
      out.push({
        id: `task_report_missing:${c.year}:${unitId}`,
        kind: 'task_report_missing',
        severity: list.some((t) => t.reportsMissing.length >= 2) ? 'critical' : 'warning',
        ...reportMissingText({
          unitName: list[0]!.leadUnit.name,
          tasks: list.length,
          periods: periods.length,
          latest: periods[periods.length - 1]!,
          firstDue,
        }),
        ...(list.length === 1 ? { taskId: list[0]!.id } : {}),
        responsibleUnits: [list[0]!.leadUnit],
        daysOpen: daysBetween(firstDue, c.asOf),
        link: list.length === 1 ? `/tasks/${list[0]!.id}` : `/tasks?year=${c.year}&unit=${unitId}`,
      });
    }
  }
  return out;
}
