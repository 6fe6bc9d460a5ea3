import type { UnitApiQuery } from '../utils/unit-filters';

/** Query keys of unit and group management. Changes also invalidate `['org']` (the read-only views). */
export const orgAdminKeys = {
  units: ['units'] as const,
  unitList: (q: UnitApiQuery) => ['units', 'list', q] as const,
  unitOptions: (side: 'east' | 'west' | null) => ['units', 'options', side ?? 'all'] as const,
};
