import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/api-client';
import { pairingsKeys } from './pairings.keys';
import type { AgreementsPage } from './pairings.types';

/** `GET /api/agreements?pairing=`: the agreements signed under one pairing, with targets and files. */
export function useAgreements(pairingId: string) {
  return useQuery({
    queryKey: pairingsKeys.agreements(pairingId),
    queryFn: () => api.get<AgreementsPage>('/api/agreements', { pairing: pairingId, pageSize: 100 }),
  });
}
