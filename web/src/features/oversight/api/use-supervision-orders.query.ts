import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Page, SupervisionOrderDetailDto, SupervisionOrderDto } from '@xiezuo/domain';
import { api } from '../../../api/api-client';
import type { OrderApiQuery } from '../utils/order-filters';
import { oversightKeys } from './oversight.keys';

/** `GET /api/supervision-orders`: one page of the orders in the caller's scope. */
export function useSupervisionOrders(q: OrderApiQuery) {
  return useQuery({
    queryKey: oversightKeys.orderList(q),
    queryFn: () => api.get<Page<SupervisionOrderDto>>('/api/supervision-orders', q),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

/** `GET /api/supervision-orders/:id`: one order with its answers, files and history. */
export function useSupervisionOrder(id: string) {
  return useQuery({
    queryKey: oversightKeys.order(id),
    queryFn: () => api.get<SupervisionOrderDetailDto>(`/api/supervision-orders/${encodeURIComponent(id)}`),
    staleTime: 0,
  });
}
