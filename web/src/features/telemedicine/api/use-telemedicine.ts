import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  PairingDto,
  TelemedListDto,
  TelemedRequestBody,
  TelemedRequestDto,
  TelemedTransitionBody,
} from '@xiezuo/domain';
import { api, type QueryParams } from '../../../api/api-client';

export const telemedKeys = {
  all: ['telemedicine'] as const,
  list: (q: QueryParams) => ['telemedicine', 'list', q] as const,
  one: (id: string) => ['telemedicine', 'one', id] as const,
  pairs: ['telemedicine', 'pairs'] as const,
};

/** `GET /api/telemedicine/requests`: requests in scope, by county, status and kind. */
export function useTelemedRequests(q: QueryParams) {
  return useQuery({
    queryKey: telemedKeys.list(q),
    queryFn: () => api.get<TelemedListDto>('/api/telemedicine/requests', q),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useTelemedRequest(id: string) {
  return useQuery({
    queryKey: telemedKeys.one(id),
    queryFn: () => api.get<TelemedRequestDto>(`/api/telemedicine/requests/${encodeURIComponent(id)}`),
    staleTime: 0,
  });
}

/** The hospital pairs in view (the requesting doctor picks theirs). */
export function useHospitalPairs(enabled: boolean) {
  return useQuery({
    queryKey: telemedKeys.pairs,
    queryFn: () =>
      api.get<{ items: PairingDto[] }>('/api/pairings', { kind: 'hospital_hospital', status: 'active', pageSize: 50 }),
    enabled,
  });
}

export function useCreateTelemed() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TelemedRequestBody) => api.post<TelemedRequestDto>('/api/telemedicine/requests', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: telemedKeys.all }),
  });
}

/** `POST /api/telemedicine/requests/:id/transitions`: one step; the answer is the request as it now is. */
export function useTelemedStep(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TelemedTransitionBody) =>
      api.post<TelemedRequestDto>(`/api/telemedicine/requests/${encodeURIComponent(id)}/transitions`, body),
    onSuccess: (r) => {
      qc.setQueryData(telemedKeys.one(id), r);
      return qc.invalidateQueries({ queryKey: telemedKeys.all, refetchType: 'none' });
    },
  });
}

export function useAttachTelemedFile(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (file: File) =>
      api.upload<TelemedRequestDto>(`/api/telemedicine/requests/${encodeURIComponent(id)}/files`, file),
    onSuccess: (r) => qc.setQueryData(telemedKeys.one(id), r),
  });
}
