import { declProblems, type DeclProblem, type IndicatorDecl } from '@xiezuo/domain';
import type { Actor, AppContext } from '../../http/context';
import { AppError } from '../../http/app-error';
import * as org from '../org/org.service';
import * as repo from '../progress/progress.repository';

type Ref = { code: string; name: string };
/** What a declaration may name: the tenant's assisted counties, its groups (leadership and working) and its units. */
export type PlanRefs = { counties: Ref[]; groups: Ref[]; units: Ref[] };

/** The tenant's counties (all of them, whatever the caller's scope), groups of the latest year and units. */
export async function planRefs(ctx: AppContext, actor: Actor): Promise<PlanRefs> {
  const overview = await org.overview(ctx, actor);
  const groups = [...(overview.leadership ? [overview.leadership] : []), ...overview.workingGroups];
  return {
    counties: (await repo.countiesOf(ctx.db, actor.tenantId)).map((c) => ({ code: c.code, name: c.name })),
    groups: groups.map((g) => ({ code: g.code, name: g.name })),
    units: overview.units.map((u) => ({ code: u.code, name: u.name })),
  };
}

/** Every problem of a declaration: its rule, target and pacing (domain checks), and the group and units it names. */
export function declIssues(decl: IndicatorDecl, refs: PlanRefs): DeclProblem[] {
  const problems = declProblems(
    decl,
    refs.counties.map((c) => c.code),
  );
  if (!refs.groups.some((g) => g.code === decl.group))
    problems.push({ path: 'group', zh: `未知的专项组“${decl.group}”`, en: `unknown working group “${decl.group}”` });
  for (const u of decl.responsibleUnits)
    if (!refs.units.some((x) => x.code === u))
      problems.push({ path: 'responsibleUnits', zh: `未知的单位“${u}”`, en: `unknown unit “${u}”` });
  return problems;
}

/** 400 VALIDATION_FAILED with each problem on its path, in both languages. */
export function invalid(problems: DeclProblem[]): AppError {
  return new AppError('VALIDATION_FAILED', {
    fields: problems.map((p) => ({ path: p.path, message: `${p.en} / ${p.zh}`, zh: p.zh, en: p.en })),
  });
}

export const REASON_REQUIRED: DeclProblem = {
  path: 'reason',
  zh: '已发布方案的指标调整须说明理由',
  en: 'a published plan’s indicator changes need a reason',
};
