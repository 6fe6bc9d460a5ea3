import { z } from 'zod';
import { MESSAGE_TEMPLATE_CODES, OUTBOUND_CHANNELS } from './templates';

/** One message in the in-app centre, rendered in the caller's language. */
export const messageDto = z.object({
  id: z.string(),
  template: z.enum(MESSAGE_TEMPLATE_CODES as [string, ...string[]]),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type MessageDto = z.infer<typeof messageDto>;

export const messageListQuery = z.object({
  unread: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export const messagePageDto = z.object({
  items: z.array(messageDto),
  total: z.number().int(),
  unread: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export const unreadCountDto = z.object({ unread: z.number().int() });
export const markReadBody = z.object({ ids: z.array(z.uuid()).max(500).optional(), all: z.boolean().optional() });

/** The caller's channels: where messages may go besides the in-app centre, and the contact each needs. */
export const channelPrefsDto = z.object({
  sms: z.boolean(),
  wecom: z.boolean(),
  phoneMasked: z.string().nullable(),
  wecomUserId: z.string().nullable(),
});
export type ChannelPrefsDto = z.infer<typeof channelPrefsDto>;
export const channelPrefsBody = z.object({
  sms: z.boolean(),
  wecom: z.boolean(),
  /** a mobile number; null removes it; absent keeps it */
  phone: z.string().trim().max(20).nullable().optional(),
  wecomUserId: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_.@-]{1,64}$/)
    .nullable()
    .optional(),
});

export const DELIVERY_STATUSES = ['pending', 'sending', 'sent', 'failed', 'dead', 'skipped'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** A delivery the system admin sees in the dead-letter list (no message text: it may name a person). */
export const deliveryDto = z.object({
  id: z.string(),
  messageId: z.string(),
  template: z.string(),
  channel: z.enum(OUTBOUND_CHANNELS),
  adapter: z.string().nullable(),
  status: z.enum(DELIVERY_STATUSES),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  recipient: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const deliveryListQuery = z.object({
  status: z.enum(DELIVERY_STATUSES).default('dead'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

/** A scheduled job with its last run, for the system admin. */
export const scheduledJobDto = z.object({
  name: z.string(),
  cron: z.string(),
  label: z.object({ zh: z.string(), en: z.string() }),
  lastRunAt: z.string().nullable(),
  lastOutcome: z.enum(['ok', 'failed']).nullable(),
  lastDetail: z.string().nullable(),
  runs: z.number().int(),
});
export const queueOverviewDto = z.object({
  adapters: z.object({ sms: z.string(), wecom: z.string() }),
  counts: z.record(z.string(), z.number().int()),
  jobs: z.array(scheduledJobDto),
});
