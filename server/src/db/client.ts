import path from 'node:path';
import pg from 'pg';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { installQueue } from '../lib/queue/queue';
import { QUEUES } from '../lib/queue/queues';
import { ensureRollups } from './rollups';
import * as schema from './schema';

export type Db = NodePgDatabase<typeof schema>;
/** A transaction handle; repositories accept either a Db or a Tx. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export type Database = { db: Db; pool: pg.Pool; close: () => Promise<void> };

/** How long the application waits for the database: a connection, and one statement. */
export type DatabaseTimeouts = { connectMs: number; statementMs: number };

export type OpenOptions = {
  /** Called for every error a connection reports outside a query (the server went away, was restarted, …). */
  onError?: (e: Error) => void;
  /** Absent for the owner's connections (migrations, roll-up rebuilds): those may take minutes. */
  timeouts?: DatabaseTimeouts;
  max?: number;
};

/** The client gives up this long after the server's own statement timeout would have cancelled the statement. */
const CLIENT_MARGIN_MS = 3_000;

type Release = (err?: Error | boolean) => void;

/**
 * A pool connection that looks after itself when the database fails under it.
 * - node-postgres's query_timeout gives up waiting for a query but leaves it pending on the connection, which goes
 *   back to the pool and blocks every later query behind it: a frozen server never answers. Giving up here also
 *   closes the connection, so the pool drops it and the next request opens a fresh one.
 * - A checked-out connection that dies gives itself back to the pool (which drops it), once: drizzle's transaction
 *   sends BEGIN before its try/finally, so a connection that died before BEGIN was never released, the pool shrank
 *   for good and closing it waited for ever.
 */
class TimedClient extends pg.Client {
  private releaseOnce: Release | undefined;

  constructor(config?: pg.ClientConfig) {
    super(config);
    const lost = (err?: Error) => this.releaseOnce?.(err ?? new Error('Connection terminated'));
    this.on('error', lost);
    this.on('end', () => lost());
  }

  /** What the pool sets on every checkout: kept idempotent, so a late second release is harmless. */
  set release(fn: Release) {
    let done = false;
    this.releaseOnce = (err) => {
      if (done) return;
      done = true;
      this.releaseOnce = undefined;
      fn(err);
    };
  }

  get release(): Release {
    return (err) => this.releaseOnce?.(err);
  }

  override query(...args: unknown[]): never {
    const run = super.query.bind(this) as (...a: unknown[]) => never;
    const config = args[0] as { submit?: unknown } | undefined;
    if (typeof config?.submit === 'function') return run(...args);
    const last = args.length - 1;
    if (typeof args[last] === 'function') {
      const callback = args[last] as (err: Error | null, res: unknown) => void;
      args[last] = (err: Error | null, res: unknown) => {
        if (err) this.dropIfTimedOut(err);
        callback(err, res);
      };
      return run(...args);
    }
    const result: unknown = run(...args);
    if (!(result instanceof Promise)) return result as never;
    return result.catch((err: unknown) => {
      if (err instanceof Error) this.dropIfTimedOut(err);
      throw err;
    }) as never;
  }

  private dropIfTimedOut(err: Error) {
    if (err.message !== 'Query read timeout') return;
    (this as unknown as { connection?: { stream?: { destroy: () => void } } }).connection?.stream?.destroy();
  }
}

// bigint columns (money in fen, counts) arrive as strings; int8 stays a string to keep precision,
// numeric/date conversions are done in repositories where needed.

/**
 * Opens a connection pool. Every connection gets an error listener for its whole life (node-postgres leaves a
 * checked-out connection without one, and an error there, such as the server being killed in the middle of a
 * transaction, would end the process); a lost connection is dropped and the pool reconnects on next use.
 */
export function openDatabase(url: string, opts: OpenOptions = {}): Database {
  const onError = opts.onError ?? (() => {});
  const t = opts.timeouts;
  // work_mem: the engine's distinct-person counts sort tens of thousands of rows; 4 MB (the default) spills to disk
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.max ?? 10,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: t?.connectMs ?? 10_000,
    options: t ? `-c work_mem=32MB -c statement_timeout=${t.statementMs}` : '-c work_mem=32MB',
    ...(t ? { query_timeout: t.statementMs + CLIENT_MARGIN_MS } : {}),
    keepAlive: true,
    Client: TimedClient,
  });
  pool.on('error', onError);
  pool.on('connect', (client) => client.on('error', onError));
  const db = drizzle(pool, { schema });
  return { db, pool, close: () => pool.end() };
}

const MIGRATION_LOCK = 7_314_159_265;

/**
 * Applies the committed migrations, then creates or upgrades the job queue's schema and queues (pg-boss makes a
 * table per queue, so this is the owner's work at start-up, never the application's at run time), then runs `after`
 * (the application role's grants, which must come after every schema and table exists); concurrent starters wait on
 * an advisory lock.
 */
export async function runMigrations(pool: pg.Pool, after?: (client: pg.PoolClient) => Promise<void>): Promise<void> {
  const lockClient = await pool.connect();
  try {
    await lockClient.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migrate(drizzle(pool), { migrationsFolder: path.join(import.meta.dirname, 'migrations') });
    await ensureRollups(pool);
    await installQueue(pool, QUEUES);
    await after?.(lockClient);
  } finally {
    await lockClient.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    lockClient.release();
  }
}
