import {
  actingOf,
  isReviewedKind,
  PLAN_TRANSITIONS,
  scopeOf,
  type DocumentDto,
  type DocumentKind,
  type DocumentStatus,
  type TaskDto,
} from '@xiezuo/domain';
import type { Actor } from '../../http/context';

/** The district office: it issues the year's documents, writes the division and reviews plans. */
export const isOffice = (actor: Actor) => actingOf(actor).office;

export type DocumentFacts = {
  kind: DocumentKind;
  status: DocumentStatus;
  unitId: string | null;
  groupCode: string | null;
  /** The lead unit of a group plan's working group: its reporters write the plan with the group lead. */
  groupLeadUnitId: string | null;
};

/** Whether the caller writes a group or unit plan: it acts for the unit, or for the group or the group's lead unit. */
export function isAuthor(actor: Actor, d: DocumentFacts): boolean {
  const a = actingOf(actor);
  if (d.kind === 'unit_plan') return d.unitId !== null && a.units.includes(d.unitId);
  if (d.kind === 'group_plan')
    return (
      (d.groupCode !== null && a.groups.includes(d.groupCode)) ||
      (d.groupLeadUnitId !== null && a.units.includes(d.groupLeadUnitId))
    );
  return false;
}

/** The office changes any document; an author its plan while it is a draft or returned. Review steps by the table. */
export function documentAbilities(actor: Actor, d: DocumentFacts): DocumentDto['abilities'] {
  const office = isOffice(actor);
  const reviewed = isReviewedKind(d.kind);
  const author = reviewed && isAuthor(actor, d);
  const edit = office || (author && PLAN_TRANSITIONS.submit.from.includes(d.status));
  return {
    edit,
    submit: author && PLAN_TRANSITIONS.submit.from.includes(d.status),
    accept: office && reviewed && PLAN_TRANSITIONS.accept.from.includes(d.status),
    return: office && reviewed && PLAN_TRANSITIONS.return.from.includes(d.status),
    import: edit,
  };
}

/** Whether a document's tasks are in force (reports are expected and counted): adopted, or an accepted plan. */
export const isInForce = (status: DocumentStatus) => status === 'adopted' || status === 'accepted';

/** The units the caller may report for on a task: those it acts for among the lead and co-units. */
export function reportingUnits(actor: Actor, t: { leadUnitId: string; coUnitIds: readonly string[] }): string[] {
  const mine = actingOf(actor).units;
  return [t.leadUnitId, ...t.coUnitIds].filter((u) => mine.includes(u));
}

export function taskAbilities(
  actor: Actor,
  t: { leadUnitId: string; coUnitIds: readonly string[]; docStatus: DocumentStatus },
  docEdit: boolean,
): TaskDto['abilities'] {
  return { edit: docEdit, report: isInForce(t.docStatus) && reportingUnits(actor, t).length > 0 };
}

/**
 * Whose unit plans the caller sees: the district's roles all; a unit its own; a working group its members'. A county
 * officer none (plans are the eastern units' own business).
 */
export function visiblePlanUnits(actor: Actor, groupUnits: string[]): 'all' | string[] {
  const s = scopeOf(actor);
  if (s.kind === 'district') return 'all';
  return [...new Set([...s.units, ...groupUnits])];
}
