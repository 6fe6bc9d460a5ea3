import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AdjustmentDto, AppealDto, AssessmentSchemeDto, AssessmentScoresDto } from '@xiezuo/domain';
import { api } from '../../../api/api-client';
import { oversightKeys } from './oversight.keys';

/** `GET /api/assessment/:year/scores`: every member unit ranked, with the breakdowns the caller may see. */
export function useAssessmentScores(year: number | null, asOf: string | null) {
  return useQuery({
    queryKey: oversightKeys.scores(year ?? 0, asOf),
    queryFn: () => api.get<AssessmentScoresDto>(`/api/assessment/${year}/scores`, { asOf }),
    enabled: year !== null,
    placeholderData: keepPreviousData,
    staleTime: 0,
    meta: { handledErrors: ['NOT_FOUND'] },
  });
}

/** `GET /api/assessment/:year/scheme`: the items and weights, whether frozen, and what the caller may do. */
export function useAssessmentScheme(year: number | null) {
  return useQuery({
    queryKey: oversightKeys.scheme(year ?? 0),
    queryFn: () => api.get<AssessmentSchemeDto>(`/api/assessment/${year}/scheme`),
    enabled: year !== null,
    meta: { handledErrors: ['NOT_FOUND'] },
  });
}

/** `GET /api/assessment/:year/appeals`: appeals in the caller's scope. */
export function useAppeals(year: number | null) {
  return useQuery({
    queryKey: oversightKeys.appeals(year ?? 0),
    queryFn: () => api.get<AppealDto[]>(`/api/assessment/${year}/appeals`),
    enabled: year !== null,
    meta: { handledErrors: ['NOT_FOUND'] },
  });
}

/** `GET /api/assessment/:year/adjustments`: bonuses and deductions of the units whose detail the caller sees. */
export function useAdjustments(year: number | null) {
  return useQuery({
    queryKey: oversightKeys.adjustments(year ?? 0),
    queryFn: () => api.get<AdjustmentDto[]>(`/api/assessment/${year}/adjustments`),
    enabled: year !== null,
    meta: { handledErrors: ['NOT_FOUND'] },
  });
}
