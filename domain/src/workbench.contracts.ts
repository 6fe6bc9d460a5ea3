import { z } from 'zod';

/** What may await a person on the workbench; each kind has a filtered list behind it. */
export const WORKBENCH_KINDS = [
  'records.confirm',
  'records.review',
  'records.disputed',
  'supervision.respond',
  'supervision.close',
  'unlock.decide',
  'warnings',
  'imports.stopped',
  'admin.users_locked',
  'admin.failed_signins',
  'admin.audit_chain',
  'admin.dead_letters',
] as const;
export type WorkbenchKind = (typeof WORKBENCH_KINDS)[number];

export const workbenchItemDto = z.object({
  kind: z.enum(WORKBENCH_KINDS),
  count: z.number().int(),
  dueSoon: z.number().int(),
  overdue: z.number().int(),
  href: z.string(),
  /** for the audit chain: 'ok' or 'broken' */
  state: z.enum(['ok', 'broken']).optional(),
});
export type WorkbenchItemDto = z.infer<typeof workbenchItemDto>;

export const workbenchDto = z.object({
  workingDate: z.string(),
  items: z.array(workbenchItemDto),
  recent: z.array(
    z.object({
      at: z.string(),
      action: z.string(),
      objectType: z.string().nullable(),
      objectId: z.string().nullable(),
    }),
  ),
  unread: z.number().int(),
});
export type WorkbenchDto = z.infer<typeof workbenchDto>;

/** 工作日期 / 数据截至: the date every page, warning, due date and report takes as "now" for a tenant. */
export const workingDateDto = z.object({
  workingDate: z.iso.date(),
  /** true when no date is set and today is used */
  isToday: z.boolean(),
  version: z.number().int(),
});
export type WorkingDateDto = z.infer<typeof workingDateDto>;
export const workingDateBody = z.object({
  /** null: follow today's date */
  workingDate: z.iso.date().nullable(),
  version: z.number().int(),
});

/** Days before a due date that count as "due soon" on the workbench and in reminders. */
export const DUE_SOON_DAYS = 3;
