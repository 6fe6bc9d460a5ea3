import { useQueries } from '@tanstack/react-query';
import { api } from '../../../api/api-client';
import { ledgerKeys } from './ledger.keys';
import type { KnownPerson } from './ledger.types';

/** At most this many rows are looked up one by one (there is no batch lookup yet). */
export const LOOKUP_LIMIT = 200;

export type LookupState =
  { status: 'pending' } | { status: 'known'; person: KnownPerson } | { status: 'new' } | { status: 'failed' };

/**
 * `POST /api/persons/lookup` for each valid ID number (in the body, never the URL): whether the person is already
 * known, answered masked. Results are kept briefly in memory only.
 */
export function usePersonLookups(idNumbers: readonly string[]): Map<string, LookupState> {
  const ids = [...new Set(idNumbers)].slice(0, LOOKUP_LIMIT);
  const results = useQueries({
    queries: ids.map((idNumber) => ({
      queryKey: ledgerKeys.person(idNumber),
      queryFn: async () => (await api.post<{ person: KnownPerson | null }>('/api/persons/lookup', { idNumber })).person,
      staleTime: 60_000,
      gcTime: 60_000,
      retry: false,
      meta: { handledErrors: 'all' as const },
    })),
  });
  const map = new Map<string, LookupState>();
  ids.forEach((id, i) => {
    const r = results[i]!;
    map.set(
      id,
      r.isPending
        ? { status: 'pending' }
        : r.isError
          ? { status: 'failed' }
          : r.data
            ? { status: 'known', person: r.data }
            : { status: 'new' },
    );
  });
  return map;
}
