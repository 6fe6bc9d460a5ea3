import {
  TELEMED_CONSULT_KIND,
  TELEMED_TRANSITIONS,
  type TelemedRequestDto,
  type TelemedTransitionBody,
} from '@xiezuo/domain';
import type { DbOrTx } from '../../db/client';
import type { telemedRequests } from '../../db/schema';
import type { Actor, AppContext, RequestMeta } from '../../http/context';
import { AppError } from '../../http/app-error';
import { withAudit } from '../../lib/audit-tx';
import { produceRecord, type Producer } from '../ledger/records.produce';
import { canSeeRequest, mayAct } from './telemedicine.policy';
import { factsOf } from './telemedicine.presenter';
import * as repo from './telemedicine.repository';
import { get } from './telemedicine.service';

type Row = repo.TelemedRow;
type Changes = Partial<typeof telemedRequests.$inferInsert>;

/** A date in China's calendar (the ledger's occurredOn), from an instant. */
const chinaDate = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

/** The columns a step sets; an assigned expert must act for the paired hospital. */
async function changesOf(tx: DbOrTx, r: Row, body: TelemedTransitionBody, now: Date): Promise<Changes> {
  switch (body.action) {
    case 'assign': {
      const doctors = await repo.unitDoctors(tx, r.tenantId, r.eastUnitId);
      if (!doctors.some((d) => d.id === body.expertUserId))
        throw new AppError('VALIDATION_FAILED', {
          fields: [{ path: 'expertUserId', message: 'not a doctor of the paired hospital / 不是结对医院的医生' }],
        });
      return { expertUserId: body.expertUserId, assignedAt: now };
    }
    case 'schedule':
      return { sessionOn: body.sessionOn, sessionTime: body.sessionTime, sessionLink: body.sessionLink };
    case 'answer':
      return { opinion: body.opinion, answeredAt: now };
    case 'close':
      return { feedback: body.feedback, rating: body.rating, closedAt: now };
    case 'cancel':
      return { cancelReason: body.reason };
  }
}

/**
 * The ledger record of a closed request: one `telemedicine` case of its kind, by the paired hospital for the county,
 * linked to the pair, confirmed (both hospitals took part), dated the day it closed.
 */
export function produceTelemedRecord(tx: DbOrTx, ctx: AppContext, by: Producer, meta: RequestMeta | null, r: Row) {
  return produceRecord(tx, ctx, by, meta, {
    type: 'telemedicine',
    occurredOn: chinaDate(r.closedAt!),
    eastUnitId: r.eastUnitId,
    countyCode: r.countyCode,
    pairingId: r.pairingId,
    values: { consultKind: TELEMED_CONSULT_KIND[r.kind], sessions: 1, hospital: r.eastUnitId },
    status: 'confirmed',
    source: { type: 'telemedicine_request', id: r.id },
  });
}

/**
 * Moves a request one step (assign, schedule, answer, close, cancel) if the caller may take it from its status, at
 * the version they saw; closing produces its ledger record in the same transaction.
 */
export async function transition(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  id: string,
  body: TelemedTransitionBody,
): Promise<TelemedRequestDto> {
  await withAudit(ctx.db, actor, meta, async (tx) => {
    const r = await repo.findForUpdate(tx, actor.tenantId, id);
    if (!r || !canSeeRequest(actor, r)) throw new AppError('NOT_FOUND');
    if (!TELEMED_TRANSITIONS[body.action].from.includes(r.status)) throw new AppError('INVALID_TRANSITION');
    if (!mayAct(actor, factsOf(r), body.action)) throw new AppError('FORBIDDEN');
    if (r.version !== body.version) throw new AppError('CONFLICT', { currentVersion: r.version });
    const changes = await changesOf(tx, r, body, new Date());
    const after = await repo.updateVersioned(tx, actor.tenantId, id, r.version, {
      ...changes,
      status: TELEMED_TRANSITIONS[body.action].to,
    });
    if (!after) throw new AppError('CONFLICT', { currentVersion: r.version });
    const record = body.action === 'close' ? await produceTelemedRecord(tx, ctx, actor, meta, after) : null;
    const { action, version: _v, ...rest } = body;
    return {
      result: after,
      audit: {
        action: `telemedicine.${action}`,
        outcome: 'success',
        objectType: 'telemed_request',
        objectId: id,
        // the opinion is clinical text: only that it was given is audited
        details: {
          from: r.status,
          to: after.status,
          ...(action === 'answer' ? {} : rest),
          ...(record ? { recordId: record.id } : {}),
        },
      },
    };
  });
  return get(ctx, actor, id);
}
