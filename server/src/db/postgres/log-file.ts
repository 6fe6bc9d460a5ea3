import fs from 'node:fs';

const ROTATE_AT = 10 * 1024 * 1024;

/** Opens PostgreSQL's log for appending (its stderr); past 10 MB the old log is kept once as `<file>.1`. */
export function openLog(file: string): number {
  try {
    if (fs.statSync(file).size > ROTATE_AT) fs.renameSync(file, `${file}.1`);
  } catch {
    /* no log yet */
  }
  return fs.openSync(file, 'a', 0o600);
}

/** The last `lines` lines of a log, for a message saying why PostgreSQL did not start. */
export function tailOf(file: string, lines = 15): string {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const size = fs.fstatSync(fd).size;
    const length = Math.min(size, 16 * 1024);
    const buf = Buffer.alloc(length);
    fs.readSync(fd, buf, 0, length, size - length);
    return buf.toString('utf8').split('\n').filter(Boolean).slice(-lines).join('\n');
  } catch {
    return '';
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** One sentence on what to do, from what PostgreSQL's log says. */
export function adviceFor(tail: string, ctx: { port: number; pgDir: string }): string {
  if (/could not bind|Address already in use/i.test(tail))
    return `Port ${ctx.port} is taken by another program: leave EMBEDDED_PG_PORT unset (a free port is picked) or set it to a free port (端口被占用，请不设置 EMBEDDED_PG_PORT 或改为空闲端口).`;
  if (/No space left on device/i.test(tail))
    return `The disk holding ${ctx.pgDir} is full: free some space and start again (磁盘已满，请清理后重新启动).`;
  if (/Permission denied|wrong ownership|invalid permissions/i.test(tail))
    return `PostgreSQL may not use ${ctx.pgDir}: it must belong to the user PostgreSQL runs as, with mode 0700 (chown -R it to that user, chmod 700) (数据目录权限不正确，请修正属主并设为 0700).`;
  if (/incompatible with this server|database files are incompatible/i.test(tail))
    return `The database in ${ctx.pgDir} was made by another PostgreSQL version: restore a backup made with this version, or start the version that made it (数据库文件版本不兼容，请用对应版本或从备份恢复).`;
  if (/shared memory/i.test(tail))
    return `A PostgreSQL process of an earlier run still holds its memory: wait a few seconds and start again, or stop the leftover 'postgres' processes (上次运行的 PostgreSQL 进程仍未退出，请稍候重试).`;
  return `PostgreSQL did not start (its log, above, says why); fix what it names, or restore ${ctx.pgDir} from a backup if it was damaged (PostgreSQL 未能启动，请按上方日志处理，或从备份恢复).`;
}
