import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Page, PurchaseDto } from '@xiezuo/domain';
import { api } from '../../../api/api-client';
import { consumptionKeys } from './consumption.keys';

export type PurchaseQuery = { year: number; counted?: boolean; page: number; pageSize: number };

/** `GET /api/consumption/purchases`: one page of the year's purchases in the caller's scope. */
export function usePurchases(q: PurchaseQuery | null) {
  return useQuery({
    queryKey: consumptionKeys.purchases(q ?? {}),
    queryFn: () => api.get<Page<PurchaseDto>>('/api/consumption/purchases', q!),
    enabled: q !== null,
    placeholderData: keepPreviousData,
  });
}
