import { screenScore } from '@xiezuo/domain';

/** What the assessment page keeps in the URL: year, as-of day, the units whose breakdown is open. */
export type AssessmentFilters = { year: number | null; asOf: string | null; open: string[] };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function parseAssessmentFilters(p: URLSearchParams): AssessmentFilters {
  const y = Number(p.get('year'));
  const asOf = p.get('asOf');
  return {
    year: Number.isInteger(y) && y >= 2000 && y <= 2100 ? y : null,
    asOf: asOf && DAY.test(asOf) ? asOf : null,
    open: (p.get('open') ?? '').split(',').filter((s) => /^[0-9a-f-]{36}$/i.test(s)),
  };
}

/** The `open` value after toggling a unit's breakdown (null when none stays open). */
export function toggleOpen(open: readonly string[], unitId: string): string | null {
  const next = open.includes(unitId) ? open.filter((x) => x !== unitId) : [...open, unitId];
  return next.length ? next.join(',') : null;
}

/** A score as every page shows it: two decimals (85.62, 73.20, 60.00). */
export const formatScore = (n: number) => screenScore(n);
