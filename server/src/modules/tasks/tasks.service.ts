import {
  TASK_STATUSES,
  type TaskBody,
  type TaskDetailDto,
  type TaskDto,
  type TaskListDto,
  type TaskListQuery,
  type TaskPatchBody,
  type TaskStatus,
} from '@xiezuo/domain';
import type { Actor, AppContext, RequestMeta } from '../../http/context';
import { AppError } from '../../http/app-error';
import { withAudit } from '../../lib/audit-tx';
import { factsOf, groupLeads, groupMemberUnits, load as loadDocument } from './documents.service';
import { presentReport, presentTask } from './tasks.presenter';
import { documentAbilities, reportingUnits, visiblePlanUnits } from './tasks.policy';
import { taskProblems, taskRefs, type TaskProblem } from './tasks.refs';
import { listEvidence } from '../../lib/files/evidence.service';
import { REPORT_EVIDENCE } from './task-evidence';
import * as repo from './tasks.repository';
import { judge } from './tasks.status';
import { workingDateOf } from './working-date';

const invalid = (problems: TaskProblem[]) =>
  new AppError('VALIDATION_FAILED', {
    fields: problems.map((p) => ({ path: p.path, message: `${p.en} / ${p.zh}`, zh: p.zh, en: p.en })),
  });

/** The year and the date a request means: the working date's year, and that date (a past year: its last day). */
export async function yearAndDate(ctx: AppContext, actor: Actor, year?: number, asOf?: string) {
  const today = await workingDateOf(ctx.db, actor.tenantId);
  const y = year ?? Number(today.slice(0, 4));
  const end = `${y}-12-31`;
  return { year: y, asOf: asOf ?? (today < end ? today : end) };
}

/** A task of a unit plan is seen by those who see the plan; every other task by every reader. */
async function visibleRows(ctx: AppContext, actor: Actor, year: number, rows: repo.TaskWide[]) {
  if (!rows.some((t) => t.doc.kind === 'unit_plan')) return rows;
  const v = visiblePlanUnits(actor, await groupMemberUnits(ctx, actor, year));
  return rows.filter(
    (t) => t.doc.kind !== 'unit_plan' || v === 'all' || (t.doc.unitId !== null && v.includes(t.doc.unitId)),
  );
}

async function presentAll(ctx: AppContext, actor: Actor, year: number, asOf: string, rows: repo.TaskWide[]) {
  const [j, groups] = await Promise.all([judge(ctx, actor, year, asOf, rows), groupLeads(ctx, actor.tenantId, year)]);
  const items = rows.map((t) => {
    const doc = documentAbilities(actor, {
      kind: t.doc.kind,
      status: t.doc.status,
      unitId: t.doc.unitId,
      groupCode: t.doc.groupCode,
      groupLeadUnitId: t.doc.groupCode ? (groups.leads.get(t.doc.groupCode) ?? null) : null,
    });
    return presentTask(t, j.byTask.get(t.id)!, actor, doc, groups.names);
  });
  return { items, judgement: j };
}

/** The tasks of a year in the caller's view, judged on a date, filtered and paged; with counts per status. */
export async function list(ctx: AppContext, actor: Actor, q: TaskListQuery): Promise<TaskListDto> {
  const { year, asOf } = await yearAndDate(ctx, actor, q.year, q.asOf);
  const rows = await visibleRows(
    ctx,
    actor,
    year,
    await repo.listWide(ctx.db, actor.tenantId, {
      year,
      group: q.group,
      unit: q.unit,
      document: q.document,
      kind: q.kind,
      q: q.q,
    }),
  );
  const { items } = await presentAll(ctx, actor, year, asOf, rows);
  const summary = Object.fromEntries(TASK_STATUSES.map((s) => [s, 0])) as Record<TaskStatus, number>;
  for (const t of items) summary[t.status]++;
  const matching = q.status ? items.filter((t) => t.status === q.status) : items;
  const start = (q.page - 1) * q.pageSize;
  return { items: matching.slice(start, start + q.pageSize), total: matching.length, asOf, summary };
}

/** Every task of a year judged on a date, for oversight (warnings, assessment) and the workbench. */
export async function judgedTasks(ctx: AppContext, actor: Actor, year: number, asOf: string): Promise<TaskDto[]> {
  const rows = await repo.listWide(ctx.db, actor.tenantId, { year });
  return (await presentAll(ctx, actor, year, asOf, rows)).items;
}

async function loadTask(ctx: AppContext, actor: Actor, id: string): Promise<repo.TaskWide> {
  const t = await repo.findWide(ctx.db, actor.tenantId, id);
  if (!t || !(await visibleRows(ctx, actor, t.year, [t])).length) throw new AppError('NOT_FOUND');
  return t;
}

/** One task with its reports (every unit's), linked indicators and evidence, judged on a date. */
export async function get(ctx: AppContext, actor: Actor, id: string, asOfIn?: string): Promise<TaskDetailDto> {
  const t = await loadTask(ctx, actor, id);
  const { asOf } = await yearAndDate(ctx, actor, t.year, asOfIn);
  const { items, judgement } = await presentAll(ctx, actor, t.year, asOf, [t]);
  const j = judgement.byTask.get(t.id)!;
  const files = await listEvidence(
    ctx.db,
    REPORT_EVIDENCE,
    j.reports.map((r) => r.id),
  );
  const mine = reportingUnits(actor, { leadUnitId: t.leadUnitId, coUnitIds: t.coUnits.map((u) => u.id) });
  return {
    ...items[0]!,
    asOf,
    indicators: t.indicatorCodes.map((code) => {
      const i = judgement.indicators.get(code);
      return {
        code,
        name: i?.name ?? { zh: code, en: code },
        status: i?.status ?? null,
        value: i?.value ?? null,
        target: i?.target ?? null,
        completion: i?.completion ?? null,
        format: i?.format ?? null,
      };
    }),
    reports: [...j.reports].reverse().map((r) => presentReport(r, t, files, mine)),
  };
}

/** The document's edit ability decides who changes its tasks. */
async function editableDocument(ctx: AppContext, actor: Actor, documentId: string) {
  const d = await loadDocument(ctx, actor, documentId).catch((e: unknown) => {
    // a task naming a document the caller cannot see is a bad reference, not a missing page
    if (e instanceof AppError && e.code === 'NOT_FOUND')
      throw invalid([{ path: 'documentId', zh: '未找到该文件', en: 'no such document' }]);
    throw e;
  });
  const { leads } = await groupLeads(ctx, actor.tenantId, d.year);
  if (!documentAbilities(actor, factsOf(d, leads)).edit) throw new AppError('FORBIDDEN');
  return d;
}

const columns = (b: Omit<TaskBody, 'documentId'>) => ({
  clauseNo: b.clauseNo,
  text: b.text,
  leadUnitId: b.leadUnitId,
  groupCode: b.groupCode,
  cadence: b.cadence,
  deadline: b.deadline,
  deliverable: b.deliverable,
  indicatorCodes: [...new Set(b.indicatorCodes)],
  recordTypes: [...new Set(b.recordTypes)],
});
const isUniqueViolation = (e: unknown) => {
  const x = e as { code?: string; cause?: { code?: string } };
  return x?.code === '23505' || x?.cause?.code === '23505';
};
const duplicateClause = (e: unknown) => {
  if (isUniqueViolation(e)) throw new AppError('DUPLICATE', { field: 'clauseNo' });
  throw e;
};

/** Adds a task (a clause) to a document the caller may change; every reference checked against the document's year. */
export async function create(ctx: AppContext, actor: Actor, meta: RequestMeta, body: TaskBody): Promise<TaskDetailDto> {
  const d = await editableDocument(ctx, actor, body.documentId);
  const problems = taskProblems(body, await taskRefs(ctx, actor, d.year));
  if (problems.length) throw invalid(problems);
  const coUnitIds = [...new Set(body.coUnitIds)];
  const row = await withAudit(ctx.db, actor, meta, async (tx) => {
    const t = await repo
      .insert(
        tx,
        {
          ...columns(body),
          tenantId: actor.tenantId,
          documentId: d.id,
          year: d.year,
          sort: await repo.nextSort(tx, d.id),
          createdBy: actor.userId,
        },
        coUnitIds,
      )
      .catch(duplicateClause);
    return {
      result: t,
      audit: { action: 'task.create', outcome: 'success', objectType: 'task', objectId: t.id, details: body },
    };
  });
  return get(ctx, actor, row.id);
}

/** Changes a task (version checked: 409 when someone changed it first). */
export async function patch(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  id: string,
  body: TaskPatchBody,
): Promise<TaskDetailDto> {
  const t = await loadTask(ctx, actor, id);
  const d = await editableDocument(ctx, actor, t.documentId);
  const problems = taskProblems(body, await taskRefs(ctx, actor, d.year));
  if (problems.length) throw invalid(problems);
  await withAudit(ctx.db, actor, meta, async (tx) => {
    const after = await repo
      .updateVersioned(tx, actor.tenantId, id, body.version, columns(body))
      .catch(duplicateClause);
    if (!after) throw new AppError('CONFLICT', { currentVersion: t.version });
    await repo.replaceCoUnits(tx, actor.tenantId, id, [...new Set(body.coUnitIds)]);
    const before = { ...t, doc: undefined, coUnits: t.coUnits.map((u) => u.id) };
    return {
      result: undefined,
      audit: {
        action: 'task.update',
        outcome: 'success',
        objectType: 'task',
        objectId: id,
        details: { before, after: body },
      },
    };
  });
  return get(ctx, actor, id);
}

export { loadTask };
