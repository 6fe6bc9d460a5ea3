import path from 'node:path';
import { z } from 'zod';
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
  EMBEDDED_PG_PORT: int(0, 0, 65535),
  XIEZUO_DEMO: bool.default(true),
  DEMO_PASSWORD: z.string().min(1).optional(),
  SESSION_IDLE_MINUTES: int(30, 1, 24 * 60),
  SESSION_ABSOLUTE_HOURS: int(12, 1, 24 * 30),
  LOCKOUT_THRESHOLD: int(5, 1, 100),
  LOCKOUT_MINUTES: int(30, 1, 24 * 60),
  LOGIN_RATE_PER_MINUTE: int(30, 1, 100000),
  PASSWORD_MIN_LENGTH: int(10, 6, 128),
  PASSWORD_MIN_CLASSES: int(3, 1, 4),
  PASSWORD_HISTORY: int(5, 0, 24),
  COOKIE_SECURE: bool.default(false),
  TRUST_PROXY: bool.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST: z.string().optional(),
  DORMANT_MONTHS: int(6, 1, 60),
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
  embeddedPgPort: number;
  demo: boolean;
  demoPassword: string | undefined;
  session: { idleMs: number; absoluteMs: number };
  lockout: { threshold: number; minutes: number; ratePerMinute: number };
  passwordPolicy: { minLength: number; minClasses: number; historySize: number };
  cookieSecure: boolean;
  trustProxy: boolean;
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
  webDist: string;
  dormantMonths: number;
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
    throw new Error(`Invalid configuration (环境变量配置错误):\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const root = path.resolve(import.meta.dirname, '../../..');
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
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
    cookieSecure: e.COOKIE_SECURE,
    trustProxy: e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    webDist: path.resolve(e.WEB_DIST ?? path.join(root, 'web/dist')),
    version: APP_VERSION,
    dormantMonths: e.DORMANT_MONTHS,
    dataKeyHex: e.XIEZUO_DATA_KEY,
    messaging: messagingConfig(e, path.resolve(e.DATA_DIR), e.PORT),
  };
}
