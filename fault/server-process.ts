import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { readPidFile } from '../server/src/db/postgres/pid-file';

const root = path.resolve(import.meta.dirname, '..');

/** Waits for `cond` every `every` ms, at most `ms`; the elapsed time when it held. */
export async function until(cond: () => boolean | Promise<boolean>, ms: number, what: string, every = 100) {
  const t0 = Date.now();
  for (;;) {
    if (await cond()) return Date.now() - t0;
    if (Date.now() - t0 > ms) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, every));
  }
}

/** The real server (`npm start` without the web build) on a data directory, its output kept. */
export class ServerProcess {
  child!: ChildProcess;
  out = '';
  port = 0;
  private exit!: Promise<number | null>;

  constructor(
    readonly dataDir: string,
    private readonly env: Record<string, string>,
  ) {}

  /** Starts it and waits until it says it is up (bounded). */
  async start(): Promise<void> {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATA_DIR: this.dataDir,
      PORT: '0',
      LOG_LEVEL: 'warn',
      ...this.env,
    };
    delete env.DATABASE_URL;
    const from = this.out.length;
    this.child = spawn(process.execPath, ['--heap-growing-percent=100', '--import', 'tsx', 'server/src/main.ts'], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout!.on('data', (d) => (this.out += d));
    this.child.stderr!.on('data', (d) => (this.out += d));
    this.exit = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
    await until(
      () => /is up on http:\/\/localhost:(\d+)/.test(this.out.slice(from)) || this.child.exitCode !== null,
      180_000,
      'the server to start',
    );
    const m = /is up on http:\/\/localhost:(\d+)/.exec(this.out.slice(from));
    if (!m) throw new Error(`the server did not start:\n${this.out.slice(from)}`);
    this.port = Number(m[1]);
  }

  get url() {
    return `http://127.0.0.1:${this.port}`;
  }

  get alive() {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** The embedded PostgreSQL's postmaster, from its lock file. */
  postmasterPid(): number {
    const pid = readPidFile(path.join(this.dataDir, 'pg'));
    if (!pid) throw new Error('no postmaster.pid');
    return pid.pid;
  }

  kill(signal: NodeJS.Signals) {
    this.child.kill(signal);
    return this.exit;
  }

  async stop(): Promise<number | null> {
    if (!this.alive) return this.child.exitCode;
    return this.kill('SIGTERM');
  }
}
