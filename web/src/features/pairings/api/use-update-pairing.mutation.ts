import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { PairingDto, pairingPatchBody } from '@xiezuo/domain';
import { api } from '../../../api/api-client';
import { isApiError } from '../../../api/api-error';
import { notify } from '../../../app/error-notifier';
import { translate } from '../../../app/i18n';
import { pairingsKeys } from './pairings.keys';

export type PairingPatch = z.input<typeof pairingPatchBody>;

/** `PATCH /api/pairings/:id` with the version read: dates, status, note. 409 reloads the pairing and says so. */
export function useUpdatePairing() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: PairingPatch }) =>
      api.patch<PairingDto>(`/api/pairings/${encodeURIComponent(id)}`, patch),
    meta: { handledErrors: ['VALIDATION_FAILED', 'CONFLICT'] },
    onSuccess: (p) => {
      qc.setQueryData(pairingsKeys.one(p.id), p);
      return qc.invalidateQueries({ queryKey: pairingsKeys.all });
    },
    onError: (error) => {
      if (!isApiError(error) || error.code !== 'CONFLICT') return;
      void qc.invalidateQueries({ queryKey: pairingsKeys.all });
      notify('warning', translate('pairing.conflict'));
    },
  });
}
