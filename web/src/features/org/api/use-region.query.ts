import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { RegionDetailDto } from '@xiezuo/domain';
import { api } from '../../../api/api-client';
import { orgKeys } from './org.keys';

const fetchRegion = (code: string) => api.get<RegionDetailDto>(`/api/regions/${encodeURIComponent(code)}`);

/** `GET /api/regions/:code` through the cache, for the tree's lazy loading. */
export function loadRegion(qc: QueryClient, code: string): Promise<RegionDetailDto> {
  return qc.fetchQuery({ queryKey: orgKeys.region(code), queryFn: () => fetchRegion(code), staleTime: 10 * 60_000 });
}

/** One region with its path and children (the details panel). */
export function useRegion(code: string | null) {
  return useQuery({
    queryKey: orgKeys.region(code ?? ''),
    queryFn: () => fetchRegion(code ?? ''),
    enabled: code !== null,
    staleTime: 10 * 60_000,
  });
}
