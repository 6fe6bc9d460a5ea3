import { type z } from 'zod';
import type { deliveryBody, NeedDto } from '@xiezuo/domain';
import { AppError } from '../../http/app-error';
import type { Actor, AppContext, RequestMeta } from '../../http/context';
import { appendAudit } from '../../lib/audit-tx';
import { workingDate } from '../settings/working-date.service';
import { actsForCounty } from './charity.policy';
import { tellDonors } from './charity.notify';
import * as custody from './custody.repository';
import * as needs from './needs.repository';
import { getNeed, loadNeed } from './needs.service';

type DeliveryBody = z.infer<typeof deliveryBody>;

/**
 * The county records that a funded need reached its beneficiary, with the thanks or a short note (shown publicly,
 * checked for personal data by the public text rule's digits test) and where the signed receipt is kept. Only once
 * every claim's money has arrived at the county (its batch confirmed). The donors are told.
 */
export async function deliverNeed(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  body: DeliveryBody,
): Promise<NeedDto> {
  if (/\d{11,}/.test(body.note.replace(/[\s-]/g, ''))) throw new AppError('CHARITY_PERSONAL_TEXT');
  const today = await workingDate(ctx.db, actor.tenantId);
  if (body.deliveredOn > today)
    throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'deliveredOn', message: 'after the working date' }] });
  await ctx.db.transaction(async (tx) => {
    await needs.lockNeed(tx, actor.tenantId, body.needId);
    const n = await loadNeed(ctx, tx, actor, body.needId);
    if (!actsForCounty(actor, n.countyCode)) throw new AppError('FORBIDDEN');
    const claims = (await custody.claimsOfNeed(tx, n.id)).filter(
      (c) => c.status !== 'expired' && c.status !== 'cancelled',
    );
    if (n.status !== 'funded' || claims.some((c) => c.status !== 'confirmed'))
      throw new AppError('INVALID_TRANSITION', { status: n.status });
    const after = await needs.updateNeed(tx, actor.tenantId, n.id, body.version, {
      status: 'delivered',
      deliveredOn: body.deliveredOn,
      deliveryNote: body.note,
      deliveryReceiptNote: body.receiptNote,
    });
    if (!after) throw new AppError('CONFLICT', { currentVersion: n.version });
    await needs.insertEvent(tx, {
      tenantId: actor.tenantId,
      objectType: 'need',
      objectId: n.id,
      action: 'deliver',
      fromStatus: n.status,
      toStatus: 'delivered',
      userId: actor.userId,
    });
    await appendAudit(tx, actor, meta, {
      action: 'charity.need.deliver',
      outcome: 'success',
      objectType: 'charity_need',
      objectId: n.id,
      details: { deliveredOn: body.deliveredOn },
    });
    await tellDonors(ctx, tx, actor.tenantId, claims, 'delivered', body.note);
  });
  return getNeed(ctx, actor, body.needId);
}
