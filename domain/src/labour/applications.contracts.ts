import { z } from 'zod';
import { paging } from '../page';

/**
 * An application's life: the worker applies, the employer interviews and hires (with a start date), the worker's
 * county confirms (the employment record is produced then); a follow-up answer "no longer employed" makes it `left`.
 */
export const APPLICATION_STATUSES = [
  'applied',
  'interview',
  'hired',
  'confirmed',
  'rejected',
  'withdrawn',
  'left',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
/** Which side takes a step: the employer (or the labour group for it), the worker, the worker's county. */
export type ApplicationParty = 'employer' | 'worker' | 'county';

export const APPLICATION_TRANSITIONS: Record<
  ApplicationStatus,
  Partial<Record<ApplicationStatus, ApplicationParty>>
> = {
  applied: { interview: 'employer', hired: 'employer', rejected: 'employer', withdrawn: 'worker' },
  interview: { hired: 'employer', rejected: 'employer', withdrawn: 'worker' },
  hired: { confirmed: 'county', rejected: 'county' },
  confirmed: { left: 'county' },
  rejected: {},
  withdrawn: {},
  left: {},
};

/** The party that may move an application from one status to another, or null when the move does not exist. */
export function transitionParty(from: ApplicationStatus, to: ApplicationStatus): ApplicationParty | null {
  return APPLICATION_TRANSITIONS[from][to] ?? null;
}

export const applicationBody = z.object({
  postId: z.uuid(),
  workerId: z.uuid().optional(),
  pushId: z.uuid().optional(),
});
export const transitionBody = z.object({
  to: z.enum(APPLICATION_STATUSES),
  version: z.number().int(),
  startOn: z.iso.date().optional(),
});
export const applicationListQuery = z.object({
  status: z.enum(APPLICATION_STATUSES).optional(),
  postId: z.uuid().optional(),
  ...paging(),
});
export const applicationDto = z.object({
  id: z.string(),
  postId: z.string(),
  postTitle: z.string(),
  employerName: z.string(),
  workerId: z.string(),
  workerName: z.string(),
  phoneMasked: z.string().nullable(),
  countyCode: z.string(),
  status: z.enum(APPLICATION_STATUSES),
  startOn: z.string().nullable(),
  recordId: z.string().nullable(),
  appliedAt: z.string(),
  abilities: z.object({ to: z.array(z.enum(APPLICATION_STATUSES)) }),
  version: z.number().int(),
});
export type ApplicationDto = z.infer<typeof applicationDto>;

export const FOLLOWUP_MONTHS = [1, 3, 6] as const;
export const followupAnswerBody = z.object({ isEmployed: z.boolean() });
export const followupDto = z.object({
  id: z.string(),
  applicationId: z.string(),
  month: z.number().int(),
  dueOn: z.string(),
  sentAt: z.string().nullable(),
  answer: z.enum(['employed', 'left', 'silent']).nullable(),
});

export const labourDashboardDto = z.object({
  postsOpen: z.number().int(),
  openings: z.number().int(),
  workers: z.array(z.object({ countyCode: z.string(), wish: z.string(), available: z.number().int() })),
  pushes: z.object({
    sent: z.number().int(),
    opened: z.number().int(),
    applied: z.number().int(),
    hired: z.number().int(),
  }),
  retention: z.array(
    z.object({
      countyCode: z.string(),
      destination: z.string(),
      followed: z.number().int(),
      stayed: z.number().int(),
      rate: z.number().nullable(),
    }),
  ),
});
