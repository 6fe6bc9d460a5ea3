import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/api-client';
import { ledgerKeys } from './ledger.keys';
import type { Page, Pairing } from './ledger.types';

/** `GET /api/pairings?county=`: the active pairings of one county, for a record's optional pairing. */
export function usePairings(county: string | null) {
  return useQuery({
    queryKey: ledgerKeys.pairings(county ?? ''),
    queryFn: async () =>
      (
        await api.get<Page<Pairing>>('/api/pairings', {
          county: county ?? undefined,
          status: 'active',
          pageSize: 500,
          sort: 'kind',
        })
      ).items,
    enabled: county !== null,
    staleTime: 5 * 60_000,
  });
}
