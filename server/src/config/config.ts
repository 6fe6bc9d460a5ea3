import path from 'node:path';
import { z } from 'zod';
import { StartupError } from '../startup-error';
import { messagingConfig, messagingEnv, type MessagingConfig } from './messaging.config';

const bool = z.enum(['on', 'off', 'true', 'false', '1', '0']).transform((v) => v === 'on' || v === 'true' || v === '1');
const int = (def: number, min = 0, max = Number.MAX_SAFE_INTEGER) =>
  z.coerce.number().int().min(min).max(max).default(def);

/** Every environment variable Xiezuo reads. Nothing else reads process.env. */
const schema = messagingEnv.extend({
  PORT: int(3000, 0, 65535),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().url().optional(),
  DATABASE_APP_URL: z.string().url().optional(),
  DB_CONNECT_TIMEOUT_SECONDS: int(5, 1, 300),
  DB_STATEMENT_TIMEOUT_SECONDS: int(30, 1, 3600),
  EMBEDDED_PG_PORT: int(0, 0, 65535),
  XIEZUO_DEMO: bool.default(true),
  DEMO_PASSWORD: z.string().min(1).optional(),
  SESSION_IDLE_MINUTES: int(30, 1, 24 * 60),
  SESSION_ABSOLUTE_HOURS: int(12, 1, 24 * 30),
  LOCKOUT_THRESHOLD: int(5, 1, 100),
  LOCKOUT_MINUTES: int(30, 1, 24 * 60),
  LOGIN_RATE_PER_MINUTE: int(30, 1, 100000),
  PERSON_LOOKUPS_PER_MINUTE: int(30, 1, 100000),
  PASSWORD_MIN_LENGTH: int(10, 6, 128),
  PASSWORD_MIN_CLASSES: int(3, 1, 4),
  PASSWORD_HISTORY: int(5, 0, 24),
  COOKIE_SECURE: bool.default(false),
  TRUST_PROXY: bool.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST: z.string().optional(),
  DORMANT_MONTHS: int(6, 1, 60),
  AUDIT_ANCHOR_MINUTES: int(5, 1, 24 * 60),
  AUDIT_ANCHOR_LOG: bool.default(false),
  XIEZUO_DATA_KEY: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, '64 hex characters')
    .optional(),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** The application role's URL on an external database, when the operator made that role (README). */
  databaseAppUrl: string | undefined;
  /** How long a request waits for a database connection, and for one statement. */
  dbTimeouts: { connectMs: number; statementMs: number };
  embeddedPgPort: number;
  demo: boolean;
  demoPassword: string | undefined;
  session: { idleMs: number; absoluteMs: number };
  lockout: { threshold: number; minutes: number; ratePerMinute: number };
  passwordPolicy: { minLength: number; minClasses: number; historySize: number };
  /** ID-number lookups one user may make per minute (then 429). */
  personLookupsPerMinute: number;
  cookieSecure: boolean;
  trustProxy: boolean;
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
  webDist: string;
  dormantMonths: number;
  /** How often the audit chain's head is appended to the anchor file (and, with `log`, to the server's log). */
  auditAnchor: { minutes: number; log: boolean };
  dataKeyHex: string | undefined;
  version: string;
  messaging: MessagingConfig;
};

export const APP_VERSION = '0.1.0';

/** Parses the environment; throws with every problem listed when a value is bad. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new StartupError(
      `Invalid configuration (环境变量配置错误):\n${lines.join('\n')}\nFix these environment variables (the README's configuration table lists them) and start again (请修正上述环境变量后重新启动).`,
    );
  }
  const e = parsed.data;
  const root = path.resolve(import.meta.dirname, '../../..');
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    databaseAppUrl: e.DATABASE_APP_URL,
    dbTimeouts: { connectMs: e.DB_CONNECT_TIMEOUT_SECONDS * 1000, statementMs: e.DB_STATEMENT_TIMEOUT_SECONDS * 1000 },
    embeddedPgPort: e.EMBEDDED_PG_PORT,
    demo: e.XIEZUO_DEMO,
    demoPassword: e.DEMO_PASSWORD,
    session: { idleMs: e.SESSION_IDLE_MINUTES * 60_000, absoluteMs: e.SESSION_ABSOLUTE_HOURS * 3_600_000 },
    lockout: { threshold: e.LOCKOUT_THRESHOLD, minutes: e.LOCKOUT_MINUTES, ratePerMinute: e.LOGIN_RATE_PER_MINUTE },
    passwordPolicy: {
      minLength: e.PASSWORD_MIN_LENGTH,
      minClasses: e.PASSWORD_MIN_CLASSES,
      historySize: e.PASSWORD_HISTORY,
    },
    personLookupsPerMinute: e.PERSON_LOOKUPS_PER_MINUTE,
    cookieSecure: e.COOKIE_SECURE,
    trustProxy: e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    webDist: path.resolve(e.WEB_DIST ?? path.join(root, 'web/dist')),
    version: APP_VERSION,
    dormantMonths: e.DORMANT_MONTHS,
    auditAnchor: { minutes: e.AUDIT_ANCHOR_MINUTES, log: e.AUDIT_ANCHOR_LOG },
    dataKeyHex: e.XIEZUO_DATA_KEY,
    messaging: messagingConfig(e, path.resolve(e.DATA_DIR), e.PORT),
  };
}
