import { z } from 'zod';

/**
 * Telemedicine (远程医疗) over the hospital pairs: a county hospital asks its paired Tianjin hospital for a remote
 * consultation (远程会诊) or a remote pathology diagnosis (远程病理); the paired hospital's coordinator assigns an
 * expert, who schedules the session (date and link as text: no video system is built) and writes the opinion; the
 * requesting doctor closes it with feedback, and the closed request becomes a `telemedicine` ledger record.
 */

export const TELEMED_KINDS = ['consultation', 'pathology'] as const;
export type TelemedKind = (typeof TELEMED_KINDS)[number];
export const TELEMED_KIND_LABELS: Record<TelemedKind, { zh: string; en: string }> = {
  consultation: { zh: '远程会诊', en: 'Remote consultation' },
  pathology: { zh: '远程病理诊断', en: 'Remote pathology' },
};
/** The `telemedicine` record type's consultKind for each kind of request. */
export const TELEMED_CONSULT_KIND: Record<TelemedKind, string> = {
  consultation: 'remote_consultation',
  pathology: 'remote_pathology',
};

export const TELEMED_URGENCIES = ['routine', 'urgent', 'emergency'] as const;
export type TelemedUrgency = (typeof TELEMED_URGENCIES)[number];
export const TELEMED_URGENCY_LABELS: Record<TelemedUrgency, { zh: string; en: string }> = {
  routine: { zh: '普通', en: 'Routine' },
  urgent: { zh: '加急', en: 'Urgent' },
  emergency: { zh: '急诊', en: 'Emergency' },
};

export const TELEMED_STATUSES = ['requested', 'assigned', 'scheduled', 'answered', 'closed', 'cancelled'] as const;
export type TelemedStatus = (typeof TELEMED_STATUSES)[number];
export const TELEMED_STATUS_LABELS: Record<TelemedStatus, { zh: string; en: string }> = {
  requested: { zh: '待分派', en: 'Awaiting an expert' },
  assigned: { zh: '已分派专家', en: 'Expert assigned' },
  scheduled: { zh: '已排期', en: 'Scheduled' },
  answered: { zh: '已出具意见', en: 'Opinion given' },
  closed: { zh: '已结束', en: 'Closed' },
  cancelled: { zh: '已撤销', en: 'Cancelled' },
};

export const TELEMED_ACTIONS = ['assign', 'schedule', 'answer', 'close', 'cancel'] as const;
export type TelemedAction = (typeof TELEMED_ACTIONS)[number];

/** From which statuses each action moves, and where to. */
/** The working group whose work telemedicine is (its code is stable across years); it sees every request. */
export const HEALTH_GROUP = 'health';

export const TELEMED_TRANSITIONS: Record<TelemedAction, { from: readonly TelemedStatus[]; to: TelemedStatus }> = {
  assign: { from: ['requested', 'assigned'], to: 'assigned' },
  schedule: { from: ['assigned', 'scheduled'], to: 'scheduled' },
  answer: { from: ['assigned', 'scheduled'], to: 'answered' },
  close: { from: ['answered'], to: 'closed' },
  cancel: { from: ['requested', 'assigned', 'scheduled'], to: 'cancelled' },
};

// an 18-digit ID number (the last may be X), not part of a longer run of digits; a mobile, or a landline with area code
const ID_NUMBER =
  /(?<![0-9])[1-9][0-9]{5}(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx](?![0-9])/;
const MOBILE = /(?<![0-9])(?:\+?86[- ]?)?1[3-9][0-9](?:[- ]?[0-9]{4}){2}(?![0-9])/;
const LANDLINE = /(?<![0-9])0[1-9][0-9]{1,2}[- ]?[2-9][0-9]{6,7}(?![0-9])/;

export type IdentifyingFind = 'id_number' | 'phone';

/** What identifies a patient in a case summary, if anything: an ID number or a phone number (names cannot be told). */
export function identifyingIn(text: string): IdentifyingFind | null {
  const plain = text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (ID_NUMBER.test(plain)) return 'id_number';
  if (MOBILE.test(plain) || LANDLINE.test(plain)) return 'phone';
  return null;
}

const isoDate = z.iso.date();

export const telemedRequestBody = z.object({
  kind: z.enum(TELEMED_KINDS),
  /** The hospital pair: the county hospital asking and the Tianjin hospital asked. */
  pairingId: z.uuid(),
  department: z.string().trim().min(1).max(50),
  urgency: z.enum(TELEMED_URGENCIES).default('routine'),
  /** De-identified: age, sex, history, findings, the question — no name, ID number or phone (checked). */
  summary: z.string().trim().min(10).max(4000),
});
export type TelemedRequestBody = z.infer<typeof telemedRequestBody>;

export const telemedListQuery = z.object({
  county: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
  status: z.enum(TELEMED_STATUSES).optional(),
  kind: z.enum(TELEMED_KINDS).optional(),
  pairing: z.uuid().optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type TelemedListQuery = z.infer<typeof telemedListQuery>;

export const telemedTransitionBody = z.discriminatedUnion('action', [
  z.object({ action: z.literal('assign'), version: z.number().int(), expertUserId: z.uuid() }),
  z.object({
    action: z.literal('schedule'),
    version: z.number().int(),
    sessionOn: isoDate,
    sessionTime: z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/),
    /** The video session's link or room, as text. */
    sessionLink: z.string().trim().min(1).max(500),
  }),
  z.object({ action: z.literal('answer'), version: z.number().int(), opinion: z.string().trim().min(10).max(8000) }),
  z.object({
    action: z.literal('close'),
    version: z.number().int(),
    feedback: z.string().trim().min(1).max(2000),
    /** How useful the opinion was, 1–5. */
    rating: z.number().int().min(1).max(5),
  }),
  z.object({ action: z.literal('cancel'), version: z.number().int(), reason: z.string().trim().min(1).max(500) }),
]);
export type TelemedTransitionBody = z.infer<typeof telemedTransitionBody>;

const named = z.object({ id: z.string(), name: z.string() });

export const telemedRequestDto = z.object({
  id: z.string(),
  number: z.string(),
  kind: z.enum(TELEMED_KINDS),
  status: z.enum(TELEMED_STATUSES),
  urgency: z.enum(TELEMED_URGENCIES),
  department: z.string(),
  summary: z.string(),
  pairingId: z.string(),
  county: z.object({ code: z.string(), name: z.string() }),
  westHospital: named,
  eastHospital: named,
  requestedBy: z.string().nullable(),
  requestedAt: z.string(),
  expert: named.nullable(),
  sessionOn: z.string().nullable(),
  sessionTime: z.string().nullable(),
  sessionLink: z.string().nullable(),
  opinion: z.string().nullable(),
  answeredAt: z.string().nullable(),
  feedback: z.string().nullable(),
  rating: z.number().int().nullable(),
  closedAt: z.string().nullable(),
  cancelReason: z.string().nullable(),
  /** The ledger record a closed request produced. */
  recordId: z.string().nullable(),
  files: z.array(z.object({ id: z.string(), filename: z.string(), size: z.number().int(), mime: z.string() })),
  version: z.number().int(),
  abilities: z.object(
    Object.fromEntries(['attach', ...TELEMED_ACTIONS].map((a) => [a, z.boolean()])) as Record<
      'attach' | TelemedAction,
      z.ZodBoolean
    >,
  ),
  /** The paired hospital's doctors the coordinator may assign (only when they may). */
  experts: z.array(named),
});
export type TelemedRequestDto = z.infer<typeof telemedRequestDto>;

export const telemedListDto = z.object({ items: z.array(telemedRequestDto), total: z.number().int() });
export type TelemedListDto = z.infer<typeof telemedListDto>;
