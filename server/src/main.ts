import { loadConfig, type Config } from './config/config';
import { openDatabase, runMigrations } from './db/client';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './db/embedded';
import { DataDirLockedError } from './db/data-dir-lock';
import { seedOnFirstStart } from './db/seed/seed';
import { buildApp } from './app';
import { startJobs } from './modules/jobs/jobs.runtime';
import { loadDataKeys } from './security/pii';

async function connect(
  config: Config,
): Promise<{ url: string; kind: 'embedded' | 'external'; embedded?: EmbeddedDatabase }> {
  if (config.databaseUrl) return { url: config.databaseUrl, kind: 'external' };
  const embedded = await startEmbeddedPostgres(config.dataDir, { port: config.embeddedPgPort || undefined });
  return { url: embedded.url, kind: 'embedded', embedded };
}

/** config → database → migrate → seed → app → listen */
async function main() {
  const started = Date.now();
  const config = loadConfig();
  const conn = await connect(config);
  const database = openDatabase(conn.url, (e) => console.error(`[db] connection error: ${e.message}`));
  await runMigrations(database.pool);
  const ctx = {
    db: database.db,
    config,
    databaseKind: conn.kind,
    keys: loadDataKeys(config.dataKeyHex, config.dataDir),
  };
  await seedOnFirstStart(ctx, (m) => console.log(m));
  const app = await buildApp(ctx);
  let stopJobs = async () => {};
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info(`${signal}: shutting down`);
    await app.close().catch(() => {});
    await stopJobs().catch(() => {});
    await database.close().catch(() => {});
    await conn.embedded?.stop().catch(() => {});
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ port: config.port, host: config.host });
  stopJobs = await startJobs(ctx, database.pool, (m) => app.log.warn(m));
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  console.log(
    `Xiezuo ${config.version} is up on http://localhost:${port} (${conn.kind} PostgreSQL, ${Date.now() - started} ms)`,
  );
}

main().catch((err: unknown) => {
  if (err instanceof DataDirLockedError) {
    console.error(err.message);
    process.exit(3);
  }
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
