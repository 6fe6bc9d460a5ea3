import { z } from 'zod';

/** The effective, non-secret configuration a sys_admin reviews. */
export const systemConfigDto = z.object({
  version: z.string(),
  database: z.enum(['embedded', 'external']),
  demo: z.boolean(),
  session: z.object({ idleMinutes: z.number().int(), absoluteHours: z.number().int() }),
  lockout: z.object({ threshold: z.number().int(), minutes: z.number().int(), loginRatePerMinute: z.number().int() }),
  passwordPolicy: z.object({
    minLength: z.number().int(),
    minClasses: z.number().int(),
    historySize: z.number().int(),
  }),
  cookieSecure: z.boolean(),
});
export type SystemConfigDto = z.infer<typeof systemConfigDto>;
