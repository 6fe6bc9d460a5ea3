import type { UnitDto } from '@xiezuo/domain';

export const ORG_TABS = ['groups', 'units', 'regions'] as const;
export type OrgTab = (typeof ORG_TABS)[number];
export type UnitType = UnitDto['type'];

export function parseTab(v: string | null): OrgTab {
  return ORG_TABS.find((t) => t === v) ?? 'groups';
}

export function parseYear(v: string | null): number | null {
  const n = Number(v);
  return v !== null && Number.isInteger(n) && n >= 2000 && n <= 2100 ? n : null;
}

/** `?type=school,hospital` → those of the given types (the types present in the data) that the URL names. */
export function parseUnitTypes(v: string | null, known: readonly UnitType[]): UnitType[] {
  if (!v) return [];
  const wanted = new Set(v.split(','));
  return known.filter((t) => wanted.has(t));
}

export type NameSort = 'ascend' | 'descend' | null;

export function parseSort(v: string | null): NameSort {
  return v === 'ascend' || v === 'descend' ? v : null;
}

/** Case-insensitive match on name or code. */
export function matchesUnit(u: { name: string; code: string }, q: string): boolean {
  const term = q.trim().toLowerCase();
  return !term || u.name.toLowerCase().includes(term) || u.code.toLowerCase().includes(term);
}
