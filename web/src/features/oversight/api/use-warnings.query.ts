import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { WarningListDto } from '@xiezuo/domain';
import { api } from '../../../api/api-client';
import type { WarningApiQuery } from '../utils/warning-view';
import { oversightKeys } from './oversight.keys';

/** `GET /api/warnings`: the caller's warnings on a day (the server applies the caller's scope). */
export function useWarnings(q: WarningApiQuery | null) {
  return useQuery({
    queryKey: oversightKeys.warnings(q ?? { year: 0 }),
    queryFn: () => api.get<WarningListDto>('/api/warnings', q!),
    enabled: q !== null,
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}
