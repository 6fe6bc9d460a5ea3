import { useQuery } from '@tanstack/react-query';
import type { WorkbenchDto } from '@xiezuo/domain';
import { api } from '../../../api/api-client';

export const WORKBENCH_KEY = ['workbench'] as const;

/** `GET /api/workbench`: what awaits me, counted by the server; refreshed on focus and every minute. */
export function useWorkbench() {
  return useQuery({
    queryKey: WORKBENCH_KEY,
    queryFn: () => api.get<WorkbenchDto>('/api/workbench'),
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
  });
}
