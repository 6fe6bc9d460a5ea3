import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  AdjustmentBody,
  AdjustmentDto,
  AppealBody,
  AppealDto,
  AssessmentSchemeBody,
  AssessmentSchemeDto,
  AssessmentScoresDto,
} from '@xiezuo/domain';
import { api } from '../../../api/api-client';
import { oversightKeys } from './oversight.keys';

/** `POST /api/assessment/:year/appeals`: a unit appeals its score. */
export function useCreateAppeal(year: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: AppealBody) => api.post<AppealDto>(`/api/assessment/${year}/appeals`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: oversightKeys.appeals(year) }),
  });
}

/** `POST /api/assessment/appeals/:id/decide`: the office accepts or rejects an appeal with a note. */
export function useDecideAppeal(year: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: string; accept: boolean; note: string }) =>
      api.post<AppealDto>(`/api/assessment/appeals/${encodeURIComponent(v.id)}/decide`, {
        accept: v.accept,
        note: v.note,
      }),
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

/** `PUT /api/assessment/:year/scheme`: the office replaces the items; every score of the year is recomputed. */
export function useSaveScheme(year: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: AssessmentSchemeBody) => api.put<AssessmentSchemeDto>(`/api/assessment/${year}/scheme`, body),
    onSuccess: (scheme) => {
      qc.setQueryData(oversightKeys.scheme(year), scheme);
      return qc.invalidateQueries({ queryKey: oversightKeys.assessment(year) });
    },
    meta: { handledErrors: ['VALIDATION_FAILED', 'CONFLICT'] },
  });
}

/** `POST /api/assessment/:year/adjustments`: a bonus or deduction for a unit, with reason and reference. */
export function useAddAdjustment(year: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: AdjustmentBody) => api.post<AdjustmentDto>(`/api/assessment/${year}/adjustments`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: oversightKeys.assessment(year) }),
    meta: { handledErrors: ['VALIDATION_FAILED'] },
  });
}

/** `POST /api/assessment/adjustments/:id/files`: an evidence file for an adjustment. */
export function useAttachAdjustmentFile(year: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: string; file: Blob }) =>
      api.upload<AdjustmentDto>(`/api/assessment/adjustments/${encodeURIComponent(v.id)}/files`, v.file),
    onSuccess: () => qc.invalidateQueries({ queryKey: oversightKeys.adjustments(year) }),
    meta: { handledErrors: ['UNSUPPORTED_MEDIA_TYPE', 'PAYLOAD_TOO_LARGE'] },
  });
}
