import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

export type RunningServer = { baseUrl: string; stop: () => Promise<void> };

type Options = {
  /** The demo users' password (DEMO_PASSWORD). */
  password: string;
  /** Names the temporary data directory, e.g. 'xiezuo-e2e-'. */
  tmpPrefix: string;
  /** How long start-up (embedded PostgreSQL, migrations, demo data) may take on a loaded machine. */
  timeoutMs: number;
  /** More settings for the server (e.g. the SMS and WeCom vendors' addresses). */
  env?: NodeJS.ProcessEnv;
};

/**
 * Starts the real server (`server/src/main.ts`) on a fresh data directory — embedded PostgreSQL, demo data — on a free
 * port of 127.0.0.1, and resolves once it says it is up. `stop` ends it and removes the directory; a server that fails
 * to start is stopped and its directory removed before the error is thrown. Used by the browser journeys and benches.
 */
export async function spawnServer(opts: Options): Promise<RunningServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), opts.tmpPrefix));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    DEMO_PASSWORD: opts.password,
    LOG_LEVEL: 'warn',
    LOGIN_RATE_PER_MINUTE: '1000',
    ...opts.env,
  };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  try {
    const port = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), opts.timeoutMs);
      const check = setInterval(() => {
        const m = /is up on http:\/\/localhost:(\d+)/.exec(out);
        if (m) {
          clearTimeout(timer);
          clearInterval(check);
          resolve(m[1]!);
        }
      }, 100);
      child.once('exit', (code) => {
        clearTimeout(timer);
        clearInterval(check);
        reject(new Error(`server exited with ${code}:\n${out}`));
      });
    });
    return { baseUrl: `http://127.0.0.1:${port}`, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
