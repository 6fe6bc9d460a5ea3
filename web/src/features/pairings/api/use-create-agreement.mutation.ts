import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AgreementDto } from '@xiezuo/domain';
import { api } from '../../../api/api-client';
import type { AgreementBody } from '../utils/pairing-form';
import { pairingsKeys } from './pairings.keys';

/** `POST /api/agreements` (org.manage): an agreement with its yearly targets under a pairing. */
export function useCreateAgreement() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: AgreementBody) => api.post<AgreementDto>('/api/agreements', body),
    meta: { handledErrors: ['VALIDATION_FAILED'] },
    onSuccess: () => qc.invalidateQueries({ queryKey: pairingsKeys.all }),
  });
}
