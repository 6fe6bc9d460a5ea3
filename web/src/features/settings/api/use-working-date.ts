import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { WorkingDateDto } from '@xiezuo/domain';
import { api } from '../../../api/api-client';

export const WORKING_DATE_KEY = ['settings', 'working-date'] as const;

/** 工作日期: the date the tenant takes as "now" (today when none is set). */
export function useWorkingDate(enabled = true) {
  return useQuery({
    enabled,
    queryKey: WORKING_DATE_KEY,
    queryFn: () => api.get<WorkingDateDto>('/api/settings/working-date'),
    staleTime: 5 * 60_000,
  });
}

/** The office changes it; every query is refetched, since pages count from it. */
export function useSetWorkingDate() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { workingDate: string | null; version: number }) =>
      api.put<WorkingDateDto>('/api/settings/working-date', body),
    onSuccess: (res) => {
      qc.setQueryData(WORKING_DATE_KEY, res);
      void qc.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'settings' });
    },
  });
}
