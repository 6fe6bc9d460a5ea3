import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { StartupError } from '../../startup-error';
import type { PgBinaries } from './binaries';
import type { ServerUser } from './server-user';

/**
 * Creates the database cluster in `pgDir` (initdb) with `superuser` as its bootstrap role, as `user` when this process
 * is root. The password goes through a file only that user can read, removed afterwards.
 */
export async function initCluster(
  binaries: PgBinaries,
  pgDir: string,
  superuser: string,
  password: string,
  user: ServerUser | null,
): Promise<void> {
  fs.mkdirSync(pgDir, { recursive: true, mode: 0o700 });
  if (user) fs.chownSync(pgDir, user.uid, user.gid);
  const pwfile = path.join(path.dirname(pgDir), `.initdb-${crypto.randomBytes(6).toString('hex')}`);
  fs.writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
  if (user) fs.chownSync(pwfile, user.uid, user.gid);
  let output = '';
  try {
    const code = await new Promise<number | string>((resolve) => {
      const child = spawn(
        binaries.initdb,
        [
          `--pgdata=${pgDir}`,
          '--auth=scram-sha-256',
          `--username=${superuser}`,
          `--pwfile=${pwfile}`,
          '--encoding=UTF8',
          '--no-locale',
        ],
        {
          cwd: '/',
          stdio: ['ignore', 'pipe', 'pipe'],
          env: { ...process.env, LC_MESSAGES: 'C' },
          ...(user ? { uid: user.uid, gid: user.gid } : {}),
        },
      );
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      child.once('error', (err) => resolve(err.message));
      child.once('close', (c) => resolve(c ?? 'killed'));
    });
    if (code !== 0) {
      const tail = output.trim().split('\n').slice(-10).join('\n');
      // a half-made cluster would make the next start skip initdb: take it away
      fs.rmSync(pgDir, { recursive: true, force: true });
      throw new StartupError(
        `PostgreSQL could not create its database in ${pgDir} (initdb: ${typeof code === 'number' ? `exit code ${code}` : code})${user ? `, running as '${user.name}'` : ''}; fix what its output above names (often: that account cannot reach or write the directory; set DATA_DIR to a directory it can), then start again (无法创建数据库，请按上方输出处理后重新启动).`,
        tail ? `--- initdb output ---\n${tail}\n---` : undefined,
      );
    }
  } finally {
    fs.rmSync(pwfile, { force: true });
  }
}
