import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PledgeBoardDto, PledgeBody } from '@xiezuo/domain';
import { api } from '../../../api/api-client';
import { consumptionKeys } from './consumption.keys';

/** `PUT /api/consumption/pledges`: the office sets a unit's pledge (refused below what the unit already bought). */
export function useSetPledge() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: PledgeBody) => api.put<PledgeBoardDto>('/api/consumption/pledges', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: consumptionKeys.all }),
  });
}

/** `POST /api/consumption/pledges/:year/:unitId/accept`: the unit accepts its pledge. */
export function useAcceptPledge() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (p: { year: number; unitId: string }) =>
      api.post<PledgeBoardDto>(`/api/consumption/pledges/${p.year}/${encodeURIComponent(p.unitId)}/accept`),
    onSuccess: () => qc.invalidateQueries({ queryKey: consumptionKeys.all }),
  });
}
