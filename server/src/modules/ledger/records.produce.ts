import { isRecordSourceType, type PersonInput, type RecordSourceType } from '@xiezuo/domain';
import type { DbOrTx } from '../../db/client';
import type { records } from '../../db/schema';
import type { AppContext, RequestMeta } from '../../http/context';
import { AppError } from '../../http/app-error';
import { appendAudit } from '../../lib/audit-tx';
import * as repo from './records.repository';
import * as produced from './records-produced.repository';
import { isPeriodClosed } from './records.policy';
import { columnsOf, rosterOf } from './records.service';
import { loadRefData, validateRecord, type RecordCore } from './records.validate';

/**
 * How a module produces ledger records from its own rows (a confirmed fund payment, an accepted project, a placement):
 * the record is validated through its type's declaration exactly as a hand-entered one, written with its event and
 * audit row in the module's transaction, and counted by the engine like any other (the roll-ups follow by trigger).
 * One module row yields at most one record, ever: producing again updates that record (or revives a withdrawn one).
 */

/** Who produces: a signed-in user (the Actor fits) or the system (userId null, e.g. a scheduled job). */
export type Producer = { tenantId: string; userId: string | null; username: string };
export type RecordSource = { type: RecordSourceType; id: string };

export type ProduceInput = {
  type: string;
  occurredOn: string;
  eastUnitId: string;
  countyCode: string | null;
  regionCode?: string | null;
  pairingId?: string | null;
  values: Record<string, unknown>;
  people?: PersonInput[];
  note?: string | null;
  /** confirmed: both sides agree (counted); submitted: claimed, awaiting the other side (shown beside). */
  status: 'confirmed' | 'submitted';
  source: RecordSource;
  /** When the module row reached this state (a historical entry, the demo); now by default. */
  at?: Date;
};

type Row = typeof records.$inferInsert;
type RecordRow = repo.RecordRow;

/** The system as a producer of a tenant's records (scheduled jobs, the demo seed). */
export const systemProducer = (tenantId: string): Producer => ({ tenantId, userId: null, username: 'system' });

const findBySource = (tx: DbOrTx, tenantId: string, s: RecordSource): Promise<RecordRow | undefined> =>
  repo.findBySourceForUpdate(tx, tenantId, s);

/** JSON with object keys sorted: jsonb gives keys back in its own order, the declaration's parser in another. */
function stable(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(stable);
  if (v && typeof v === 'object' && !(v instanceof Date))
    return Object.fromEntries(
      Object.entries(v)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, x]) => [k, stable(x)]),
    );
  return v;
}
const sameJson = (a: unknown, b: unknown) => JSON.stringify(stable(a)) === JSON.stringify(stable(b));

/** Whether producing `cols` with `status` over the stored record would change anything. */
function unchanged(cur: RecordRow, cols: Partial<Row>, status: string, note: string | null) {
  return (
    cur.status === status &&
    cur.note === note &&
    Object.entries(cols).every(([k, v]) => sameJson((cur as Record<string, unknown>)[k] ?? null, v ?? null))
  );
}

/**
 * Creates or updates the ledger record of a module row, inside the caller's transaction. Throws VALIDATION_FAILED
 * (the declaration refuses the values) or PERIOD_CLOSED (the content would change in a closed period; a status-only
 * move to confirmed is allowed there, as for a hand-entered record). Returns the record's id.
 */
export async function produceRecord(
  tx: DbOrTx,
  ctx: AppContext,
  by: Producer,
  meta: RequestMeta | null,
  input: ProduceInput,
): Promise<{ id: string; created: boolean; changed: boolean }> {
  if (!isRecordSourceType(input.source.type)) throw new Error(`undeclared record source ${input.source.type}`);
  const core: RecordCore = {
    type: input.type,
    occurredOn: input.occurredOn,
    eastUnitId: input.eastUnitId,
    countyCode: input.countyCode,
    regionCode: input.regionCode ?? null,
    pairingId: input.pairingId ?? null,
    values: input.values,
    people: input.people ?? [],
  };
  const ref = await loadRefData(tx, by.tenantId);
  const checked = await validateRecord(core, ref, ctx.keys);
  if ('errors' in checked) throw new AppError('VALIDATION_FAILED', { fields: checked.errors });
  const roster = await rosterOf(tx, ctx.keys, by.tenantId, checked.ok, ref);
  const cols = columnsOf(core, checked.ok, roster.facts);
  const note = input.note ?? null;
  const cur = await findBySource(tx, by.tenantId, input.source);
  if (cur && unchanged(cur, cols, input.status, note)) return { id: cur.id, created: false, changed: false };
  const closed = await repo.closedPeriodKeys(tx, by.tenantId);
  const contentChanges = !cur || !unchanged(cur, cols, cur.status, note);
  if (contentChanges && (isPeriodClosed(input.occurredOn, closed) || (cur && isPeriodClosed(cur.occurredOn, closed))))
    throw new AppError('PERIOD_CLOSED');
  const now = input.at ?? new Date();
  const statusCols: Partial<Row> = {
    status: input.status,
    submittedAt: cur?.submittedAt ?? now,
    confirmedAt: input.status === 'confirmed' ? (cur?.status === 'confirmed' ? cur.confirmedAt : now) : null,
    confirmedBy: input.status === 'confirmed' ? (cur?.status === 'confirmed' ? cur.confirmedBy : by.userId) : null,
    disputeReason: null,
  };
  let row: RecordRow;
  if (!cur) {
    row = await repo.insert(tx, {
      ...(cols as Row),
      ...statusCols,
      tenantId: by.tenantId,
      note,
      createdBy: by.userId,
      sourceType: input.source.type,
      sourceId: input.source.id,
    });
  } else {
    const after = await repo.updateVersioned(tx, by.tenantId, cur.id, cur.version, { ...cols, ...statusCols, note });
    if (!after) throw new AppError('CONFLICT', { currentVersion: cur.version });
    row = after;
  }
  if (!cur || contentChanges) await repo.replacePeople(tx, by.tenantId, row.id, roster.people);
  const action = !cur ? 'produce' : cur.status === 'withdrawn' ? 'produce_revive' : 'produce_update';
  await repo.insertEvent(tx, {
    tenantId: by.tenantId,
    recordId: row.id,
    action,
    fromStatus: cur?.status ?? null,
    toStatus: input.status,
    userId: by.userId,
    changes: { source: input.source, ...(cur ? { content: contentChanges } : {}) },
    at: now,
  });
  await appendAudit(tx, null, meta, {
    tenantId: by.tenantId,
    userId: by.userId,
    username: by.username,
    action: `record.${action}`,
    outcome: 'success',
    objectType: 'record',
    objectId: row.id,
    details: { type: input.type, source: input.source, from: cur?.status ?? null, to: input.status },
  });
  return { id: row.id, created: !cur, changed: true };
}

/**
 * Withdraws the record a module row produced (the row was cancelled or reversed), so it no longer counts. Nothing to
 * do when the row produced none or it is already withdrawn. PERIOD_CLOSED when its period is closed.
 */
export async function withdrawProduced(
  tx: DbOrTx,
  by: Producer,
  meta: RequestMeta | null,
  source: RecordSource,
  reason: string,
): Promise<boolean> {
  const cur = await findBySource(tx, by.tenantId, source);
  if (!cur || cur.status === 'withdrawn') return false;
  if (isPeriodClosed(cur.occurredOn, await repo.closedPeriodKeys(tx, by.tenantId))) throw new AppError('PERIOD_CLOSED');
  const after = await repo.updateVersioned(tx, by.tenantId, cur.id, cur.version, { status: 'withdrawn' });
  if (!after) throw new AppError('CONFLICT', { currentVersion: cur.version });
  await repo.insertEvent(tx, {
    tenantId: by.tenantId,
    recordId: cur.id,
    action: 'produce_withdraw',
    fromStatus: cur.status,
    toStatus: 'withdrawn',
    userId: by.userId,
    reason,
    changes: { source },
  });
  await appendAudit(tx, null, meta, {
    tenantId: by.tenantId,
    userId: by.userId,
    username: by.username,
    action: 'record.produce_withdraw',
    outcome: 'success',
    objectType: 'record',
    objectId: cur.id,
    details: { source, from: cur.status, reason },
  });
  return true;
}

/**
 * Confirms, in one statement, the submitted records many module rows produced (e.g. receipts matched to payments):
 * a status-only change, allowed in closed periods like a hand confirmation; one event per record and one audit row
 * for the batch. Rows without a submitted record are skipped. Returns the ids confirmed.
 */
export async function confirmProduced(
  tx: DbOrTx,
  by: Producer,
  meta: RequestMeta | null,
  sources: RecordSource[],
  reason: string,
): Promise<string[]> {
  const ids = await produced.confirmSubmittedBySources(tx, by.tenantId, by.userId, sources);
  await produced.insertEvents(
    tx,
    ids.map((recordId) => ({
      tenantId: by.tenantId,
      recordId,
      action: 'produce_update',
      fromStatus: 'submitted',
      toStatus: 'confirmed',
      userId: by.userId,
      reason,
    })),
  );
  if (ids.length)
    await appendAudit(tx, null, meta, {
      tenantId: by.tenantId,
      userId: by.userId,
      username: by.username,
      action: 'record.produce_confirm',
      outcome: 'success',
      objectType: 'record',
      objectId: ids.length === 1 ? ids[0] : undefined,
      details: { count: ids.length, reason, ...(ids.length <= 100 ? { records: ids } : {}) },
    });
  return ids;
}

/** The records some module rows produced: id, status and amount, keyed by source id. */
export async function producedRecords(db: DbOrTx, tenantId: string, type: RecordSourceType, ids: string[]) {
  return produced.bySources(db, tenantId, type, ids);
}

/** The id and status of the record a module row produced, if any (for the module's own pages). */
export async function producedRecordOf(db: DbOrTx, tenantId: string, source: RecordSource) {
  return (await repo.statusBySource(db, tenantId, source)) ?? null;
}
