import { useQuery } from '@tanstack/react-query';
import type { PledgeBoardDto } from '@xiezuo/domain';
import { api } from '../../../api/api-client';
import { consumptionKeys } from './consumption.keys';

/** `GET /api/consumption/pledges?year=`: the pledge board of the member units in the caller's scope. */
export function usePledges(year: number | null) {
  return useQuery({
    queryKey: consumptionKeys.pledges(year ?? 0),
    queryFn: () => api.get<PledgeBoardDto>('/api/consumption/pledges', { year: year! }),
    enabled: year !== null,
  });
}
