/**
 * A start-up failure the operator can act on: `message` names the cause and the fix in one sentence (English, then
 * Chinese); `detail` holds what helps to see it (the last lines of PostgreSQL's log), printed above it. main prints
 * these without a stack trace.
 */
export class StartupError extends Error {
  constructor(
    message: string,
    readonly detail?: string,
  ) {
    super(message);
    this.name = 'StartupError';
  }
}

/** What a failed start prints: the detail (if any), then the sentence; never a stack trace unless asked for. */
export function describeStartupFailure(err: unknown, withStack: boolean): string {
  if (err instanceof StartupError) return [err.detail, err.message].filter(Boolean).join('\n');
  const message = err instanceof Error ? err.message : String(err);
  const code = (err as { code?: string } | undefined)?.code;
  const hint = knownHint(code, message);
  const stack = withStack && err instanceof Error && err.stack ? `\n${err.stack}` : '';
  return `${hint ?? `Xiezuo could not start: ${message}. Run with LOG_LEVEL=debug to see where it failed (协作无法启动，可设置 LOG_LEVEL=debug 查看详情).`}${stack}`;
}

function knownHint(code: string | undefined, message: string): string | undefined {
  if (code === 'EADDRINUSE')
    return `Xiezuo could not listen: ${message}; another program uses that port, so stop it or set PORT to a free port (端口已被占用，请停止占用程序或设置 PORT 为空闲端口).`;
  if (code === 'EACCES' && /listen/.test(message))
    return `Xiezuo may not listen on that port (${message}); ports below 1024 need root, so set PORT to 1024 or above (端口无权限，请设置 PORT ≥ 1024).`;
  if (code === 'EACCES' || code === 'EROFS' || code === 'EPERM')
    return `Xiezuo may not write where it needs to (${message}); set DATA_DIR to a directory this user can write (数据目录不可写，请设置 DATA_DIR 为可写目录).`;
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === '28P01' || code === '3D000')
    return `Xiezuo could not connect to the database (${message}); check DATABASE_URL, that the server runs and accepts this user and password (无法连接数据库，请检查 DATABASE_URL).`;
  return undefined;
}
