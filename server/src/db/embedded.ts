import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock';
import { pgBinaries } from './postgres/binaries';
import { initCluster } from './postgres/initdb';
import { clearLeftover } from './postgres/pid-file';
import { pgDirOf, Postmaster } from './postgres/postmaster';
import { makeReachable, serverUser } from './postgres/server-user';

/** The embedded database's bootstrap role: a superuser that owns the schema and runs the migrations. */
export const EMBEDDED_OWNER = 'xiezuo';

export type EmbeddedDatabase = {
  /** The owner's URL (migrations, operations tools). */
  url: string;
  port: number;
  /** Emits 'down' and 'up' as the supervised PostgreSQL exits and is restarted. */
  postmaster: Postmaster;
  stop: () => Promise<void>;
};

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

function readOrCreateSecret(file: string): string {
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  const secret = crypto.randomBytes(24).toString('base64url');
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

const urlOf = (user: string, password: string, port: number, database: string) =>
  `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;

async function ensureDatabase(url: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => {}); // a failure surfaces through the query below
  await client.connect();
  try {
    const exists = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`create database "${database}"`);
  } finally {
    await client.end();
  }
}

/**
 * Starts a real PostgreSQL from the npm registry's binaries with its data under `dataDir/pg`, after locking the data
 * directory so a second process refuses instead of corrupting it. Started as root, PostgreSQL runs as the system
 * account `postgres`, which is given the way to its data; a postmaster an earlier, killed server left running is
 * stopped first. PostgreSQL is supervised: restarted when it exits unexpectedly. Its log is `dataDir/postgresql.log`.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  opts: { port?: number; log?: (m: string) => void; database?: string } = {},
): Promise<EmbeddedDatabase> {
  const release = lockDataDir(dataDir);
  let postmaster: Postmaster | undefined;
  try {
    const log = opts.log ?? (() => {});
    const pgDir = pgDirOf(dataDir);
    const binaries = await pgBinaries();
    const user = serverUser(log);
    if (user) makeReachable(user, dataDir, binaries.root, log);
    const password = readOrCreateSecret(path.join(dataDir, '.pg-password'));
    const port = opts.port || (await freePort());
    const database = opts.database ?? 'xiezuo';
    if (!fs.existsSync(path.join(pgDir, 'PG_VERSION')))
      await initCluster(binaries, pgDir, EMBEDDED_OWNER, password, user);
    else await clearLeftover(pgDir, log);
    postmaster = new Postmaster({ binaries, pgDir, port, logFile: path.join(dataDir, 'postgresql.log'), user, log });
    await postmaster.start();
    await ensureDatabase(urlOf(EMBEDDED_OWNER, password, port, 'postgres'), database);
    fs.writeFileSync(path.join(dataDir, '.pg-port'), String(port), { mode: 0o600 });
    const running = postmaster;
    return {
      url: urlOf(EMBEDDED_OWNER, password, port, database),
      port,
      postmaster: running,
      stop: async () => {
        await running.stop();
        release();
      },
    };
  } catch (err) {
    await postmaster?.stop();
    release();
    throw err;
  }
}

/** The URL of an embedded PostgreSQL another live process is running on this data directory, if any. */
export function runningEmbeddedUrl(dataDir: string, database = 'xiezuo'): string | undefined {
  const portFile = path.join(dataDir, '.pg-port');
  const pidFile = path.join(dataDir, 'pg', 'postmaster.pid');
  if (!fs.existsSync(portFile) || !fs.existsSync(pidFile)) return undefined;
  const password = fs.readFileSync(path.join(dataDir, '.pg-password'), 'utf8').trim();
  const port = Number(fs.readFileSync(portFile, 'utf8').trim());
  return urlOf(EMBEDDED_OWNER, password, port, database);
}
