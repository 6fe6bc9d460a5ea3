/** The first plan year of the 2016 East–West cooperation arrangement; years offered run from it to next year. */
export const FIRST_PLAN_YEAR = 2016;

/** Selectable plan years, newest first. */
export function planYears(now: Date = new Date()): number[] {
  const last = now.getFullYear() + 1;
  return Array.from({ length: last - FIRST_PLAN_YEAR + 1 }, (_v, i) => last - i);
}
