import { sql } from 'drizzle-orm';
import { loadConfig, type Config } from './config/config';
import { DatabaseAvailability } from './db/availability';
import { openDatabase, runMigrations } from './db/client';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './db/embedded';
import { DataDirLockedError } from './db/data-dir-lock';
import { seedOnFirstStart } from './db/seed/seed';
import { buildApp } from './app';
import { startJobs } from './modules/jobs/jobs.runtime';
import { prepareAppRole } from './db/roles';
import { anchorPath, startAnchoring } from './modules/audit/audit-anchor';
import { sweepInterrupted } from './modules/imports/imports.service';
import { loadDataKeys, rolePassword } from './security/pii';
import { describeStartupFailure } from './startup-error';

const log = (m: string) => console.log(m);
/** A shutdown that takes longer is cut short. */
const SHUTDOWN_MS = 45_000;
/** Whether a failed start prints its stack (LOG_LEVEL debug or trace). */
let withStack = false;

async function connect(
  config: Config,
): Promise<{ url: string; kind: 'embedded' | 'external'; embedded?: EmbeddedDatabase }> {
  if (config.databaseUrl) return { url: config.databaseUrl, kind: 'external' };
  const embedded = await startEmbeddedPostgres(config.dataDir, { port: config.embeddedPgPort || undefined, log });
  return { url: embedded.url, kind: 'embedded', embedded };
}

/** config → database → migrate → seed → app → listen */
async function main() {
  const started = Date.now();
  const config = loadConfig();
  withStack = config.logLevel === 'debug' || config.logLevel === 'trace';
  const keys = loadDataKeys(config.dataKeyHex, config.dataDir);
  const conn = await connect(config);
  const stopEmbedded = async () => void (await conn.embedded?.stop().catch(() => {}));
  let appUrl = conn.url;
  try {
    // migrations and grants as the owner; the application itself connects as a role that may only read and write rows
    const owner = openDatabase(conn.url, { onError: (e) => console.error(`[db] owner connection: ${e.message}`) });
    try {
      await runMigrations(owner.pool, async (client) => {
        const role = await prepareAppRole(client, conn.url, {
          given: conn.kind === 'external' ? config.databaseAppUrl : undefined,
          password: (name) => rolePassword(keys, name),
          warn: (m) => console.warn(m),
        });
        appUrl = role.url;
      });
    } finally {
      await owner.close();
    }
  } catch (err) {
    await stopEmbedded();
    throw err;
  }
  const database = openDatabase(appUrl, {
    timeouts: config.dbTimeouts,
    onError: (e) => console.error(`[db] connection error: ${e.message}`),
  });
  const availability = new DatabaseAvailability(async () => void (await database.db.execute(sql`select 1`)), log);
  conn.embedded?.postmaster.on('down', (reason) => availability.markDown(reason));
  conn.embedded?.postmaster.on('up', () => void availability.check());
  const ctx = { db: database.db, config, databaseKind: conn.kind, keys, availability };
  await seedOnFirstStart(ctx, log);
  // imports a killed server left running: with the embedded database no other process can be running one
  const interrupted = await sweepInterrupted(database.db, conn.kind === 'embedded');
  if (interrupted) log(`[imports] ${interrupted} import(s) left running by a stopped server marked interrupted`);
  const anchors = startAnchoring(database.db, {
    file: anchorPath(config.dataDir),
    key: keys.audit,
    minutes: config.auditAnchor.minutes,
    toLog: config.auditAnchor.log,
    log,
  });
  const app = await buildApp(ctx);
  let stopJobs = async () => {};
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info(`${signal}: shutting down`);
    // whatever hangs, the process ends (its exit hook asks PostgreSQL to stop too)
    setTimeout(() => {
      console.error(`[server] shutdown did not finish within ${SHUTDOWN_MS / 1000} s; exiting`);
      process.exit(1);
    }, SHUTDOWN_MS).unref();
    await app.close().catch(() => {});
    await stopJobs().catch(() => {});
    await anchors.stop(); // the head at shutdown
    availability.close();
    await database.close().catch(() => {});
    await stopEmbedded();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  try {
    await app.listen({ port: config.port, host: config.host });
    stopJobs = await startJobs(ctx, database.pool, (m) => app.log.warn(m));
  } catch (err) {
    await stopJobs().catch(() => {});
    await app.close().catch(() => {});
    await database.close().catch(() => {});
    await stopEmbedded();
    throw err;
  }
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
  console.error(describeStartupFailure(err, withStack));
  process.exit(1);
});
