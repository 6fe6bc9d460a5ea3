import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/api-client';
import type { PairingApiQuery } from '../utils/pairing-filters';
import { pairingsKeys } from './pairings.keys';
import type { PairingsPage } from './pairings.types';

/** `GET /api/pairings`: one server page under the filters and sort in the URL (the caller's scope applies). */
export function usePairings(query: PairingApiQuery) {
  return useQuery({
    queryKey: pairingsKeys.list(query),
    queryFn: () => api.get<PairingsPage>('/api/pairings', query),
    placeholderData: keepPreviousData,
  });
}
