import { useMutation } from '@tanstack/react-query';
import { api } from '../../../api/api-client';
import type { RevealResult } from './ledger.types';

/** `POST /api/persons/:id/reveal {reason}`: the full ID number and phone, audited; 403 for callers not allowed. */
export function useRevealPerson() {
  return useMutation({
    mutationFn: ({ personId, reason }: { personId: string; reason: string }) =>
      api.post<RevealResult>(`/api/persons/${personId}/reveal`, { reason }),
    meta: { handledErrors: ['FORBIDDEN', 'VALIDATION_FAILED'] },
  });
}
