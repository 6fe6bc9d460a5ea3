import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { appealBody, AppealDto, AssessmentScoresDto } from '@xiezuo/domain';
import { api } from '../../../api/api-client';
import { oversightKeys } from './oversight.keys';

export type AppealInput = z.infer<typeof appealBody>;

/** `POST /api/assessment/:year/appeals`: a unit appeals its score. */
export function useCreateAppeal(year: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: AppealInput) => api.post<AppealDto>(`/api/assessment/${year}/appeals`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: oversightKeys.appeals(year) }),
  });
}

/** `POST /api/assessment/appeals/:id/decide`: the office accepts or rejects an appeal with a note. */
export function useDecideAppeal(year: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: string; accept: boolean; note: string }) => api.post<AppealDto>(`/api/assessment/appeals/${encodeURIComponent(v.id)}/decide`, { accept: v.accept, note: v.note }),
    onSuccess: () => qc.invalidateQueries({ queryKey: oversightKeys.assessment(year) }),
  });
}

/** `POST /api/assessment/:year/freeze`: the office freezes the year's results. */
export function useFreezeAssessment(year: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (asOf: string | null) => apiFreeze(year, asOf),
    onSuccess: () => qc.invalidateQueries({ queryKey: oversightKeys.assessment(year) }),
  });
}

function apiFreeze(year: number, asOf: string | null) {
  const qs = asOf ? `?asOf=${encodeURIComponent(asOf)}` : '';
  return api.post<AssessmentScoresDto>(`/api/assessment/${year}/freeze${qs}`);
}
