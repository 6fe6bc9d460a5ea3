import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/api-client';
import { ledgerKeys } from './ledger.keys';
import type { RecordDetail } from './ledger.types';

/** `POST /api/records/:id/files`: attach one evidence file (PDF, PNG, JPEG ≤ 20 MB). */
export function useAttachEvidence(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => api.upload<RecordDetail>(`/api/records/${encodeURIComponent(id)}/files`, file),
    onSuccess: (record) => qc.setQueryData(ledgerKeys.record(id), record),
  });
}
