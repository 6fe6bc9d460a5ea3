import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RecordPatch } from '@xiezuo/domain';
import { api } from '../../../api/api-client';
import { ledgerKeys } from './ledger.keys';
import type { UnlockRequest } from './ledger.types';

export type UnlockInput = { reason: string; changes: Omit<RecordPatch, 'version'> };

/** `POST /api/records/:id/unlock-requests`: the reporter asks to change a confirmed or closed-period record. */
export function useRequestUnlock(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: UnlockInput) => api.post<UnlockRequest>(`/api/records/${id}/unlock-requests`, input),
    meta: { handledErrors: ['VALIDATION_FAILED'] },
    onSuccess: () => qc.invalidateQueries({ queryKey: ledgerKeys.allUnlocks }),
  });
}
