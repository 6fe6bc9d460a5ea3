import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PairingDto } from '@xiezuo/domain';
import { api } from '../../../api/api-client';
import { pairingsKeys } from './pairings.keys';

/** `POST /api/pairings/:id/confirm`: the county officer confirms a pairing of their county (once). */
export function useConfirmPairing() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<PairingDto>(`/api/pairings/${encodeURIComponent(id)}/confirm`),
    onSuccess: (p) => {
      qc.setQueryData(pairingsKeys.one(p.id), p);
      return qc.invalidateQueries({ queryKey: pairingsKeys.all });
    },
    // already confirmed by someone else: show the current state
    onError: () => qc.invalidateQueries({ queryKey: pairingsKeys.all }),
  });
}
