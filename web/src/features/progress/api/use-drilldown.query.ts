import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/api-client';
import { dashboardKeys, type DrillApiQuery } from './dashboard.keys';
import type { DrilldownDto } from '@xiezuo/domain';

/** `GET /api/plans/:year/indicators/:code/records`: the records (and distinct persons, masked) behind a number. */
export function useDrilldown(year: number | null, code: string | null, q: DrillApiQuery) {
  return useQuery({
    queryKey: dashboardKeys.drill(year ?? 0, code ?? '', q),
    queryFn: () =>
      api.get<DrilldownDto>(`/api/plans/${year}/indicators/${encodeURIComponent(code!)}/records`, { ...q, limit: 500 }),
    enabled: year !== null && code !== null,
    staleTime: 0,
  });
}
