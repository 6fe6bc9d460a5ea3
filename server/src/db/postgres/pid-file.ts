import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { StartupError } from '../../startup-error';

/** What PostgreSQL's own lock file, `postmaster.pid`, says: its pid, data directory, port and status. */
export type PidFile = { pid: number; dataDir: string; port: number; status: string };

export function readPidFile(pgDir: string): PidFile | undefined {
  let text: string;
  try {
    text = fs.readFileSync(path.join(pgDir, 'postmaster.pid'), 'utf8');
  } catch {
    return undefined;
  }
  const lines = text.split('\n');
  const pid = Number.parseInt(lines[0] ?? '', 10);
  if (!Number.isFinite(pid) || pid <= 0) return undefined;
  return { pid, dataDir: lines[1] ?? '', port: Number.parseInt(lines[3] ?? '', 10), status: (lines[7] ?? '').trim() };
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const realpath = (p: string) => {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
};

/**
 * Whether `pid` is a PostgreSQL serving `pgDir`: its program is called postgres and its lock file names this data
 * directory. Where /proc is missing (not Linux), a live pid named in this directory's lock file is taken as one.
 */
function isPostmasterOf(pid: number, pgDir: string, lockDir: string): boolean {
  if (realpath(lockDir) !== realpath(pgDir)) return false;
  try {
    const exe = fs.readlinkSync(`/proc/${pid}/exe`).replace(/ \(deleted\)$/, '');
    return path.basename(exe) === 'postgres';
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code !== 'ENOENT' && code !== 'EACCES' && !fs.existsSync('/proc/self');
  }
}

async function waitGone(pid: number, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (isAlive(pid)) {
    if (Date.now() > end) return false;
    await sleep(100);
  }
  return true;
}

/**
 * Before starting PostgreSQL on `pgDir`: a postmaster an earlier server left running on it (the server was killed,
 * its PostgreSQL kept going) is stopped cleanly (fast shutdown: open transactions roll back, nothing committed is
 * lost); a lock file whose pid now belongs to some other program is removed. Called only while holding the data
 * directory's own lock, so that postmaster belongs to no live Xiezuo process.
 */
export async function clearLeftover(pgDir: string, log: (m: string) => void): Promise<void> {
  const found = readPidFile(pgDir);
  if (!found || !isAlive(found.pid)) return; // PostgreSQL removes a stale lock file of a dead pid itself
  if (!isPostmasterOf(found.pid, pgDir, found.dataDir)) {
    fs.rmSync(path.join(pgDir, 'postmaster.pid'), { force: true });
    log(`[db] removed a stale postmaster.pid (pid ${found.pid} is now another program)`);
    return;
  }
  log(
    `[db] PostgreSQL (pid ${found.pid}) left running by an earlier server on this data directory: stopping it cleanly`,
  );
  process.kill(found.pid, 'SIGINT');
  if (await waitGone(found.pid, 60_000)) return;
  process.kill(found.pid, 'SIGQUIT');
  if (await waitGone(found.pid, 10_000)) return;
  throw new StartupError(
    `PostgreSQL (pid ${found.pid}) left running on ${pgDir} by an earlier server does not stop; end it with 'kill ${found.pid}' and start again (上次遗留的 PostgreSQL 进程 ${found.pid} 无法停止，请手动结束后重新启动).`,
  );
}
