import { FOLLOWUP_MONTHS, type ApplicationStatus } from '@xiezuo/domain';
import type { DbOrTx } from '../../db/client';
import type { AppContext, RequestMeta } from '../../http/context';
import { AppError } from '../../http/app-error';
import { systemProducer, type Producer } from '../ledger/records.produce';
import * as repo from './applications.repository';
import * as posts from './posts.repository';
import * as workers from './workers.repository';
import { insertFollowups } from './followups.repository';
import { produceEmployment, withdrawEmployment } from './applications.produce';
import type { Caller } from './labour.policy';

/** A date plus whole months (the last day of a shorter month when the day does not exist). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

const producerOf = (c: Caller): Producer =>
  c.kind === 'staff' ? c.actor : { ...systemProducer(c.account.tenantId), username: `account:${c.account.accountId}` };

/**
 * The effects of a step, inside its transaction: a hire takes an opening (409 when none is left; the post is
 * locked so two hires cannot take the last one); the county's confirmation produces the employment record, marks
 * the worker employed and schedules the follow-ups; a rejected hire gives its opening back.
 */
export async function applyTransition(
  tx: DbOrTx,
  ctx: AppContext,
  c: Caller,
  meta: RequestMeta,
  w: repo.ApplicationWide,
  body: { to: ApplicationStatus; version: number; startOn?: string },
) {
  const tenantId = w.a.tenantId;
  if (body.to === 'hired') {
    await posts.lockForHire(tx, w.a.postId);
    const post = (await posts.findWide(tx, tenantId, w.a.postId))!;
    if (post.p.status === 'filled' || post.hired >= post.p.openings) throw new AppError('LABOUR_POST_FILLED');
    if (post.p.status !== 'open') throw new AppError('LABOUR_POST_NOT_OPEN');
  }
  const after = await repo.updateVersioned(tx, tenantId, w.a.id, body.version, {
    status: body.to,
    ...(body.to === 'hired' ? { startOn: body.startOn } : {}),
  });
  if (!after) throw new AppError('CONFLICT', { currentVersion: w.a.version });
  await repo.insertEvent(tx, {
    tenantId,
    applicationId: w.a.id,
    fromStatus: w.a.status,
    toStatus: body.to,
    userId: c.kind === 'staff' ? c.actor.userId : null,
    accountId: c.kind === 'account' ? c.account.accountId : null,
  });
  if (body.to === 'hired') {
    const post = (await posts.findWide(tx, tenantId, w.a.postId))!;
    if (post.hired >= post.p.openings) await posts.setStatus(tx, post.p.id, 'filled');
  }
  if (body.to === 'confirmed') {
    await produceEmployment(tx, ctx, producerOf(c), meta, w.a.id);
    await workers.setStatus(tx, w.a.workerId, 'employed');
    await insertFollowups(
      tx,
      FOLLOWUP_MONTHS.map((month) => ({
        tenantId,
        applicationId: w.a.id,
        month,
        dueOn: addMonths(after.startOn!, month),
      })),
    );
  }
  if (body.to === 'rejected' && w.a.status === 'hired') {
    await withdrawEmployment(tx, producerOf(c), meta, w.a.id);
    const post = (await posts.findWide(tx, tenantId, w.a.postId))!;
    if (post.p.status === 'filled' && post.hired < post.p.openings) await posts.setStatus(tx, post.p.id, 'open');
  }
  if (body.to === 'left') await workers.setStatus(tx, w.a.workerId, 'available');
}
