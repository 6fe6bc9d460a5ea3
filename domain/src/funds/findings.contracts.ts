import { z } from 'zod';
import type { Label } from '../ledger/declarations';
import { FINDING_KINDS } from './funds.model';
import { fen } from './projects.contracts';

/**
 * Audit findings (审计发现) and their rectification (整改): the auditor raises a finding on a project or a payment,
 * the responsible side answers with what was done and evidence, the auditor accepts (closed) or returns it.
 */
export const FINDING_STATUSES = ['open', 'responded', 'returned', 'closed'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];
export const FINDING_ACTIONS = ['rectify', 'accept', 'return'] as const;
export type FindingAction = (typeof FINDING_ACTIONS)[number];

export const FINDING_TRANSITIONS: Record<
  FindingAction,
  { from: readonly FindingStatus[]; to: FindingStatus; by: 'responsible' | 'auditor' }
> = {
  rectify: { from: ['open', 'returned'], to: 'responded', by: 'responsible' },
  accept: { from: ['responded'], to: 'closed', by: 'auditor' },
  return: { from: ['responded'], to: 'returned', by: 'auditor' },
};

export const FINDING_STATUS_LABELS: Record<FindingStatus, Label> = {
  open: { zh: '待整改', en: 'Open' },
  responded: { zh: '已反馈整改', en: 'Rectification reported' },
  returned: { zh: '整改被退回', en: 'Returned' },
  closed: { zh: '已销号', en: 'Closed' },
};

/** Whether a finding is overdue on a date: past its deadline and not closed. */
export const isFindingOverdue = (f: { status: FindingStatus; deadline: string }, today: string) =>
  f.status !== 'closed' && f.deadline < today;

const text = (max: number) => z.string().trim().max(max);

export const findingInput = z
  .object({
    projectId: z.uuid().nullable().default(null),
    paymentId: z.uuid().nullable().default(null),
    kind: z.enum(FINDING_KINDS),
    amountFen: fen.default(0),
    basis: text(1000).min(2),
    description: text(2000).min(2),
    deadline: z.iso.date(),
  })
  .refine((f) => (f.projectId === null) !== (f.paymentId === null), {
    message: 'name one project or one payment / 须指定一个项目或一笔拨付',
    path: ['projectId'],
  });
export type FindingInput = z.infer<typeof findingInput>;

export const findingActionBody = z.object({
  action: z.enum(FINDING_ACTIONS),
  text: text(2000).min(2),
  version: z.number().int().optional(),
});
export type FindingActionBody = z.infer<typeof findingActionBody>;

export const findingListQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  county: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
  status: z.enum(FINDING_STATUSES).optional(),
  project: z.uuid().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type FindingListQuery = z.infer<typeof findingListQuery>;

export const findingDto = z.object({
  id: z.string(),
  serial: z.string(),
  year: z.number().int(),
  countyCode: z.string(),
  countyName: z.string(),
  project: z.object({ id: z.string(), code: z.string(), name: z.string() }).nullable(),
  payment: z.object({ id: z.string(), voucher: z.string() }).nullable(),
  kind: z.enum(FINDING_KINDS),
  amountFen: z.number(),
  basis: z.string(),
  description: z.string(),
  deadline: z.string(),
  status: z.enum(FINDING_STATUSES),
  overdue: z.boolean(),
  raisedBy: z.string().nullable(),
  createdAt: z.string(),
  history: z.array(
    z.object({
      at: z.string(),
      action: z.string(),
      toStatus: z.string().nullable(),
      user: z.string().nullable(),
      text: z.string().nullable(),
    }),
  ),
  files: z.array(z.object({ id: z.string(), filename: z.string(), size: z.number().int(), createdAt: z.string() })),
  version: z.number().int(),
  abilities: z.object({ rectify: z.boolean(), accept: z.boolean(), return: z.boolean(), attach: z.boolean() }),
});
export type FindingDto = z.infer<typeof findingDto>;
