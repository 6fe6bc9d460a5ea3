import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RecordAction } from '@xiezuo/domain';
import { apiRequest } from '../../../api/api-client';
import { ledgerKeys } from './ledger.keys';
import type { RecordDetail } from './ledger.types';

/** `keepalive`: the request outlives the page (a confirmation sent as the tab closes). */
export type ActionInput = { action: RecordAction; reason?: string; keepalive?: boolean };

/** `POST /api/records/:id/{submit,review,return,withdraw,confirm,dispute}`; the answer is the record as it now is. */
export function useRecordAction(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ action, reason, keepalive }: ActionInput) =>
      apiRequest<RecordDetail>('POST', `/api/records/${id}/${action}`, { body: reason ? { reason } : {}, keepalive }),
    onSuccess: (rec) => {
      qc.setQueryData(ledgerKeys.record(id), rec);
      return qc.invalidateQueries({ queryKey: ledgerKeys.records, refetchType: 'none' });
    },
    // a stale screen (someone acted first) answers 409: show the record as it now is
    onError: () => qc.invalidateQueries({ queryKey: ledgerKeys.record(id) }),
  });
}
