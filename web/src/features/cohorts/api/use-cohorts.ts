import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CohortDetailDto, CohortDto, ResultBody, StudentBody, SupportBody } from '@xiezuo/domain';
import { api } from '../../../api/api-client';

export const cohortKeys = {
  all: ['cohorts'] as const,
  list: ['cohorts', 'list'] as const,
  one: (id: string) => ['cohorts', 'one', id] as const,
};

const path = (id: string) => `/api/cohorts/${encodeURIComponent(id)}`;

/** `GET /api/cohorts`: the cohorts in view with their counts. */
export function useCohorts() {
  return useQuery({
    queryKey: cohortKeys.list,
    queryFn: () => api.get<{ items: CohortDto[]; total: number }>('/api/cohorts'),
  });
}

/** `GET /api/cohorts/:id`: one cohort with its roster (masked ID numbers), results and support. */
export function useCohort(id: string) {
  return useQuery({ queryKey: cohortKeys.one(id), queryFn: () => api.get<CohortDetailDto>(path(id)), staleTime: 0 });
}

/** Every write answers with the cohort as it now is; the list's counts are refetched when next shown. */
function useCohortWrite<B>(id: string, url: (b: B) => string, body: (b: B) => unknown) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (b: B) => api.post<CohortDetailDto>(url(b), body(b)),
    onSuccess: (c) => {
      qc.setQueryData(cohortKeys.one(id), c);
      return qc.invalidateQueries({ queryKey: cohortKeys.list });
    },
  });
}

export function useAddStudent(id: string) {
  return useCohortWrite<StudentBody>(
    id,
    () => `${path(id)}/students`,
    (b) => b,
  );
}

export function useAddResult(id: string) {
  return useCohortWrite<{ studentId: string; body: ResultBody }>(
    id,
    (b) => `${path(id)}/students/${encodeURIComponent(b.studentId)}/results`,
    (b) => b.body,
  );
}

export function useAddSupport(id: string) {
  return useCohortWrite<{ studentId: string; body: SupportBody }>(
    id,
    (b) => `${path(id)}/students/${encodeURIComponent(b.studentId)}/supports`,
    (b) => b.body,
  );
}
