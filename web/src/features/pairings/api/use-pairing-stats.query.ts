import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/api-client';
import { pairingsKeys } from './pairings.keys';
import type { PairingStats } from './pairings.types';

/** `GET /api/pairings/stats?year=`: counts by kind and county (active during the year; all when null) and agreements. */
export function usePairingStats(year: number | null) {
  return useQuery({
    queryKey: pairingsKeys.stats(year),
    queryFn: () => api.get<PairingStats>('/api/pairings/stats', { year }),
    placeholderData: keepPreviousData,
  });
}
