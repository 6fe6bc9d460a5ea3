import { actingOf, scopeOf } from '@xiezuo/domain';
import type { Actor } from '../../http/context';

/** The working group whose work cohorts are (its code is stable across years). */
export const EDUCATION_GROUP = 'education';

export type CohortFacts = { schoolUnitId: string; countyCode: string; educationLeadUnitId: string | null };

const theirUnits = (c: CohortFacts) => [c.schoolUnitId, c.educationLeadUnitId].filter((u): u is string => !!u);

/**
 * Who sees a cohort: the district's roles, the school and the education bureau, the education working group, and the
 * students' home county (their own people). Others do not.
 */
export function canSeeCohort(actor: Actor, c: CohortFacts): boolean {
  const s = scopeOf(actor);
  if (s.kind === 'district') return true;
  return (
    theirUnits(c).some((u) => s.units.includes(u)) ||
    s.groups.includes(EDUCATION_GROUP) ||
    s.counties.includes(c.countyCode)
  );
}

/** Who keeps the register: the office, the school, the education bureau and the education working group. */
export function canEditCohort(actor: Actor, c: CohortFacts): boolean {
  const a = actingOf(actor);
  return a.office || theirUnits(c).some((u) => a.units.includes(u)) || a.groups.includes(EDUCATION_GROUP);
}
