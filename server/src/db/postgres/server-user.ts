import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { StartupError } from '../../startup-error';

/** The unprivileged account PostgreSQL runs as when Xiezuo is started by root (PostgreSQL refuses to run as root). */
export type ServerUser = { name: string; uid: number; gid: number };

const NAME = 'postgres';

function idOf(flag: '-u' | '-g', name: string): number | undefined {
  const r = spawnSync('id', [flag, name], { encoding: 'utf8' });
  const n = Number.parseInt(r.stdout ?? '', 10);
  return r.status === 0 && Number.isFinite(n) ? n : undefined;
}

function run(cmd: string, args: string[]): string | undefined {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.error) return r.error.message;
  return r.status === 0 ? undefined : (r.stderr || r.stdout || `exit code ${r.status}`).trim();
}

/**
 * Null unless this process is root. As root: the system account `postgres`, created (without a login shell or a
 * home) when the machine has none.
 */
export function serverUser(log: (m: string) => void): ServerUser | null {
  if (process.getuid?.() !== 0) return null;
  let uid = idOf('-u', NAME);
  if (uid === undefined) {
    const failed =
      (idOf('-g', NAME) === undefined ? run('groupadd', ['--system', NAME]) : undefined) ??
      run('useradd', ['--system', '--gid', NAME, '--no-create-home', '--shell', '/usr/sbin/nologin', NAME]);
    if (failed)
      throw new StartupError(
        `Started as root, Xiezuo must run PostgreSQL as the account '${NAME}', which does not exist and could not be created (${failed}); create it with 'useradd --system ${NAME}' or start Xiezuo as an ordinary user (以 root 启动时须以 ${NAME} 账户运行 PostgreSQL，该账户不存在且无法创建，请手动创建或以普通用户启动).`,
      );
    uid = idOf('-u', NAME);
    log(`[db] created the system account '${NAME}' to run PostgreSQL (it cannot run as root)`);
  }
  const gid = idOf('-g', NAME);
  if (uid === undefined || gid === undefined)
    throw new StartupError(`Could not read the ids of the account '${NAME}'; check it with 'id ${NAME}'.`);
  return { name: NAME, uid, gid };
}

/** Whether `user` (its primary group only: the process it runs has no others) may pass through a directory. */
function canSearch(st: fs.Stats, user: ServerUser): boolean {
  if (st.uid === user.uid) return (st.mode & 0o100) !== 0;
  if (st.gid === user.gid) return (st.mode & 0o010) !== 0;
  return (st.mode & 0o001) !== 0;
}

/** Every directory from / down to `dir`. */
function ancestry(dir: string): string[] {
  const out: string[] = [];
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    out.unshift(d);
    if (d === path.dirname(d)) return out;
  }
}

/**
 * Lets `user` reach `dataDir` and the PostgreSQL programs under `binRoot`, changing as little as possible and saying
 * what it changed: the data directory (ours) is given to the user's group with search permission only (g+x, nobody
 * else gains anything); a directory above either that the user cannot pass through (such as /root, mode 700) gets
 * search permission for others (o+x: pass through by name, not list).
 */
export function makeReachable(user: ServerUser, dataDir: string, binRoot: string, log: (m: string) => void): void {
  const own = path.resolve(dataDir);
  const dirs = [...new Set([...ancestry(own), ...ancestry(binRoot)])];
  for (const dir of dirs) {
    const st = fs.statSync(dir);
    if (canSearch(st, user)) continue;
    const mode = st.mode & 0o7777;
    try {
      if (dir === own) {
        fs.chownSync(dir, st.uid, user.gid);
        fs.chmodSync(dir, mode | 0o010);
        log(
          `[db] ${dir}: group ${user.name}, mode ${oct(mode | 0o010)} (was ${oct(mode)}), so PostgreSQL can reach its data`,
        );
      } else {
        fs.chmodSync(dir, mode | 0o001);
        log(
          `[db] ${dir}: mode ${oct(mode | 0o001)} (was ${oct(mode)}): PostgreSQL, run as ${user.name}, must pass through it; others may pass through by name but not list it`,
        );
      }
    } catch (err) {
      throw new StartupError(
        `PostgreSQL runs as the account '${user.name}', which cannot reach ${dir} and its mode could not be changed (${(err as Error).message}); set DATA_DIR to a directory ${user.name} can reach, such as /var/lib/xiezuo, or start Xiezuo as an ordinary user (PostgreSQL 运行账户无法访问该目录，请将 DATA_DIR 设为其可访问的目录).`,
      );
    }
  }
}

const oct = (mode: number) => `0${mode.toString(8)}`;
