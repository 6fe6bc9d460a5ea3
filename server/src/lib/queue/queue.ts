import PgBoss from 'pg-boss';
import { sql, type SQL } from 'drizzle-orm';
import type pg from 'pg';

/**
 * A Drizzle database or transaction, as far as the queue uses one (db/client's DbOrTx fits; the queue names only
 * this, because db/client installs the queue at start-up and a type import back would tie the two in a ring).
 */
type DbOrTx = { execute: (q: SQL) => Promise<{ rows: unknown[] }> };

/** The schema pg-boss keeps its tables in. */
export const QUEUE_SCHEMA = 'pgboss';
/** pg-boss's own queue for cron schedules; it must exist before the app (which may not create tables) starts. */
const CRON_QUEUE = '__pgboss__send-it';

export type QueueDecl = { name: string; deadLetter?: string };
type Row = Record<string, unknown>;
type Executor = { executeSql: (text: string, values?: unknown[]) => Promise<{ rows: Row[] }> };

const poolExecutor = (pool: pg.Pool): Executor => ({
  executeSql: async (text, values) => ({ rows: (await pool.query(text, values as unknown[])).rows }),
});

/** pg-boss statements run inside a Drizzle transaction: `$n` placeholders become Drizzle parameters. */
export function txExecutor(tx: DbOrTx): Executor {
  return {
    executeSql: async (text, values = []) => {
      const q = sql.empty();
      text.split(/\$(\d+)/).forEach((part, i) => {
        if (i % 2 === 0) q.append(sql.raw(part));
        else q.append(sql`${values[Number(part) - 1] ?? null}`);
      });
      const res = await tx.execute(q);
      return { rows: res.rows as Row[] };
    },
  };
}

/**
 * Creates or upgrades pg-boss's schema and creates the declared queues. Run at start-up by the role that runs the
 * migrations (the owner): creating a queue creates a table, which the application role may not do.
 */
export async function installQueue(pool: pg.Pool, queues: readonly QueueDecl[]): Promise<void> {
  const boss = new PgBoss({
    db: poolExecutor(pool),
    schema: QUEUE_SCHEMA,
    migrate: true,
    supervise: false,
    schedule: false,
  });
  boss.on('error', () => {});
  await boss.start();
  try {
    const ordered = [...queues].sort((a, b) => Number(Boolean(a.deadLetter)) - Number(Boolean(b.deadLetter)));
    for (const q of [{ name: CRON_QUEUE }, ...ordered]) {
      if (await boss.getQueue(q.name)) continue;
      await boss.createQueue(q.name, { name: q.name, ...(q.deadLetter ? { deadLetter: q.deadLetter } : {}) });
    }
  } finally {
    await boss.stop({ graceful: false, wait: true, close: false });
  }
}

/** A job to insert: queue, data, and per-job retry settings (they override the queue's). */
export type JobInput = {
  name: string;
  data: object;
  retryLimit?: number;
  retryDelay?: number;
  retryBackoff?: boolean;
  expireInSeconds?: number;
  singletonKey?: string;
};

// never started: it only writes jobs through the executor it is given (the caller's transaction)
const writer = new PgBoss({ db: { executeSql: async () => ({ rows: [] }) }, schema: QUEUE_SCHEMA });

/** Inserts jobs in the caller's transaction: they exist exactly when the change that caused them commits. */
export async function insertJobs(tx: DbOrTx, jobs: readonly JobInput[]): Promise<void> {
  if (!jobs.length) return;
  await writer.insert(jobs as PgBoss.JobInsert[], { db: txExecutor(tx) });
}

export type Job = PgBoss.JobWithMetadata<unknown>;
/** A queue's handler, called once per job; a job whose handler throws is retried, then dead-lettered. */
export type Worker = { name: string; batchSize: number; handler: (job: Job) => Promise<void> };
export type Schedule = { name: string; cron: string };
export type QueueOptions = { pollSeconds: number; maintenanceSeconds: number; onError: (e: Error) => void };

/**
 * Starts the queue as the application role: schema check only (no DDL), workers, cron schedules (Asia/Shanghai),
 * and pg-boss's maintenance (expired jobs are retried, then dead-lettered).
 */
export async function startQueue(
  pool: pg.Pool,
  workers: readonly Worker[],
  schedules: readonly Schedule[],
  opts: QueueOptions,
): Promise<PgBoss> {
  const boss = new PgBoss({
    db: poolExecutor(pool),
    schema: QUEUE_SCHEMA,
    migrate: false,
    supervise: true,
    schedule: schedules.length > 0,
    maintenanceIntervalSeconds: opts.maintenanceSeconds,
  });
  boss.on('error', opts.onError);
  await boss.start();
  for (const w of workers)
    await boss.work(
      w.name,
      { batchSize: w.batchSize, includeMetadata: true, pollingIntervalSeconds: opts.pollSeconds },
      (jobs) => runBatch(boss, w, jobs, opts.onError),
    );
  const wanted = new Set(schedules.map((s) => s.name));
  for (const s of await boss.getSchedules()) if (!wanted.has(s.name)) await boss.unschedule(s.name);
  for (const s of schedules) await boss.schedule(s.name, s.cron, {}, { tz: 'Asia/Shanghai' });
  return boss;
}

/** Runs a fetched batch concurrently; each failed job is failed on its own (pg-boss then completes the rest). */
async function runBatch(boss: PgBoss, w: Worker, jobs: Job[], onError: (e: Error) => void): Promise<void> {
  const outcomes = await Promise.allSettled(jobs.map((j) => w.handler(j)));
  for (const [i, o] of outcomes.entries()) {
    if (o.status === 'fulfilled') continue;
    const err = o.reason instanceof Error ? o.reason : new Error(String(o.reason));
    await boss.fail(w.name, jobs[i]!.id, { message: err.message }).catch(onError);
  }
}
