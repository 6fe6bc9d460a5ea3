import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/api-client';
import { ledgerKeys } from './ledger.keys';
import type { PeriodDto } from './ledger.types';

/** `GET /api/periods`: every period that was ever closed (and perhaps reopened). */
export function usePeriods() {
  return useQuery({
    queryKey: ledgerKeys.periods,
    queryFn: async () => (await api.get<{ items: PeriodDto[] }>('/api/periods')).items,
  });
}

/** `POST /api/periods/:key/close|reopen` (org.manage); records' lock icons change with it. */
export function useSetPeriod() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ key, verb }: { key: string; verb: 'close' | 'reopen' }) =>
      api.post<PeriodDto>(`/api/periods/${encodeURIComponent(key)}/${verb}`),
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: ledgerKeys.periods }),
        qc.invalidateQueries({ queryKey: ledgerKeys.records }),
      ]),
  });
}
