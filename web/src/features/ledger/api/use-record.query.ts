import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/api-client';
import { ledgerKeys } from './ledger.keys';
import type { RecordDetail } from './ledger.types';

/** `GET /api/records/:id`: one record with masked people, files, history and the caller's abilities. */
export function useRecord(id: string | null) {
  return useQuery({
    queryKey: ledgerKeys.record(id ?? ''),
    queryFn: () => api.get<RecordDetail>(`/api/records/${encodeURIComponent(id ?? '')}`),
    enabled: id !== null,
    meta: { handledErrors: ['NOT_FOUND', 'VALIDATION_FAILED'] },
  });
}
