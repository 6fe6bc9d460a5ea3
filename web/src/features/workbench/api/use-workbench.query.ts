import { useQuery } from '@tanstack/react-query';
import type { WarningListDto, WorkbenchDto, WorkbenchItemDto } from '@xiezuo/domain';
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

/**
 * The warnings in my scope on the working date, counted from `GET /api/warnings` (computed by the engine, so asked
 * separately: the workbench's own counts do not wait for it). Critical ones read as overdue.
 */
export function useWarningsItem(workingDate: string | undefined, enabled: boolean): WorkbenchItemDto | null {
  const q = useQuery({
    enabled: enabled && Boolean(workingDate),
    queryKey: ['workbench', 'warnings', workingDate],
    queryFn: () =>
      api.get<WarningListDto>('/api/warnings', { year: Number(workingDate!.slice(0, 4)), asOf: workingDate }),
    staleTime: 5 * 60_000,
  });
  if (!q.data) return null;
  const critical = q.data.items.filter((w) => w.severity === 'critical').length;
  return { kind: 'warnings', count: q.data.items.length, dueSoon: 0, overdue: critical, href: '/warnings' };
}
