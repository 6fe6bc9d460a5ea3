import type { Actor, AppContext } from '../../http/context';
import * as repo from './documents.repository';
import { judgedTasks } from './tasks.service';
import { isLate } from './unit-plans.service';

/**
 * What the assessment scores of each unit's plans and tasks on a date, for every member unit whatever the caller's
 * scope: whether its plan came in on time (null while the due date has not passed and nothing came in), and of the
 * tasks it leads that are due or already done, how many are done.
 */
export async function assessmentFacts(ctx: AppContext, actor: Actor, year: number, asOf: string) {
  const [plans, division, tasks] = await Promise.all([
    repo.unitPlansOf(ctx.db, actor.tenantId, year),
    repo.divisionOf(ctx.db, actor.tenantId, year),
    judgedTasks(ctx, actor, year, asOf),
  ]);
  const dueOn = division?.plansDueOn ?? null;
  const plan = (unitId: string): { onTime: boolean } | null => {
    const p = plans.find((x) => x.unitId === unitId);
    const submittedOn = p?.submittedOn && p.submittedOn <= asOf ? p.submittedOn : null;
    if (!dueOn || (!submittedOn && asOf <= dueOn)) return null;
    return { onTime: !isLate(dueOn, submittedOn, asOf) };
  };
  const taskCounts = (unitId: string) => {
    const mine = tasks.filter((t) => t.leadUnit.id === unitId && (t.status === 'done' || t.dueDate < asOf));
    return { due: mine.length, done: mine.filter((t) => t.status === 'done').length };
  };
  return { plan, tasks: taskCounts };
}
