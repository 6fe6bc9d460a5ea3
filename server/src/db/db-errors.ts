/**
 * Which errors mean "the database cannot answer now" (stopped, restarting, frozen, unreachable) rather than "this
 * request is wrong": those become 503 DATABASE_UNAVAILABLE, never 500, and make the server check the database again.
 */

// node-postgres and pg-pool phrase these without a SQLSTATE
const MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Query read timeout',
  'is not queryable',
  'Cannot use a pool after calling end',
  'Connection closed',
];
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH']);
// SQLSTATE: admin_shutdown, crash_shutdown, cannot_connect_now (starting up, in recovery), too_many_connections
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '53300']);
/** A statement cut off by statement_timeout: the database answers, but not in time. */
export const STATEMENT_TIMEOUT = '57014';

/** `unreachable`: no answer at all (stopped, restarting, frozen); `timeout`: it answered that the statement took too long. */
type Failure = { kind: 'unreachable' | 'timeout'; message: string };

/** The database failure behind an error (walking the `cause` chain drizzle wraps driver errors in), if it is one. */
export function databaseFailure(err: unknown): Failure | undefined {
  for (let e = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') {
      if (code === STATEMENT_TIMEOUT) return { kind: 'timeout', message: e.message };
      if (UNAVAILABLE_STATES.has(code) || code.startsWith('08') || SOCKET_CODES.has(code))
        return { kind: 'unreachable', message: e.message };
    }
    if (MESSAGES.some((m) => e.message.includes(m))) return { kind: 'unreachable', message: e.message };
  }
  return undefined;
}

/** Whether an error means the database is unavailable (or did not answer in time). */
export const isDatabaseUnavailable = (err: unknown): boolean => databaseFailure(err) !== undefined;
