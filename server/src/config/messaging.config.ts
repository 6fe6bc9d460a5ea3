import { z } from 'zod';
import { MESSAGE_TEMPLATE_CODES, SMS_SIGNATURE_MAX, type MessageTemplateCode } from '@xiezuo/domain';

const int = (def: number, min = 0, max = Number.MAX_SAFE_INTEGER) =>
  z.coerce.number().int().min(min).max(max).default(def);
const bool = z.enum(['on', 'off', 'true', 'false', '1', '0']).transform((v) => v === 'on' || v === 'true' || v === '1');
const endpoint = z.url({ protocol: /^https?$/ });
/** The vendor puts 【signature】 before every text; the templates fit one SMS only with a signature this short. */
const signName = z
  .string()
  .trim()
  .min(2)
  .max(
    SMS_SIGNATURE_MAX,
    `at most ${SMS_SIGNATURE_MAX} characters (短信签名最多 ${SMS_SIGNATURE_MAX} 个字): with its 【】 it counts against the 70 characters of one SMS`,
  )
  .optional();

/** `code=vendorTemplateId,code=…`: which registered vendor template each message template uses. */
const templateMap = z
  .string()
  .default('')
  .transform((raw, c) => {
    const out: Partial<Record<MessageTemplateCode, string>> = {};
    for (const pair of raw
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean)) {
      const [code, id] = pair.split('=').map((s) => s.trim());
      if (!code || !id || !MESSAGE_TEMPLATE_CODES.includes(code as MessageTemplateCode)) {
        c.addIssue({ code: 'custom', message: `"${pair}": expected <template code>=<vendor template id>` });
        return z.NEVER;
      }
      out[code as MessageTemplateCode] = id;
    }
    return out;
  });

/** The environment variables of messages, the queue and phone sign-in (part of the one config module). */
export const messagingEnv = z.object({
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  SMS_PROVIDER: z.enum(['log', 'tencent', 'alibaba']).default('log'),
  SMS_TEMPLATES: templateMap,
  TENCENT_SMS_SECRET_ID: z.string().optional(),
  TENCENT_SMS_SECRET_KEY: z.string().optional(),
  TENCENT_SMS_APP_ID: z.string().optional(),
  TENCENT_SMS_SIGN_NAME: signName,
  TENCENT_SMS_REGION: z.string().default('ap-guangzhou'),
  TENCENT_SMS_ENDPOINT: endpoint.default('https://sms.tencentcloudapi.com'),
  ALIBABA_SMS_ACCESS_KEY_ID: z.string().optional(),
  ALIBABA_SMS_ACCESS_KEY_SECRET: z.string().optional(),
  ALIBABA_SMS_SIGN_NAME: signName,
  ALIBABA_SMS_ENDPOINT: endpoint.default('https://dysmsapi.aliyuncs.com'),
  WECOM_CORP_ID: z.string().optional(),
  WECOM_CORP_SECRET: z.string().optional(),
  WECOM_AGENT_ID: z.coerce.number().int().optional(),
  WECOM_ENDPOINT: endpoint.default('https://qyapi.weixin.qq.com'),
  MESSAGE_LOG_FILE: z.string().optional(),
  MESSAGE_RETRY_LIMIT: int(5, 0, 50),
  MESSAGE_RETRY_DELAY_SECONDS: int(30, 1, 3600),
  MESSAGE_SEND_TIMEOUT_SECONDS: int(10, 1, 120),
  MESSAGE_EXPIRE_SECONDS: int(120, 5, 3600),
  MESSAGE_SMS_DAILY_CAP: int(10, 0, 100000),
  MESSAGE_WECOM_DAILY_CAP: int(50, 0, 10000),
  MESSAGE_BATCH_SIZE: int(50, 1, 500),
  QUEUE_POLL_SECONDS: z.coerce.number().min(0.5).max(60).default(2),
  QUEUE_MAINTENANCE_SECONDS: int(60, 1, 3600),
  JOBS: bool.default(true),
  OTP_RATE_PER_PHONE_HOUR: int(5, 1, 1000),
  OTP_RATE_PER_IP_HOUR: int(30, 1, 100000),
  DEMO_EXTERNAL_PHONE: z.string().default('13800000001'),
});
type Env = z.infer<typeof messagingEnv>;

export type SmsConfig =
  | { provider: 'log' }
  | {
      provider: 'tencent';
      secretId: string;
      secretKey: string;
      appId: string;
      signName: string;
      region: string;
      endpoint: string;
    }
  | { provider: 'alibaba'; accessKeyId: string; accessKeySecret: string; signName: string; endpoint: string };

export type MessagingConfig = {
  publicUrl: string;
  sms: SmsConfig;
  smsTemplates: Partial<Record<MessageTemplateCode, string>>;
  wecom: { corpId: string; corpSecret: string; agentId: number; endpoint: string } | null;
  logFile: string;
  retryLimit: number;
  retryDelaySeconds: number;
  sendTimeoutMs: number;
  expireSeconds: number;
  dailyCap: { sms: number; wecom: number };
  batchSize: number;
  pollSeconds: number;
  maintenanceSeconds: number;
  jobs: boolean;
  otp: { perPhoneHour: number; perIpHour: number };
  demoExternalPhone: string;
};

function need(e: Env, names: (keyof Env)[], why: string): void {
  const missing = names.filter((n) => !e[n]);
  if (missing.length)
    throw new Error(`Invalid configuration (环境变量配置错误):\n  ${missing.join(', ')}: needed ${why}`);
}

function smsOf(e: Env): SmsConfig {
  if (e.SMS_PROVIDER === 'tencent') {
    need(
      e,
      ['TENCENT_SMS_SECRET_ID', 'TENCENT_SMS_SECRET_KEY', 'TENCENT_SMS_APP_ID', 'TENCENT_SMS_SIGN_NAME'],
      'for SMS_PROVIDER=tencent',
    );
    return {
      provider: 'tencent',
      secretId: e.TENCENT_SMS_SECRET_ID!,
      secretKey: e.TENCENT_SMS_SECRET_KEY!,
      appId: e.TENCENT_SMS_APP_ID!,
      signName: e.TENCENT_SMS_SIGN_NAME!,
      region: e.TENCENT_SMS_REGION,
      endpoint: e.TENCENT_SMS_ENDPOINT,
    };
  }
  if (e.SMS_PROVIDER === 'alibaba') {
    need(
      e,
      ['ALIBABA_SMS_ACCESS_KEY_ID', 'ALIBABA_SMS_ACCESS_KEY_SECRET', 'ALIBABA_SMS_SIGN_NAME'],
      'for SMS_PROVIDER=alibaba',
    );
    return {
      provider: 'alibaba',
      accessKeyId: e.ALIBABA_SMS_ACCESS_KEY_ID!,
      accessKeySecret: e.ALIBABA_SMS_ACCESS_KEY_SECRET!,
      signName: e.ALIBABA_SMS_SIGN_NAME!,
      endpoint: e.ALIBABA_SMS_ENDPOINT,
    };
  }
  return { provider: 'log' };
}

/** The messaging part of the configuration, from the parsed environment. */
export function messagingConfig(e: Env, dataDir: string, port: number): MessagingConfig {
  const wecomSet = Boolean(e.WECOM_CORP_ID || e.WECOM_CORP_SECRET || e.WECOM_AGENT_ID);
  if (wecomSet) need(e, ['WECOM_CORP_ID', 'WECOM_CORP_SECRET', 'WECOM_AGENT_ID'], 'together for WeCom');
  return {
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${port || 3000}`).replace(/\/+$/, ''),
    sms: smsOf(e),
    smsTemplates: e.SMS_TEMPLATES,
    wecom: wecomSet
      ? {
          corpId: e.WECOM_CORP_ID!,
          corpSecret: e.WECOM_CORP_SECRET!,
          agentId: e.WECOM_AGENT_ID!,
          endpoint: e.WECOM_ENDPOINT,
        }
      : null,
    logFile: e.MESSAGE_LOG_FILE ?? `${dataDir}/messages.log`,
    retryLimit: e.MESSAGE_RETRY_LIMIT,
    retryDelaySeconds: e.MESSAGE_RETRY_DELAY_SECONDS,
    sendTimeoutMs: e.MESSAGE_SEND_TIMEOUT_SECONDS * 1000,
    expireSeconds: e.MESSAGE_EXPIRE_SECONDS,
    dailyCap: { sms: e.MESSAGE_SMS_DAILY_CAP, wecom: e.MESSAGE_WECOM_DAILY_CAP },
    batchSize: e.MESSAGE_BATCH_SIZE,
    pollSeconds: e.QUEUE_POLL_SECONDS,
    maintenanceSeconds: e.QUEUE_MAINTENANCE_SECONDS,
    jobs: e.JOBS,
    otp: { perPhoneHour: e.OTP_RATE_PER_PHONE_HOUR, perIpHour: e.OTP_RATE_PER_IP_HOUR },
    demoExternalPhone: e.DEMO_EXTERNAL_PHONE,
  };
}
