import type { Lang } from '@xiezuo/domain';
import { AppError } from '../../http/app-error';
import type { Actor, AppContext, RequestMeta } from '../../http/context';
import { insertJobs } from '../../lib/queue/queue';
import { withAudit } from '../../lib/audit-tx';
import * as messages from '../messages/messages.repository';
import { DELIVER_QUEUE } from '../messages/outbox';
import * as repo from './jobs.repository';
import { runScheduled, SCHEDULED_JOBS } from './scheduled';

/** What the system admin sees of the queue: adapters in use, deliveries by status, scheduled jobs' last runs. */
export async function overview(ctx: AppContext) {
  const [counts, runs] = await Promise.all([messages.deliveryCounts(ctx.db), repo.lastRuns(ctx.db)]);
  const m = ctx.config.messaging;
  return {
    adapters: { sms: m.sms.provider, wecom: m.wecom ? 'wecom' : 'log' },
    counts,
    jobs: SCHEDULED_JOBS.map((j) => {
      const r = runs.get(j.name);
      return {
        name: j.name,
        cron: j.cron,
        label: j.label,
        lastRunAt: r?.startedAt.toISOString() ?? null,
        lastOutcome: r?.outcome ?? null,
        lastDetail: r?.detail ?? null,
        runs: r?.runs ?? 0,
      };
    }),
  };
}

export async function deliveries(ctx: AppContext, q: Parameters<typeof messages.listDeliveries>[1], _lang: Lang) {
  const { rows, total } = await messages.listDeliveries(ctx.db, q);
  return {
    items: rows.map((r) => ({
      id: r.d.id,
      messageId: r.d.messageId,
      template: r.template,
      channel: r.d.channel,
      adapter: r.d.adapter,
      status: r.d.status,
      attempts: r.d.attempts,
      lastError: r.d.lastError,
      recipient: r.recipient,
      createdAt: r.d.createdAt.toISOString(),
      updatedAt: r.d.updatedAt.toISOString(),
    })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** Sends a dead-lettered delivery again (system admin); audited. */
export async function retryDelivery(ctx: AppContext, actor: Actor, meta: RequestMeta, id: string) {
  const m = ctx.config.messaging;
  await withAudit(ctx.db, actor, meta, async (tx) => {
    if (!(await messages.resetDelivery(tx, id))) throw new AppError('INVALID_TRANSITION');
    await insertJobs(tx, [
      {
        name: DELIVER_QUEUE,
        data: { deliveryId: id },
        retryLimit: m.retryLimit,
        retryDelay: m.retryDelaySeconds,
        retryBackoff: true,
        expireInSeconds: m.expireSeconds,
      },
    ]);
    return {
      result: undefined,
      audit: { action: 'messages.retry', outcome: 'success', objectType: 'message_delivery', objectId: id },
    };
  });
  return { ok: true as const };
}

/** The system admin runs a scheduled job now (after changing the working date, or to retry a failed run). */
export async function runJobNow(ctx: AppContext, actor: Actor, meta: RequestMeta, name: string) {
  const job = SCHEDULED_JOBS.find((j) => j.name === name);
  if (!job) throw new AppError('NOT_FOUND');
  await runScheduled(ctx, job);
  await withAudit(ctx.db, actor, meta, async () => ({
    result: null,
    audit: { action: 'jobs.run_now', outcome: 'success', objectType: 'job', objectId: name },
  }));
  return { ok: true as const };
}
