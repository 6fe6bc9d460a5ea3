import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/api-client';
import { pairingsKeys } from './pairings.keys';
import type { DormantList } from './pairings.types';

/** `GET /api/pairings/dormant`: active pairings without a ledger record in the last N months (server default when null). */
export function useDormantPairings(months: number | null, asOf: string | null) {
  return useQuery({
    queryKey: pairingsKeys.dormant(months, asOf),
    queryFn: () => api.get<DormantList>('/api/pairings/dormant', { months, asOf }),
    placeholderData: keepPreviousData,
  });
}
