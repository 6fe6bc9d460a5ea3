import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PurchaseBody, PurchaseDto } from '@xiezuo/domain';
import { api } from '../../../api/api-client';
import { consumptionKeys } from './consumption.keys';

/** `POST /api/consumption/purchases`: records a purchase (an uncertified one is kept, marked not counted). */
export function useCreatePurchase() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: PurchaseBody) => api.post<PurchaseDto>('/api/consumption/purchases', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: consumptionKeys.all }),
  });
}

/** `POST /api/consumption/purchases/:id/confirm`: the supplier's county confirms; the ledger record counts. */
export function useConfirmPurchase() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (p: { id: string; version: number }) =>
      api.post<PurchaseDto>(`/api/consumption/purchases/${encodeURIComponent(p.id)}/confirm`, { version: p.version }),
    onSettled: () => qc.invalidateQueries({ queryKey: consumptionKeys.all }),
  });
}
