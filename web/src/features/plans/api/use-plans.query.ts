import { useQuery } from '@tanstack/react-query';
import type { PlanDto, PlanListDto } from '@xiezuo/domain';
import type { RecordTypesDto } from './plans.types';
import { api } from '../../../api/api-client';
import { plansKeys } from './plans.keys';

/** `GET /api/plans`: the tenant's plan years with status and counts. */
export function usePlans() {
  return useQuery({ queryKey: plansKeys.list, queryFn: () => api.get<PlanListDto>('/api/plans') });
}

/** `GET /api/plans/:year/indicators?includeInactive=true`: every indicator of the plan, deactivated ones too. */
export function usePlan(year: number | null) {
  return useQuery({
    queryKey: plansKeys.plan(year ?? 0),
    queryFn: () => api.get<PlanDto>(`/api/plans/${year}/indicators`, { includeInactive: true }),
    enabled: year !== null,
    meta: { handledErrors: ['NOT_FOUND'] },
  });
}

/** `GET /api/record-types`: what the rule builder offers (types, their fields and measures). */
export function useRecordTypes() {
  return useQuery({
    queryKey: plansKeys.recordTypes,
    queryFn: () => api.get<RecordTypesDto>('/api/record-types'),
    staleTime: Infinity,
  });
}
