import { smsText, smsVars, type MessageTemplateCode } from '@xiezuo/domain';
import type { AppContext } from '../../http/context';
import type { Job } from '../../lib/queue/queue';
import { decryptField } from '../../security/pii';
import type { Adapters } from './channels/adapters';
import { isUncertain, PermanentError, type Outbound } from './channels/channel';
import * as repo from './messages.repository';

type Found = NonNullable<Awaited<ReturnType<typeof repo.findDelivery>>>;

function outboundOf(ctx: AppContext, f: Found): Outbound {
  const template = f.m.template as MessageTemplateCode;
  // the vendor fills its registered template with these, so they are the SMS forms (dates as 12月10日)
  const vars = smsVars({ ...f.m.vars, link: `${ctx.config.messaging.publicUrl}/m/${f.m.shortCode}` });
  return {
    key: f.m.id,
    phone: f.phoneEnc ? decryptField(ctx.keys, f.phoneEnc) : null,
    wecomUserId: f.wecomUserId,
    template,
    vars,
    text: smsText(template, vars),
  };
}

const short = (e: unknown) => (e instanceof Error ? e.message : String(e)).slice(0, 500);

/**
 * Delivers one message on one channel. A delivery found 'sending' was interrupted between the vendor call and
 * its mark: the vendor is asked whether it went out (by the message's key) before anything is sent again.
 * A vendor's error answer is retried by sending again; no answer at all (a timeout) is retried by asking first.
 * Throws to have the queue retry; the last failure, or one no retry can cure, dead-letters it.
 */
export async function deliverOne(ctx: AppContext, adapters: Adapters, job: Job): Promise<void> {
  const { deliveryId } = job.data as { deliveryId: string };
  const f = await repo.findDelivery(ctx.db, deliveryId);
  if (!f || ['sent', 'dead', 'skipped'].includes(f.d.status)) return;
  const adapter = adapters[f.d.channel];
  const out = outboundOf(ctx, f);
  const last = job.retryCount >= job.retryLimit;
  try {
    if (f.d.status === 'sending' && f.d.adapter === adapter.name) {
      const verdict = await adapter.reconcile(out, f.d.sendingSince ?? f.d.updatedAt);
      if (verdict === 'sent') return repo.markDelivery(ctx.db, deliveryId, 'sent');
      if (verdict === 'unknown') throw new Error('an earlier send was interrupted and its outcome is not known yet');
    }
    if (!(await repo.claimDelivery(ctx.db, deliveryId, adapter.name))) return;
    const { vendorRef } = await adapter.send(out);
    await repo.markDelivery(ctx.db, deliveryId, 'sent', { vendorRef });
  } catch (e) {
    const dead = last || e instanceof PermanentError;
    // no answer: the vendor may have it, so it stays 'sending' and the next attempt asks before sending again
    const status = dead ? 'dead' : isUncertain(e) ? 'sending' : 'failed';
    await repo.markDelivery(ctx.db, deliveryId, status, { lastError: short(e) });
    if (!dead) throw e;
  }
}

/** A job that pg-boss gave up on (retries spent, or expired while active): its delivery is dead-lettered. */
export async function deadLetter(ctx: AppContext, job: Job): Promise<void> {
  const { deliveryId } = job.data as { deliveryId: string };
  const f = await repo.findDelivery(ctx.db, deliveryId);
  if (!f || ['sent', 'dead', 'skipped'].includes(f.d.status)) return;
  await repo.markDelivery(ctx.db, deliveryId, 'dead', { lastError: f.d.lastError ?? 'retries exhausted' });
}
