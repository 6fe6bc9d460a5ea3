import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded';
import { isAlive, readPidFile } from './postgres/pid-file';
import { StartupError } from '../startup-error';

const root = path.resolve(import.meta.dirname, '../../..');
const dirs: string[] = [];
const children: ChildProcess[] = [];
const tmp = (prefix: string) => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  dirs.push(d);
  return d;
};

afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const d of dirs) {
    const left = readPidFile(path.join(d, 'pg')) ?? readPidFile(path.join(d, 'data', 'pg'));
    if (left && isAlive(left.pid)) process.kill(left.pid, 'SIGINT');
  }
  await new Promise((r) => setTimeout(r, 1000));
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

async function until(cond: () => boolean, ms: number, what: string) {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function selectOne(url: string): Promise<number> {
  const c = new pg.Client({ connectionString: url });
  c.on('error', () => {});
  await c.connect();
  try {
    return (await c.query<{ n: number }>('select 1 as n')).rows[0]!.n;
  } finally {
    await c.end();
  }
}

/** Runs the server (`npm start` without the web build) on a data directory; resolves with its output when it is up or exits. */
function startServer(dataDir: string, env: Record<string, string> = {}) {
  const vars: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: '0',
    LOG_LEVEL: 'warn',
    DEMO_PASSWORD: 'Emb-Test-2026',
    ...env,
  };
  delete vars.DATABASE_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: root,
    env: vars,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

describe('the embedded PostgreSQL', () => {
  it('is restarted when it dies, and answers again without anyone acting', async () => {
    const dataDir = tmp('xz-sup-');
    const logs: string[] = [];
    const db: EmbeddedDatabase = await startEmbeddedPostgres(dataDir, { log: (m) => logs.push(m) });
    try {
      const events: string[] = [];
      db.postmaster.on('down', () => events.push('down'));
      db.postmaster.on('up', () => events.push('up'));
      const first = db.postmaster.pid!;
      process.kill(first, 'SIGKILL');
      await until(() => events.includes('up'), 90_000, 'PostgreSQL to be restarted');
      expect(events.slice(0, 2)).toEqual(['down', 'up']);
      expect(db.postmaster.pid).not.toBe(first);
      expect(await selectOne(db.url)).toBe(1);
      expect(logs.join('\n')).toMatch(/PostgreSQL exited unexpectedly \(signal SIGKILL\); restarting it in/);
      expect(logs.join('\n')).toMatch(/PostgreSQL restarted \(pid \d+/);
    } finally {
      await db.stop();
    }
  }, 120_000);

  it('stops a PostgreSQL that a killed server left running on its data directory, and starts', async () => {
    const dataDir = tmp('xz-orphan-');
    const holder = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '--input-type=module',
        '-e',
        `const { startEmbeddedPostgres } = await import('./server/src/db/embedded.ts');
         const db = await startEmbeddedPostgres(${JSON.stringify(dataDir)});
         console.log('pid ' + db.postmaster.pid); setInterval(() => {}, 1000);`,
      ],
      { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    children.push(holder);
    let out = '';
    holder.stdout!.on('data', (d) => (out += d));
    await until(() => /pid \d+/.test(out), 90_000, 'the first server to start PostgreSQL');
    const orphan = Number(/pid (\d+)/.exec(out)![1]);
    holder.kill('SIGKILL'); // as kill -9 of the server: its PostgreSQL keeps running
    await new Promise((r) => holder.once('exit', r));
    expect(isAlive(orphan)).toBe(true);

    const logs: string[] = [];
    const db = await startEmbeddedPostgres(dataDir, { log: (m) => logs.push(m) });
    try {
      expect(isAlive(orphan)).toBe(false);
      expect(logs.join('\n')).toMatch(new RegExp(`PostgreSQL \\(pid ${orphan}\\) left running .* stopping it cleanly`));
      expect(await selectOne(db.url)).toBe(1);
    } finally {
      await db.stop();
    }
  }, 180_000);

  it('that cannot start says why with the last lines of its log and one sentence on what to do, never a stack trace', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const dataDir = tmp('xz-port-');
      const failed = await startEmbeddedPostgres(dataDir, { port }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(failed).toBeInstanceOf(StartupError);
      expect((failed as StartupError).detail).toMatch(/could not bind|Address already in use/);
      expect((failed as StartupError).message).toMatch(new RegExp(`Port ${port} is taken by another program`));

      const server = startServer(dataDir, { EMBEDDED_PG_PORT: String(port) });
      expect(await server.exited).toBe(1);
      expect(server.output()).toMatch(/--- last lines of .*postgresql\.log ---/);
      expect(server.output()).toMatch(/Port \d+ is taken by another program: leave EMBEDDED_PG_PORT unset/);
      expect(server.output()).not.toMatch(/\n\s+at /); // no stack trace
      expect(fs.existsSync(path.join(dataDir, 'xiezuo.lock'))).toBe(false);
    } finally {
      blocker.close();
    }
  }, 180_000);

  it.skipIf(process.getuid?.() !== 0)(
    'starts as root from a data directory inside a mode-700 directory (such as a clone under /root)',
    async () => {
      const home = tmp('xz-home-'); // mkdtemp makes it 0700, as /root is
      expect(fs.statSync(home).mode & 0o777).toBe(0o700);
      const server = startServer(path.join(home, 'data'));
      await until(
        () => /is up on http:\/\/localhost:\d+/.test(server.output()) || server.child.exitCode !== null,
        // a first start initialises PostgreSQL and seeds every demo module: minutes on a busy 2-core machine
        300_000,
        'the server',
      );
      expect(server.output()).toMatch(/is up on/);
      // the only change: others may pass through the 700 directory (not list it); the data stays its owner's and postgres'
      expect(fs.statSync(home).mode & 0o777).toBe(0o701);
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
    },
    400_000,
  );

  it.skipIf(process.getuid?.() !== 0)(
    'started as root where PostgreSQL cannot be given a way to its data, stops with one sentence naming the cause and the fix',
    async (ctx) => {
      const home = tmp('xz-locked-'); // 0700, and made immutable: not even root may change its mode
      fs.mkdirSync(path.join(home, 'data'));
      const locked = spawnSync('chattr', ['+i', home], { encoding: 'utf8' });
      if (locked.status !== 0) ctx.skip(); // no chattr, or a file system or container that refuses it
      try {
        const server = startServer(path.join(home, 'data'));
        expect(await server.exited).toBe(1);
        const out = server.output();
        expect(out).toMatch(
          new RegExp(
            `PostgreSQL runs as the account 'postgres', which cannot reach ${home} .*; set DATA_DIR to a directory postgres can reach`,
          ),
        );
        expect(out).not.toMatch(/\n\s+at /); // no stack trace
        expect(out.trim().split('\n')).toHaveLength(1);
        expect(fs.statSync(home).mode & 0o777).toBe(0o700);
      } finally {
        spawnSync('chattr', ['-i', home]);
      }
    },
    180_000,
  );
});
