import { useQuery } from '@tanstack/react-query';
import type { PlanYearsDto } from '@xiezuo/domain';
import { api } from '../../../api/api-client';
import { plansKeys } from './plans.keys';

const NONE: PlanYearsDto = { years: [], selectable: [] };

/**
 * `GET /api/plan-years`: the one source of every year selector — `years` that have a plan (reports, the organisation's
 * groups) and `selectable` years a plan, group or pairing may be given. Empty lists until the answer arrives.
 */
export function usePlanYears(): PlanYearsDto & { isPending: boolean } {
  const q = useQuery({
    queryKey: plansKeys.years,
    queryFn: () => api.get<PlanYearsDto>('/api/plan-years'),
    staleTime: 5 * 60_000,
  });
  return { ...(q.data ?? NONE), isPending: q.isPending };
}
