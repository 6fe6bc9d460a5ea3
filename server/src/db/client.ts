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

// bigint columns (money in fen, counts) arrive as strings; int8 stays a string to keep precision,
// numeric/date conversions are done in repositories where needed.

/** Opens a connection pool; a lost connection is logged and the pool reconnects on next use. */
export function openDatabase(url: string, onError: (e: Error) => void = () => {}): Database {
  // work_mem: the engine's distinct-person counts sort tens of thousands of rows; 4 MB (the default) spills to disk
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: 10_000,
    options: '-c work_mem=32MB',
  });
  pool.on('error', onError);
  const db = drizzle(pool, { schema });
  return { db, pool, close: () => pool.end() };
}

const MIGRATION_LOCK = 7_314_159_265;

/**
 * Applies the committed migrations, then creates or upgrades the job queue's schema and queues (pg-boss makes a
 * table per queue, so this is the owner's work at start-up, never the application's at run time); concurrent
 * starters wait on an advisory lock.
 */
export async function runMigrations(pool: pg.Pool): Promise<void> {
  const lockClient = await pool.connect();
  try {
    await lockClient.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migrate(drizzle(pool), { migrationsFolder: path.join(import.meta.dirname, 'migrations') });
    await ensureRollups(pool);
    await installQueue(pool, QUEUES);
  } finally {
    await lockClient.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    lockClient.release();
  }
}
