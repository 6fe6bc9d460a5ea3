import { spawn, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { StartupError } from '../../startup-error';
import type { PgBinaries } from './binaries';
import { adviceFor, openLog, tailOf } from './log-file';
import { readPidFile } from './pid-file';
import type { ServerUser } from './server-user';

export type PostmasterOptions = {
  binaries: PgBinaries;
  pgDir: string;
  port: number;
  /** PostgreSQL's stderr goes here, so a postmaster that outlives this process still logs. */
  logFile: string;
  /** The account PostgreSQL runs as when this process is root. */
  user: ServerUser | null;
  log: (m: string) => void;
};

/** Waits between restarts after PostgreSQL exits unexpectedly; the last one repeats. */
const BACKOFF_MS = [500, 1_000, 2_000, 5_000, 10_000, 30_000];
/** A postmaster that ran this long before exiting restarts from the first back-off again. */
const STABLE_MS = 60_000;
/** Crash recovery after a kill replays the write-ahead log; a large import's may take a while. */
const READY_WITHIN_MS = 180_000;

/**
 * One PostgreSQL server process, supervised: when it exits without being asked to, it is restarted with a growing
 * back-off (logged), and 'down' / 'up' are emitted so the server can answer 503 meanwhile. Runs in its own process
 * group, so Ctrl-C reaches this process, which stops the database after the app; if this process ends any other way
 * the database is asked to stop too.
 */
export class Postmaster extends EventEmitter<{ down: [reason: string]; up: [] }> {
  private child: ChildProcess | null = null;
  private stopping = false;
  private failures = 0;
  private startedAt = 0;
  private restartTimer: NodeJS.Timeout | null = null;
  private readonly onProcessExit = () => {
    if (this.child?.pid && this.child.exitCode === null) process.kill(this.child.pid, 'SIGINT');
  };

  constructor(private readonly o: PostmasterOptions) {
    super();
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Starts PostgreSQL and waits until it accepts connections; a failure names the cause with the log's last lines. */
  async start(): Promise<void> {
    process.on('exit', this.onProcessExit);
    await this.spawnAndWait();
  }

  private async spawnAndWait(): Promise<void> {
    const { binaries, pgDir, port, user } = this.o;
    const fd = openLog(this.o.logFile);
    const child = spawn(
      binaries.postgres,
      ['-D', pgDir, '-p', String(port), ...['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=']],
      {
        cwd: '/',
        detached: true,
        stdio: ['ignore', fd, fd],
        env: { ...process.env, LC_MESSAGES: 'C' },
        ...(user ? { uid: user.uid, gid: user.gid } : {}),
      },
    );
    fs.closeSync(fd);
    this.child = child;
    this.startedAt = Date.now();
    let exited: string | null = null;
    child.once('error', (err) => (exited = err.message));
    child.once('exit', (code, signal) => {
      exited ??= signal ? `signal ${signal}` : `exit code ${code}`;
      if (this.child === child) this.onExit(exited);
    });
    const end = Date.now() + READY_WITHIN_MS;
    for (;;) {
      if (exited !== null) throw this.failure(`PostgreSQL exited while starting (${exited})`);
      const pid = readPidFile(pgDir);
      if (pid && pid.pid === child.pid && pid.status === 'ready') return;
      if (Date.now() > end) {
        child.kill('SIGQUIT');
        throw this.failure(`PostgreSQL was not ready within ${READY_WITHIN_MS / 1000} s`);
      }
      await sleep(100);
    }
  }

  private failure(what: string): StartupError {
    const tail = tailOf(this.o.logFile);
    const advice = adviceFor(tail, this.o);
    const detail = tail ? `--- last lines of ${this.o.logFile} ---\n${tail}\n---` : undefined;
    return new StartupError(`${what}. ${advice}`, detail);
  }

  private onExit(why: string): void {
    this.child = null;
    if (this.stopping) return;
    this.failures = Date.now() - this.startedAt > STABLE_MS ? 0 : this.failures + 1;
    this.emit('down', `PostgreSQL exited (${why})`);
    this.scheduleRestart(`exited unexpectedly (${why})`);
  }

  private scheduleRestart(why: string): void {
    const wait = BACKOFF_MS[Math.min(this.failures, BACKOFF_MS.length - 1)]!;
    this.o.log(`[db] PostgreSQL ${why}; restarting it in ${wait / 1000} s`);
    this.restartTimer = setTimeout(() => void this.restart(), wait);
  }

  private async restart(): Promise<void> {
    this.restartTimer = null;
    if (this.stopping) return;
    const t0 = Date.now();
    try {
      await this.spawnAndWait();
      this.o.log(`[db] PostgreSQL restarted (pid ${this.child?.pid}, ready in ${Date.now() - t0} ms)`);
      this.emit('up');
    } catch (err) {
      if (this.stopping) return;
      this.failures++;
      const last = tailOf(this.o.logFile, 1);
      this.scheduleRestart(`did not restart (${(err as Error).message.split('. ')[0]}${last ? `; log: ${last}` : ''})`);
    }
  }

  /** Stops PostgreSQL: a fast shutdown (open transactions roll back), then harder if it does not end in time. */
  async stop(): Promise<void> {
    this.stopping = true;
    process.off('exit', this.onProcessExit);
    if (this.restartTimer) clearTimeout(this.restartTimer);
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    for (const [signal, ms] of [
      ['SIGINT', 30_000],
      ['SIGQUIT', 10_000],
      ['SIGKILL', 5_000],
    ] as const) {
      child.kill(signal);
      const waited = new AbortController();
      const ended = await Promise.race([
        gone.then(() => true),
        sleep(ms, false, { signal: waited.signal }).catch(() => false),
      ]);
      waited.abort(); // a pending timer would keep the process alive after the database stopped
      if (ended) return;
    }
  }
}

/** The data directory's path as PostgreSQL is given it. */
export const pgDirOf = (dataDir: string) => path.join(path.resolve(dataDir), 'pg');
