import {
  deriveMeasures,
  MEASURE_KEYS,
  type RecordDto,
  type RecordInput,
  type RecordListQuery,
  type RecordPatch,
} from '@xiezuo/domain';
import type { Actor, AppContext, RequestMeta } from '../../http/context';
import { AppError } from '../../http/app-error';
import type { DbOrTx } from '../../db/client';
import type { records } from '../../db/schema';
import type { DataKeys } from '../../security/pii';
import { withAudit } from '../../lib/audit-tx';
import { resolvePeople } from '../persons/persons.service';
import { canSeeRecord, factsOf, isPeriodClosed, isReporter, recordScope, sideScope } from './records.policy';
import { presentEvent, presentRecordFile, presentSummary, sourceOf } from './records.presenter';
import { refuseProduced, sourceLinkOf } from './records.produced';
import * as repo from './records.repository';
import { loadRefData, validateRecord, type RecordCore, type RefData, type ValidRecord } from './records.validate';

type Row = typeof records.$inferInsert;

/** The typed columns of a record: measures derived from the declaration, values kept as attributes. */
export function columnsOf(
  core: RecordCore,
  valid: ValidRecord,
  roster: { count: number; poor: number } | null,
): Partial<Row> {
  const m = deriveMeasures(valid.decl, valid.values, roster);
  const cols: Partial<Row> = { attrs: valid.values, peopleCount: roster?.count ?? 0 };
  for (const k of MEASURE_KEYS) (cols as Record<string, unknown>)[k] = m[k] ?? null;
  return {
    ...cols,
    typeCode: core.type,
    occurredOn: core.occurredOn,
    year: Number(core.occurredOn.slice(0, 4)),
    eastUnitId: core.eastUnitId,
    countyCode: core.countyCode,
    regionCode: core.regionCode,
    pairingId: core.pairingId,
    reporterSide: valid.decl.reportedBy,
  };
}

/** Resolves the people of a valid record to persons (creating unknown ones) and the roster facts. */
export async function rosterOf(tx: DbOrTx, keys: DataKeys, tenantId: string, valid: ValidRecord, ref: RefData) {
  if (valid.decl.roster.mode === 'none') return { people: [], facts: null };
  const people = await resolvePeople(tx, keys, tenantId, valid.people, [...ref.counties]);
  return { people, facts: { count: people.length, poor: people.filter((p) => p.isPoor).length } };
}

function invalid(errors: { path: string; message: string }[]): never {
  throw new AppError('VALIDATION_FAILED', { fields: errors });
}

export async function list(ctx: AppContext, actor: Actor, q: RecordListQuery) {
  const [{ rows, total }, closed] = await Promise.all([
    repo.listPage(ctx.db, actor.tenantId, recordScope(actor), q, sideScope(actor)),
    repo.closedPeriodKeys(ctx.db, actor.tenantId),
  ]);
  return { items: rows.map((w) => presentSummary(w, actor, closed)), total, page: q.page, pageSize: q.pageSize };
}

/** One record with people (masked), files and history; 404 outside the caller's scope. */
export async function get(ctx: AppContext, actor: Actor, id: string): Promise<RecordDto> {
  const w = await repo.findWide(ctx.db, actor.tenantId, id);
  if (!w || !canSeeRecord(actor, factsOf(w.r))) throw new AppError('NOT_FOUND');
  const [closed, people, files, history, link] = await Promise.all([
    repo.closedPeriodKeys(ctx.db, actor.tenantId),
    repo.peopleOf(ctx.db, w.r),
    repo.filesOf(ctx.db, id),
    repo.eventsOf(ctx.db, id),
    sourceLinkOf(ctx.db, actor.tenantId, w.r),
  ]);
  return {
    ...presentSummary(w, actor, closed),
    source: sourceOf(w.r, link),
    people,
    files: files.map(presentRecordFile),
    history: history.map(presentEvent),
  };
}

/** Creates a draft record from the side that did the work; people are referenced, never retyped. */
export async function create(ctx: AppContext, actor: Actor, meta: RequestMeta, input: RecordInput): Promise<RecordDto> {
  const ref = await loadRefData(ctx.db, actor.tenantId);
  const checked = await validateRecord(input, ref, ctx.keys);
  if ('errors' in checked) invalid(checked.errors);
  if (
    !isReporter(actor, {
      reporterSide: checked.ok.decl.reportedBy,
      eastUnitId: input.eastUnitId,
      countyCode: input.countyCode,
    })
  )
    throw new AppError('FORBIDDEN');
  const closed = await repo.closedPeriodKeys(ctx.db, actor.tenantId);
  if (isPeriodClosed(input.occurredOn, closed)) throw new AppError('PERIOD_CLOSED');
  const id = await withAudit(ctx.db, actor, meta, async (tx) => {
    const roster = await rosterOf(tx, ctx.keys, actor.tenantId, checked.ok, ref);
    const row = await repo.insert(tx, {
      ...(columnsOf(input, checked.ok, roster.facts) as Row),
      tenantId: actor.tenantId,
      status: 'draft',
      note: input.note,
      createdBy: actor.userId,
    });
    await repo.replacePeople(tx, actor.tenantId, row.id, roster.people);
    await repo.insertEvent(tx, {
      tenantId: actor.tenantId,
      recordId: row.id,
      action: 'create',
      toStatus: 'draft',
      userId: actor.userId,
    });
    return {
      result: row.id,
      audit: {
        action: 'record.create',
        outcome: 'success',
        objectType: 'record',
        objectId: row.id,
        details: {
          type: input.type,
          people: roster.people.length,
          newPeople: roster.people.filter((p) => p.isNew).length,
        },
      },
    };
  });
  return get(ctx, actor, id);
}

/** Applies a change to a record's content inside a transaction (used by edits and approved unlock requests). */
export async function applyChange(
  tx: DbOrTx,
  ctx: AppContext,
  actor: Actor,
  current: repo.RecordRow,
  patch: Omit<RecordPatch, 'version'>,
  version: number,
  extra: Partial<Row> = {},
) {
  const ref = await loadRefData(tx, actor.tenantId);
  const people = patch.people ?? null;
  const core: RecordCore = {
    type: current.typeCode,
    occurredOn: patch.occurredOn ?? current.occurredOn,
    eastUnitId: current.eastUnitId!,
    countyCode: current.countyCode,
    regionCode: patch.regionCode !== undefined ? patch.regionCode : current.regionCode,
    pairingId: patch.pairingId !== undefined ? patch.pairingId : current.pairingId,
    values: patch.values ?? current.attrs,
    people: people ?? [],
  };
  const keepPeople = people === null;
  const checked = await validateRecord(core, ref, ctx.keys, { skipRoster: keepPeople });
  if ('errors' in checked) invalid(checked.errors);
  const valid = checked.ok;
  let facts: { count: number; poor: number } | null = current.peopleCount
    ? { count: current.peopleCount, poor: current.poorPersons ?? 0 }
    : null;
  if (!keepPeople) {
    const roster = await rosterOf(tx, ctx.keys, actor.tenantId, valid, ref);
    await repo.replacePeople(tx, actor.tenantId, current.id, roster.people);
    facts = roster.facts;
  }
  const after = await repo.updateVersioned(tx, actor.tenantId, current.id, version, {
    ...columnsOf(core, valid, facts),
    note: patch.note !== undefined ? patch.note : current.note,
    ...extra,
  });
  if (!after) throw new AppError('CONFLICT', { currentVersion: current.version });
  return after;
}

/** Edits a draft or disputed record, with optimistic locking; closed periods refuse. */
export async function update(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  id: string,
  patch: RecordPatch,
): Promise<RecordDto> {
  const w = await repo.findWide(ctx.db, actor.tenantId, id);
  if (!w || !canSeeRecord(actor, factsOf(w.r))) throw new AppError('NOT_FOUND');
  refuseProduced(w.r);
  const closed = await repo.closedPeriodKeys(ctx.db, actor.tenantId);
  const dto = presentSummary(w, actor, closed);
  if (w.r.version !== patch.version) throw new AppError('CONFLICT', { currentVersion: w.r.version, current: dto });
  if (dto.periodClosed || (patch.occurredOn && isPeriodClosed(patch.occurredOn, closed)))
    throw new AppError('PERIOD_CLOSED');
  if (!dto.abilities.edit) throw new AppError(isReporter(actor, factsOf(w.r)) ? 'INVALID_TRANSITION' : 'FORBIDDEN');
  await withAudit(ctx.db, actor, meta, async (tx) => {
    const { version, ...changes } = patch;
    const after = await applyChange(tx, ctx, actor, w.r, changes, version);
    await repo.insertEvent(tx, {
      tenantId: actor.tenantId,
      recordId: id,
      action: 'edit',
      fromStatus: w.r.status,
      toStatus: after.status,
      userId: actor.userId,
      changes: { fields: Object.keys(changes) },
    });
    return {
      result: after,
      audit: {
        action: 'record.update',
        outcome: 'success',
        objectType: 'record',
        objectId: id,
        details: {
          before: { values: w.r.attrs, occurredOn: w.r.occurredOn },
          after: { values: after.attrs, occurredOn: after.occurredOn },
        },
      },
    };
  });
  return get(ctx, actor, id);
}

/** Summaries of the given records in the caller's scope, in the given order (for drill-downs). */
export async function summariesByIds(ctx: AppContext, actor: Actor, ids: string[]) {
  const [rows, closed] = await Promise.all([
    repo.findManyWide(ctx.db, actor.tenantId, ids),
    repo.closedPeriodKeys(ctx.db, actor.tenantId),
  ]);
  const byId = new Map(rows.filter((w) => canSeeRecord(actor, factsOf(w.r))).map((w) => [w.r.id, w]));
  return ids.flatMap((id) => (byId.has(id) ? [presentSummary(byId.get(id)!, actor, closed)] : []));
}

/** The SQL filter behind ?awaiting= (records awaiting a step of a caller), for counts other modules compute. */
export { awaitingWhere as awaitingFilter, type SideScope } from './records.repository';
