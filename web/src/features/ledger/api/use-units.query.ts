import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/api-client';
import { ledgerKeys } from './ledger.keys';
import type { Page, Unit } from './ledger.types';

/** `GET /api/units?side=`: every unit of one side (for unit selects), in the configured order. */
export function useUnits(side: 'east' | 'west', enabled = true) {
  return useQuery({
    queryKey: ledgerKeys.units(side),
    queryFn: async () => (await api.get<Page<Unit>>('/api/units', { side, pageSize: 500, sort: 'sort' })).items,
    staleTime: 10 * 60_000,
    enabled,
  });
}
