import {
  SUPERVISION_AWAITING,
  SUPERVISION_TRANSITIONS,
  type SupervisionAction,
  type SupervisionStatus,
  type SupervisionListQuery,
  type SupervisionOrderBody,
  type SupervisionOrderDetailDto,
} from '@xiezuo/domain';
import type { Actor, AppContext, RequestMeta } from '../../../http/context';
import { AppError } from '../../../http/app-error';
import type { DbOrTx } from '../../../db/client';
import { withAudit } from '../../../lib/audit-tx';
import { attachEvidence, openEvidence, type EvidenceKind } from '../../../lib/files/evidence.service';
import { EVIDENCE_TYPES_WITH_XLSX, type Upload } from '../../../lib/files/upload';
import { abilitiesOf, isOffice, ledGroups, reporterUnits, visibleUnits } from './supervision.policy';
import { workingDate } from '../../settings/working-date.service';
import { presentDetail, presentOrder, serialOf } from './supervision.presenter';
import { notifyOrder } from './supervision.notify';
import * as repo from './supervision.repository';

const invalid = (path: string, message: string) => new AppError('VALIDATION_FAILED', { fields: [{ path, message }] });

async function scopeOf(ctx: AppContext, actor: Actor): Promise<repo.OrderScope> {
  const v = visibleUnits(actor, await repo.latestGroupUnitIds(ctx.db, actor.tenantId, ledGroups(actor)));
  return v === 'all' ? { kind: 'all' } : { kind: 'units', ids: v };
}

/** The order if the caller may see it; 404 otherwise, so an order's existence does not leak. */
async function load(ctx: AppContext, actor: Actor, id: string): Promise<repo.OrderWide> {
  const o = await repo.findWide(ctx.db, actor.tenantId, id);
  const scope = await scopeOf(ctx, actor);
  if (!o || (scope.kind === 'units' && !o.units.some((u) => scope.ids.includes(u.id)))) throw new AppError('NOT_FOUND');
  return o;
}

export async function list(ctx: AppContext, actor: Actor, q: SupervisionListQuery) {
  const scope = await scopeOf(ctx, actor);
  if (q.unit && scope.kind === 'units' && !scope.ids.includes(q.unit)) throw new AppError('FORBIDDEN');
  const today = await workingDate(ctx.db, actor.tenantId);
  const filter = {
    status: q.status,
    kind: q.kind,
    unit: q.unit,
    overdue: q.overdue === undefined ? undefined : { on: today, is: q.overdue },
    awaiting: q.awaiting && {
      statuses: SUPERVISION_AWAITING[q.awaiting],
      units: q.awaiting === 'respond' ? reporterUnits(actor) : isOffice(actor) ? undefined : [],
    },
  };
  const { rows, total } = await repo.listPage(ctx.db, actor.tenantId, scope, filter, q.page, q.pageSize);
  return { items: rows.map((o) => presentOrder(o, actor, today)), total, page: q.page, pageSize: q.pageSize };
}

export async function get(ctx: AppContext, actor: Actor, id: string): Promise<SupervisionOrderDetailDto> {
  const o = await load(ctx, actor, id);
  const [responses, files, events, today, names] = await Promise.all([
    repo.responsesOf(ctx.db, id),
    repo.filesOf(ctx.db, id),
    repo.eventsOf(ctx.db, id),
    workingDate(ctx.db, actor.tenantId),
    repo.indicatorNames(ctx.db, actor.tenantId, o.indicatorCodes),
  ]);
  return presentDetail(o, actor, { responses, files, events, names }, today);
}

/** Whether the actor may issue orders (the district office). */
export const maySupervise = (actor: Actor) => isOffice(actor);

/** Per warning id: the latest order citing it that the caller may see. */
export async function ordersForWarnings(
  ctx: AppContext,
  actor: Actor,
  warningIds: string[],
): Promise<Map<string, { id: string; serial: string; status: SupervisionStatus }>> {
  const rows = await repo.latestByWarning(ctx.db, actor.tenantId, await scopeOf(ctx, actor), [...new Set(warningIds)]);
  return new Map(rows.map((o) => [o.warningId!, { id: o.id, serial: serialOf(o), status: o.status }]));
}

/** Issues an order (office only) to eastern units, citing a warning, indicators and records that must exist. */
export async function create(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  body: SupervisionOrderBody,
): Promise<SupervisionOrderDetailDto> {
  if (!isOffice(actor)) throw new AppError('FORBIDDEN');
  // Numbers and due dates follow the working date, so an order on a 2019 warning is 督办〔2019〕N号.
  const today = await workingDate(ctx.db, actor.tenantId);
  if (body.dueDate < today)
    throw invalid('dueDate', 'the due date is before the working date / 办理期限不能早于工作日期');
  const unitIds = [...new Set(body.unitIds)];
  if ((await repo.eastUnitIds(ctx.db, actor.tenantId, unitIds)).length !== unitIds.length)
    throw invalid('unitIds', 'unknown unit / 责任单位不存在');
  const recordIds = [...new Set(body.recordIds)];
  if ((await repo.recordIdsIn(ctx.db, actor.tenantId, recordIds)).length !== recordIds.length)
    throw invalid('recordIds', 'unknown record / 台账记录不存在');
  const codes = [...new Set(body.indicatorCodes)];
  if ((await repo.indicatorCodesIn(ctx.db, actor.tenantId, codes)).length !== codes.length)
    throw invalid('indicatorCodes', 'unknown indicator / 指标不存在');
  const year = Number(today.slice(0, 4));
  const order = await withAudit(ctx.db, actor, meta, async (tx) => {
    const serialNo = await repo.nextSerial(tx, actor.tenantId, year);
    const row = await repo.insertOrder(
      tx,
      {
        tenantId: actor.tenantId,
        year,
        serialNo,
        kind: body.kind,
        subject: body.subject,
        warningId: body.warningId ?? null,
        indicatorCodes: codes,
        recordIds,
        dueDate: body.dueDate,
        requiredResponse: body.requiredResponse,
        createdBy: actor.userId,
      },
      unitIds,
    );
    await repo.insertEvent(tx, {
      tenantId: actor.tenantId,
      orderId: row.id,
      action: 'create',
      fromStatus: null,
      toStatus: 'open',
      userId: actor.userId,
    });
    await notifyOrder(ctx, tx, row, unitIds, 'supervision.issued');
    return {
      result: row,
      audit: {
        action: 'supervision.create',
        outcome: 'success',
        objectType: 'supervision_order',
        objectId: row.id,
        details: { ...body, serialNo, year },
      },
    };
  });
  return get(ctx, actor, order.id);
}

/** Runs one transition in one transaction: status guard, event, audit; 409 when the status no longer allows it. */
async function move(
  tx: DbOrTx,
  actor: Actor,
  o: repo.OrderWide,
  action: Exclude<SupervisionAction, 'create'>,
  note: string | null,
  patch: Parameters<typeof repo.transition>[3] = {},
) {
  const t = SUPERVISION_TRANSITIONS[action];
  const updated = await repo.transition(tx, o.id, t.from, { status: t.to, ...patch });
  if (!updated) throw new AppError('INVALID_TRANSITION', { status: o.status, action });
  await repo.insertEvent(tx, {
    tenantId: actor.tenantId,
    orderId: o.id,
    action,
    fromStatus: o.status,
    toStatus: t.to,
    userId: actor.userId,
    note,
  });
  return updated;
}

function guard(o: repo.OrderWide, action: 'respond' | 'accept' | 'return', actor: Actor) {
  const can = abilitiesOf(actor, { status: o.status, unitIds: o.units.map((u) => u.id) });
  if (can[action]) return;
  const allowedInSomeStatus =
    action === 'respond' ? reporterUnits(actor).some((u) => o.units.some((x) => x.id === u)) : isOffice(actor);
  throw new AppError(allowedInSomeStatus ? 'INVALID_TRANSITION' : 'FORBIDDEN', { status: o.status, action });
}

/** A reporter of a responsible unit answers the order (again, after a return). */
export async function respond(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  id: string,
  text: string,
): Promise<SupervisionOrderDetailDto> {
  const o = await load(ctx, actor, id);
  guard(o, 'respond', actor);
  const unitId = reporterUnits(actor).find((u) => o.units.some((x) => x.id === u))!;
  await withAudit(ctx.db, actor, meta, async (tx) => {
    const r = await repo.insertResponse(tx, {
      tenantId: actor.tenantId,
      orderId: id,
      unitId,
      text,
      userId: actor.userId,
    });
    await move(tx, actor, o, 'respond', null, { respondedAt: o.respondedAt ?? r.at });
    return {
      result: undefined,
      audit: {
        action: 'supervision.respond',
        outcome: 'success',
        objectType: 'supervision_order',
        objectId: id,
        details: { unitId, responseId: r.id, fromStatus: o.status },
      },
    };
  });
  return get(ctx, actor, id);
}

/** The office accepts the answer (closing the order) or returns it with a note. */
export async function decide(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  id: string,
  action: 'accept' | 'return',
  note: string | null,
): Promise<SupervisionOrderDetailDto> {
  const o = await load(ctx, actor, id);
  guard(o, action, actor);
  await withAudit(ctx.db, actor, meta, async (tx) => {
    await move(tx, actor, o, action, note, action === 'accept' ? { closedAt: new Date() } : {});
    return {
      result: undefined,
      audit: {
        action: `supervision.${action}`,
        outcome: 'success',
        objectType: 'supervision_order',
        objectId: id,
        details: { note, fromStatus: o.status },
      },
    };
  });
  return get(ctx, actor, id);
}

/** Evidence for an answer to an order (PDF, PNG, JPEG, xlsx). */
export const ORDER_EVIDENCE: EvidenceKind = {
  ...repo.orderEvidence,
  types: EVIDENCE_TYPES_WITH_XLSX,
  audit: { action: 'supervision.file_attach', objectType: 'supervision_order' },
};

/** Evidence for an answer (PDF, PNG, JPEG, xlsx up to 20 MB), stored once by content hash. */
export async function attachFile(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  id: string,
  upload: Upload,
): Promise<SupervisionOrderDetailDto> {
  await attachEvidence(ctx, actor, meta, ORDER_EVIDENCE, id, upload, {
    check: async () => {
      const o = await load(ctx, actor, id);
      if (!abilitiesOf(actor, { status: o.status, unitIds: o.units.map((u) => u.id) }).attach)
        throw new AppError(o.status === 'closed' ? 'INVALID_TRANSITION' : 'FORBIDDEN');
      return o;
    },
    // the unit the uploader answers for, when they answer for one of the order's units
    extra: (o) => ({ unitId: reporterUnits(actor).find((u) => o.units.some((x) => x.id === u)) ?? null }),
  });
  return get(ctx, actor, id);
}

export async function openFile(ctx: AppContext, actor: Actor, id: string, fileId: string) {
  await load(ctx, actor, id);
  return openEvidence(ctx, actor.tenantId, ORDER_EVIDENCE, id, fileId);
}

/** Per order of a year (by due date) and responsible unit: the due date and the first answer's date. */
export async function timelinessByUnit(ctx: AppContext, tenantId: string, year: number) {
  return repo.firstResponses(ctx.db, tenantId, year);
}

/**
 * Reminders on a tenant's working date: orders due within `soonDays` that await an answer, and orders past due
 * and not closed, each told once per order and due date. Returns how many messages were queued.
 */
export async function remindDue(ctx: AppContext, tenantId: string, on: string, soonDays: number) {
  const until = new Date(Date.parse(`${on}T00:00:00Z`) + soonDays * 86_400_000).toISOString().slice(0, 10);
  const orders = await repo.openDueBy(ctx.db, tenantId, until);
  let queued = 0;
  await ctx.db.transaction(async (tx) => {
    for (const o of orders) {
      const unitIds = o.units.map((u) => u.id);
      if (o.dueDate < on) queued += await notifyOrder(ctx, tx, o, unitIds, 'supervision.overdue');
      else if (o.status !== 'responded') queued += await notifyOrder(ctx, tx, o, unitIds, 'supervision.due_soon');
    }
  });
  return { orders: orders.length, queued };
}
