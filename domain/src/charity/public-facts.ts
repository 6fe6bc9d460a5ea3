/**
 * What the public may learn of a beneficiary: a surname initial and an age band, never the name, ID number, phone,
 * address or a face. Pure functions, so the server and the tests use the same rule.
 */

/** The first character of a name followed by a mask: 马* (a Chinese surname is its first character in most names). */
export const surnameInitial = (name: string): string => `${Array.from(name.trim())[0] ?? ''}*`;

export const AGE_BANDS = ['0-6', '7-12', '13-18', '19-35', '36-59', '60+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** The age band of someone born on `birthDate` (YYYY-MM-DD) as of `asOf`. */
export function ageBand(birthDate: string, asOf: string): AgeBand {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = asOf.split('-').map(Number) as [number, number, number];
  const age = y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
  if (age <= 6) return '0-6';
  if (age <= 12) return '7-12';
  if (age <= 18) return '13-18';
  if (age <= 35) return '19-35';
  if (age <= 59) return '36-59';
  return '60+';
}

/** A donor's name as the honour list shows it: an enterprise by name, a person by surname only. */
export const honourName = (kind: 'enterprise' | 'individual', name: string): string =>
  kind === 'enterprise' ? name : `${Array.from(name.trim())[0] ?? ''}**`;

/** The settings a tenant may change; the defaults hold until it does. */
export type CharitySettings = { beneficiaryYearCapFen: number; reservationDays: number };
export const DEFAULT_CHARITY_SETTINGS: CharitySettings = { beneficiaryYearCapFen: 2_000_000, reservationDays: 14 };
