import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PairingDto } from '@xiezuo/domain';
import { api } from '../../../api/api-client';
import type { PairingBody } from '../utils/pairing-form';
import { pairingsKeys } from './pairings.keys';

/** `POST /api/pairings` (org.manage); field errors and DUPLICATE are shown on the form. */
export function useCreatePairing() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: PairingBody) => api.post<PairingDto>('/api/pairings', body),
    meta: { handledErrors: ['VALIDATION_FAILED', 'DUPLICATE'] },
    onSuccess: () => qc.invalidateQueries({ queryKey: pairingsKeys.all }),
  });
}
