import type PgBoss from 'pg-boss';
import type pg from 'pg';
import type { AppContext } from '../../http/context';
import { startQueue, type Job, type Worker } from '../../lib/queue/queue';
import { adaptersFor } from '../messages/channels/adapters';
import { deadLetter, deliverOne } from '../messages/deliver';
import { DEAD_QUEUE, DELIVER_QUEUE } from '../messages/outbox';
import { runScheduled, SCHEDULED_JOBS } from './scheduled';

/** The queue's workers in this process: message deliveries, dead letters, and the scheduled jobs. */
export function workersFor(ctx: AppContext): Worker[] {
  const adapters = adaptersFor(ctx.config.messaging);
  // two workers: up to twice MESSAGE_BATCH_SIZE deliveries per poll (a batch's vendor calls run concurrently)
  const batchSize = ctx.config.messaging.batchSize;
  const deliver = { name: DELIVER_QUEUE, batchSize, handler: (job: Job) => deliverOne(ctx, adapters, job) };
  return [
    deliver,
    deliver,
    { name: DEAD_QUEUE, batchSize: 20, handler: (job) => deadLetter(ctx, job) },
    ...SCHEDULED_JOBS.map((j) => ({ name: j.name, batchSize: 1, handler: () => runScheduled(ctx, j) })),
  ];
}

/**
 * Starts delivering and scheduling on the application's pool (the queue's schema was made at start-up by the
 * migrations). With JOBS=off this process only enqueues; another process delivers. Returns the stopper.
 */
export async function startJobs(
  ctx: AppContext,
  pool: pg.Pool,
  log: (m: string) => void,
): Promise<() => Promise<void>> {
  if (!ctx.config.messaging.jobs) return async () => {};
  const m = ctx.config.messaging;
  const boss: PgBoss = await startQueue(
    pool,
    workersFor(ctx),
    SCHEDULED_JOBS.map((j) => ({ name: j.name, cron: j.cron })),
    {
      pollSeconds: m.pollSeconds,
      maintenanceSeconds: m.maintenanceSeconds,
      onError: (e) => log(`[queue] ${e.message}`),
    },
  );
  return () => boss.stop({ graceful: true, timeout: 5000, wait: true, close: false });
}
