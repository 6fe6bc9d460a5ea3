import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/api-client';
import { ledgerKeys } from './ledger.keys';
import type { UnlockRequest, UnlockStatus } from './ledger.types';

/** `GET /api/unlock-requests?status=`: requests on records in the caller's scope, newest first. */
export function useUnlockRequests(status: UnlockStatus | null) {
  return useQuery({
    queryKey: ledgerKeys.unlocks(status),
    queryFn: async () =>
      (await api.get<{ items: UnlockRequest[] }>('/api/unlock-requests', { status: status ?? undefined })).items,
  });
}

/** `POST /api/unlock-requests/:id/approve|reject {note}` (org.manage); approving applies the change to the record. */
export function useDecideUnlock() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, verb, note }: { id: string; verb: 'approve' | 'reject'; note?: string }) =>
      api.post<UnlockRequest>(`/api/unlock-requests/${id}/${verb}`, note ? { note } : {}),
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: ledgerKeys.allUnlocks }),
        qc.invalidateQueries({ queryKey: ledgerKeys.records }),
      ]),
  });
}
