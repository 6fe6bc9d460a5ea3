import type { Actor, AppContext } from '../../http/context';
import { AppError } from '../../http/app-error';
import { getPlan } from '../progress/progress.service';
import * as repo from './tasks.repository';

type Unit = { id: string; code: string; name: string };
type Group = { code: string; name: string };
type Indicator = { code: string; name: { zh: string; en: string } };

/** What a task of a year may name: eastern units, working groups, the year's indicators. */
export type TaskRefs = { year: number; units: Unit[]; groups: Group[]; indicators: Indicator[] };

async function indicatorsOf(ctx: AppContext, actor: Actor, year: number): Promise<Indicator[]> {
  try {
    return (await getPlan(ctx, actor, year)).indicators.map((i) => ({ code: i.code, name: i.name }));
  } catch (err) {
    if (err instanceof AppError && err.code === 'NOT_FOUND') return [];
    throw err;
  }
}

export async function taskRefs(ctx: AppContext, actor: Actor, year: number): Promise<TaskRefs> {
  const [units, groups, indicators] = await Promise.all([
    repo.eastUnits(ctx.db, actor.tenantId),
    repo.groupsOf(ctx.db, actor.tenantId, year),
    indicatorsOf(ctx, actor, year),
  ]);
  return { year, units, groups, indicators };
}

/** One problem with a task's fields, on its path, in both languages. */
export type TaskProblem = { path: string; zh: string; en: string };

export type TaskFields = {
  leadUnitId: string;
  coUnitIds: readonly string[];
  groupCode: string | null;
  deadline: string | null;
  indicatorCodes: readonly string[];
};

/** Every way a task's references or dates do not fit its year: unknown units, groups or indicators, a deadline elsewhere. */
export function taskProblems(t: TaskFields, refs: TaskRefs): TaskProblem[] {
  const problems: TaskProblem[] = [];
  const unit = (id: string) => refs.units.some((u) => u.id === id);
  if (!unit(t.leadUnitId)) problems.push({ path: 'leadUnitId', zh: '未知的牵头单位', en: 'unknown lead unit' });
  for (const id of t.coUnitIds) {
    if (!unit(id)) problems.push({ path: 'coUnitIds', zh: '未知的配合单位', en: 'unknown co-unit' });
    else if (id === t.leadUnitId)
      problems.push({ path: 'coUnitIds', zh: '牵头单位不能同时是配合单位', en: 'the lead unit is not also a co-unit' });
  }
  if (t.groupCode !== null && !refs.groups.some((g) => g.code === t.groupCode))
    problems.push({ path: 'groupCode', zh: '未知的专项工作组', en: 'unknown working group' });
  if (t.deadline !== null && t.deadline.slice(0, 4) !== String(refs.year))
    problems.push({
      path: 'deadline',
      zh: `完成时限须在 ${refs.year} 年内`,
      en: `the deadline must fall within ${refs.year}`,
    });
  for (const code of t.indicatorCodes)
    if (!refs.indicators.some((i) => i.code === code))
      problems.push({
        path: 'indicatorCodes',
        zh: `${refs.year} 年指标方案中没有指标“${code}”`,
        en: `no indicator “${code}” in the ${refs.year} plan`,
      });
  return problems;
}
