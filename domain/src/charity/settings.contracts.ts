import { z } from 'zod';

/** Bounds of the charity settings: a reservation of 1–90 days; a yearly cap per beneficiary of 100 元 to 100 万元. */
export const CHARITY_SETTING_BOUNDS = {
  reservationDays: { min: 1, max: 90 },
  beneficiaryYearCapFen: { min: 10_000, max: 100_000_000 },
} as const;

const b = CHARITY_SETTING_BOUNDS;
/** `PUT /api/charity/settings`: the whole set with the version read (0 while the defaults hold). */
export const charitySettingsBody = z.object({
  /** days a claim holds a need for its donor before it lapses and the need is released */
  reservationDays: z.number().int().min(b.reservationDays.min).max(b.reservationDays.max),
  /** the most one beneficiary (by ID number) may draw across needs in a year, in fen */
  beneficiaryYearCapFen: z.number().int().min(b.beneficiaryYearCapFen.min).max(b.beneficiaryYearCapFen.max),
  version: z.number().int().min(0),
});
export type CharitySettingsBody = z.infer<typeof charitySettingsBody>;

export const charitySettingsDto = z.object({
  reservationDays: z.number().int(),
  beneficiaryYearCapFen: z.number().int(),
  /** 0: the defaults, never changed */
  version: z.number().int(),
  updatedAt: z.string().nullable(),
  abilities: z.object({ edit: z.boolean() }),
});
export type CharitySettingsDto = z.infer<typeof charitySettingsDto>;
