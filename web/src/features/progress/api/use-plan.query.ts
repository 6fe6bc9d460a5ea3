import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { planDto } from '@xiezuo/domain';
import { api } from '../../../api/api-client';
import { dashboardKeys } from './dashboard.keys';

type PlanDto = z.infer<typeof planDto>;

/** `GET /api/plans/:year/indicators`: the declarations (rules tell what a ratio's parts count). */
export function usePlan(year: number | null) {
  return useQuery({
    queryKey: dashboardKeys.plan(year ?? 0),
    queryFn: () => api.get<PlanDto>(`/api/plans/${year}/indicators`),
    enabled: year !== null,
    staleTime: 5 * 60_000,
    meta: { handledErrors: ['NOT_FOUND'] },
  });
}
