import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { RegionDto } from '@xiezuo/domain';
import { api } from '../../../api/api-client';
import { orgKeys } from './org.keys';

/** `GET /api/regions?q=`: regions in the caller's scope whose name or code matches. */
export function useRegionSearch(q: string) {
  const term = q.trim();
  return useQuery({
    queryKey: orgKeys.regionSearch(term),
    queryFn: () => api.get<{ items: RegionDto[] }>('/api/regions', { q: term }),
    enabled: term.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 10 * 60_000,
  });
}
