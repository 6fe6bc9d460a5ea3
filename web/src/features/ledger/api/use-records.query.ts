import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/api-client';
import { ledgerKeys } from './ledger.keys';
import type { Page, RecordSummary } from './ledger.types';

/** `GET /api/records`: a page of records in the caller's scope, filtered and sorted as the URL says. */
export function useRecords(query: Record<string, string | number | undefined>) {
  return useQuery({
    queryKey: ledgerKeys.list(query),
    queryFn: () => api.get<Page<RecordSummary>>('/api/records', query),
    placeholderData: keepPreviousData,
  });
}
