import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SupervisionOrderBody, SupervisionOrderDetailDto } from '@xiezuo/domain';
import { api } from '../../../api/api-client';
import { oversightKeys } from './oversight.keys';

/** `POST /api/supervision-orders`: the office issues an order (optionally from a warning). */
export function useCreateOrder() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: SupervisionOrderBody) => api.post<SupervisionOrderDetailDto>('/api/supervision-orders', body),
    onSuccess: (order) => {
      qc.setQueryData(oversightKeys.order(order.id), order);
      return qc.invalidateQueries({ queryKey: oversightKeys.orders, refetchType: 'none' });
    },
    meta: { handledErrors: ['VALIDATION_FAILED'] },
  });
}

export type OrderAction =
  { action: 'respond'; text: string } | { action: 'accept'; note?: string } | { action: 'return'; note: string };

/** `POST /api/supervision-orders/:id/{respond,accept,return}`; the answer is the order as it now is. */
export function useOrderAction(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (a: OrderAction) => {
      const body = a.action === 'respond' ? { text: a.text } : a.note ? { note: a.note } : {};
      return api.post<SupervisionOrderDetailDto>(`/api/supervision-orders/${encodeURIComponent(id)}/${a.action}`, body);
    },
    onSuccess: (order) => {
      qc.setQueryData(oversightKeys.order(id), order);
      return qc.invalidateQueries({ queryKey: oversightKeys.orders, refetchType: 'none' });
    },
    // someone acted first (409): show the order as it now is
    onError: () => qc.invalidateQueries({ queryKey: oversightKeys.order(id) }),
  });
}

/** `POST /api/supervision-orders/:id/files`: evidence for the answer. */
export function useAttachOrderFile(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (file: Blob) =>
      api.upload<SupervisionOrderDetailDto>(`/api/supervision-orders/${encodeURIComponent(id)}/files`, file),
    onSuccess: (order) => qc.setQueryData(oversightKeys.order(id), order),
  });
}
