import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/api-client';
import { pairingsKeys } from './pairings.keys';
import type { RecordsPage } from './pairings.types';

export const RECORDS_PAGE_SIZE = 10;

/** `GET /api/records?pairing=`: ledger records filed under one pairing, newest first. */
export function usePairingRecords(pairingId: string, page: number) {
  return useQuery({
    queryKey: pairingsKeys.records(pairingId, page),
    queryFn: () => api.get<RecordsPage>('/api/records', { pairing: pairingId, page, pageSize: RECORDS_PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
}
