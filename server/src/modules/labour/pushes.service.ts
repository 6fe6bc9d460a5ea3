import type { PushChannel } from '@xiezuo/domain';
import type { AppContext, RequestMeta } from '../../http/context';
import { AppError } from '../../http/app-error';
import { withAudit } from '../../lib/audit-tx';
import { decryptField } from '../../security/pii';
import { ensurePersonAccounts } from '../accounts/accounts.service';
import { enqueueMessage } from '../messages/outbox';
import * as posts from './posts.repository';
import * as repo from './pushes.repository';
import * as workers from './workers.repository';
import { canKeepLabour, canSeeWorkerOf, type Caller } from './labour.policy';
import { labourSettingsOf } from './matching.service';

type Outcome = 'queued' | 'opted_out' | 'capped' | 'unreachable';
const WEEK_MS = 7 * 86_400_000;
const yuan = (fen: number) => Math.round(fen / 100);

/**
 * Pushes a post to chosen workers through the outbox (SMS, WeCom or in-app), in one transaction. Workers who opted
 * out, who reached the weekly cap, or who have no phone are skipped and counted; a county officer may push only to
 * its county's workers (403 for any other, nothing sent).
 */
export async function pushPost(
  ctx: AppContext,
  c: Caller,
  meta: RequestMeta,
  body: { postId: string; workerIds: string[]; channel: PushChannel },
) {
  if (c.kind !== 'staff' || !canKeepLabour(c.actor)) throw new AppError('FORBIDDEN');
  const actor = c.actor;
  const post = await posts.findWide(ctx.db, actor.tenantId, body.postId);
  if (!post) throw new AppError('NOT_FOUND');
  if (post.p.status !== 'open') throw new AppError('LABOUR_POST_NOT_OPEN');
  const ids = [...new Set(body.workerIds)];
  const facts = await workers.pushFacts(ctx.db, actor.tenantId, ids);
  if (facts.length !== ids.length) throw new AppError('VALIDATION_FAILED', { fields: { workerIds: 'unknown worker' } });
  if (facts.some((f) => !canSeeWorkerOf(actor, f.countyCode))) throw new AppError('FORBIDDEN');
  const { weeklyCap } = await labourSettingsOf(ctx.db, actor.tenantId);
  const counts = await repo.queuedSince(ctx.db, ids, new Date(Date.now() - WEEK_MS));
  const outcome = new Map<string, Outcome>(
    facts.map((f) => [
      f.id,
      !f.hasConsent
        ? 'opted_out'
        : (counts.get(f.id) ?? 0) >= weeklyCap
          ? 'capped'
          : !f.accountId && !f.phoneEnc
            ? 'unreachable'
            : 'queued',
    ]),
  );
  return withAudit(ctx.db, actor, meta, async (tx) => {
    const needAccount = facts.filter((f) => outcome.get(f.id) === 'queued' && !f.accountId);
    const made = await ensurePersonAccounts(
      ctx,
      tx,
      actor.tenantId,
      needAccount.map((f) => ({ personId: f.personId, phone: decryptField(ctx.keys, f.phoneEnc!), name: null })),
    );
    await workers.setAccounts(
      tx,
      needAccount.flatMap((f) => (made.has(f.personId) ? [{ id: f.id, accountId: made.get(f.personId)! }] : [])),
    );
    const accountOf = (f: (typeof facts)[number]) => f.accountId ?? made.get(f.personId) ?? null;
    for (const f of facts) if (outcome.get(f.id) === 'queued' && !accountOf(f)) outcome.set(f.id, 'unreachable');
    const tally = (o: Outcome) => facts.filter((f) => outcome.get(f.id) === o).length;
    const push = await repo.insertPush(tx, {
      tenantId: actor.tenantId,
      postId: post.p.id,
      channel: body.channel,
      queued: tally('queued'),
      skippedOptedOut: tally('opted_out'),
      skippedCapped: tally('capped'),
      skippedUnreachable: tally('unreachable'),
      createdBy: actor.userId,
    });
    await repo.insertRecipients(
      tx,
      facts.map((f) => ({
        pushId: push.id,
        workerId: f.id,
        tenantId: actor.tenantId,
        postId: post.p.id,
        outcome: outcome.get(f.id)!,
      })),
    );
    const to = facts
      .filter((f) => outcome.get(f.id) === 'queued')
      .map((f) => ({ kind: 'account' as const, id: accountOf(f)! }));
    await enqueueMessage(ctx, tx, {
      tenantId: actor.tenantId,
      to,
      template: 'labour.post_pushed',
      vars: {
        title: post.p.title.slice(0, 12),
        employer: post.employerName,
        place: post.p.regionCode,
        wage: `${yuan(post.p.wageMinFen)}–${yuan(post.p.wageMaxFen)}`,
      },
      link: `/jobs/${post.p.id}`,
      channels: body.channel === 'inapp' ? [] : [body.channel],
      key: `labour.push:${push.id}`,
    });
    const result = {
      id: push.id,
      queued: push.queued,
      skipped: { optedOut: push.skippedOptedOut, capped: push.skippedCapped, unreachable: push.skippedUnreachable },
    };
    return {
      result,
      audit: {
        action: 'labour.push',
        outcome: 'success',
        objectType: 'labour_push',
        objectId: push.id,
        details: result,
      },
    };
  });
}
