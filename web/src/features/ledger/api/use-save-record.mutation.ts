import { useRef } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RecordInput, RecordPatch } from '@xiezuo/domain';
import { apiRequest } from '../../../api/api-client';
import { isApiError } from '../../../api/api-error';
import { submissionKey, type PendingSubmission } from '../utils/idempotency';
import { ledgerKeys } from './ledger.keys';
import type { RecordDetail } from './ledger.types';

const FORM_ERRORS = [
  'VALIDATION_FAILED',
  'CONFLICT',
  'PERIOD_CLOSED',
  'INVALID_TRANSITION',
  'IDEMPOTENCY_IN_PROGRESS',
] as const;

/**
 * `POST /api/records` with an Idempotency-Key: one key per submitted content, kept while the same content is
 * re-sent (double click, retry after a network error or 5xx) so the server makes one record, dropped after any
 * other answer so a corrected form gets a fresh key.
 */
export function useCreateRecord() {
  const qc = useQueryClient();
  const pending = useRef<PendingSubmission | null>(null);
  return useMutation({
    mutationFn: (input: RecordInput) => {
      pending.current = submissionKey(pending.current, input);
      return apiRequest<RecordDetail>('POST', '/api/records', {
        body: input,
        headers: { 'Idempotency-Key': pending.current.key },
      });
    },
    meta: { handledErrors: FORM_ERRORS },
    onSuccess: (rec) => {
      pending.current = null;
      qc.setQueryData(ledgerKeys.record(rec.id), rec);
      return qc.invalidateQueries({ queryKey: ledgerKeys.records });
    },
    onError: (error) => {
      if (isApiError(error) && error.status >= 400 && error.status < 500 && error.code !== 'IDEMPOTENCY_IN_PROGRESS')
        pending.current = null;
    },
  });
}

/** `PATCH /api/records/:id` with the version read; 409 CONFLICT carries the current record, which replaces the cached one. */
export function useUpdateRecord(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (patch: RecordPatch) => apiRequest<RecordDetail>('PATCH', `/api/records/${id}`, { body: patch }),
    meta: { handledErrors: FORM_ERRORS },
    onSuccess: (rec) => {
      qc.setQueryData(ledgerKeys.record(rec.id), rec);
      return qc.invalidateQueries({ queryKey: ledgerKeys.records });
    },
    onError: (error) => {
      if (isApiError(error) && (error.code === 'CONFLICT' || error.code === 'PERIOD_CLOSED'))
        void qc.invalidateQueries({ queryKey: ledgerKeys.record(id) });
    },
  });
}
