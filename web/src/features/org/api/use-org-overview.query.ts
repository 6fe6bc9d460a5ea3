import { useQuery } from '@tanstack/react-query';
import type { OrgOverviewDto } from '@xiezuo/domain';
import { api } from '../../../api/api-client';
import { orgKeys } from './org.keys';

/** `GET /api/org`: counties in scope, leadership group, working groups and units for a year (latest when null). */
export function useOrgOverview(year: number | null = null, enabled = true) {
  return useQuery({
    queryKey: orgKeys.overview(year),
    queryFn: () => api.get<OrgOverviewDto>('/api/org', { year }),
    staleTime: 5 * 60_000,
    enabled,
  });
}
