import { useQuery } from '@tanstack/react-query';
import type { PairingDto } from '@xiezuo/domain';
import { api } from '../../../api/api-client';
import { pairingsKeys } from './pairings.keys';

/** `GET /api/pairings/:id`: one pairing with the caller's abilities on it; 404 is shown by the page. */
export function usePairing(id: string) {
  return useQuery({
    queryKey: pairingsKeys.one(id),
    queryFn: () => api.get<PairingDto>(`/api/pairings/${encodeURIComponent(id)}`),
    meta: { handledErrors: ['NOT_FOUND', 'BAD_REQUEST', 'VALIDATION_FAILED'] },
  });
}
