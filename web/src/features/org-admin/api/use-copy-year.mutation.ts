import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/api-client';
import { invalidateOrg } from './on-conflict';

/** `POST /api/org/years/:year/copy {fromYear}`: the groups of one year copied into another. */
export function useCopyYear() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ year, fromYear }: { year: number; fromYear: number }) =>
      api.post<{ year: number; groups: number }>(`/api/org/years/${year}/copy`, { fromYear }),
    meta: { handledErrors: ['VALIDATION_FAILED', 'DUPLICATE', 'NOT_FOUND'] },
    onSuccess: () => invalidateOrg(qc),
  });
}
