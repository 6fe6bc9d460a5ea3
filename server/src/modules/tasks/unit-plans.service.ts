import {
  actingOf,
  UNIT_PLAN_STATES,
  type UnitPlanBody,
  type UnitPlanDto,
  type UnitPlanListDto,
  type UnitPlanState,
} from '@xiezuo/domain';
import type { Actor, AppContext, RequestMeta } from '../../http/context';
import * as documents from './documents.service';
import { isOffice, visiblePlanUnits } from './tasks.policy';
import * as repo from './documents.repository';
import * as tasksRepo from './tasks.repository';
import { workingDateOf } from './working-date';

/** Late: submitted after the due date, or not submitted once it has passed. */
export function isLate(dueOn: string | null, submittedOn: string | null, today: string): boolean {
  if (!dueOn) return false;
  return submittedOn ? submittedOn > dueOn : today > dueOn;
}

/**
 * Each member unit in the caller's view with its plan for the year (or its absence), whether it came late, and how
 * many tasks of the division and the group plans it leads or co-leads.
 */
export async function list(ctx: AppContext, actor: Actor, year: number): Promise<UnitPlanListDto> {
  const [today, members, plans, division, counts, groupUnits, leads] = await Promise.all([
    workingDateOf(ctx.db, actor.tenantId),
    repo.memberUnits(ctx.db, actor.tenantId),
    repo.unitPlansOf(ctx.db, actor.tenantId, year),
    repo.divisionOf(ctx.db, actor.tenantId, year),
    tasksRepo.taskCountsByUnit(ctx.db, actor.tenantId, year, ['task_division', 'group_plan']),
    documents.groupMemberUnits(ctx, actor, year),
    documents.groupLeads(ctx, actor.tenantId, year),
  ]);
  const visible = visiblePlanUnits(actor, groupUnits);
  const dueOn = division?.plansDueOn ?? null;
  const mine = actingOf(actor).units;
  const items: UnitPlanDto[] = members
    .filter((u) => visible === 'all' || visible.includes(u.id))
    .map((u) => {
      const plan = plans.find((p) => p.unitId === u.id);
      const state: UnitPlanState = plan ? (plan.status as Exclude<UnitPlanState, 'missing'>) : 'missing';
      return {
        unit: { id: u.id, name: u.name },
        year,
        state,
        dueOn,
        isLate: isLate(dueOn, plan?.submittedOn ?? null, today),
        divisionTasks: counts.get(u.id) ?? 0,
        plan: plan ? documents.presentDocument(plan, actor, leads.leads) : null,
        abilities: { create: !plan && (isOffice(actor) || mine.includes(u.id)) },
      };
    });
  const summary = Object.fromEntries(UNIT_PLAN_STATES.map((s) => [s, 0])) as Record<UnitPlanState, number>;
  for (const i of items) summary[i.state]++;
  return { year, dueOn, items, total: items.length, summary };
}

/** Starts a unit's plan for the year as a draft (its reporter, or the office for it); 409 when it has one. */
export async function create(ctx: AppContext, actor: Actor, meta: RequestMeta, body: UnitPlanBody) {
  const doc = await documents.create(ctx, actor, meta, {
    year: body.year,
    kind: 'unit_plan',
    title: body.title,
    unitId: body.unitId ?? null,
    docNo: null,
    issuedOn: null,
    adoptedBy: null,
    groupCode: null,
    plansDueOn: null,
  });
  const overview = await list(ctx, actor, body.year);
  return overview.items.find((i) => i.plan?.id === doc.id)!;
}
