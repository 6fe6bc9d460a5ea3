import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UnitDto } from '@xiezuo/domain';
import { api } from '../../../api/api-client';
import type { UnitBody, UnitPatch } from '../utils/unit-form';
import { invalidateOrg, reloadOnConflict } from './on-conflict';

export type SaveUnitInput = { kind: 'create'; body: UnitBody } | { kind: 'update'; id: string; patch: UnitPatch };

/** `POST /api/units` or `PATCH /api/units/:id` (with version); field errors (credit code) shown on the form, 409 reloads. */
export function useSaveUnit() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: SaveUnitInput) =>
      input.kind === 'create'
        ? api.post<UnitDto>('/api/units', input.body)
        : api.patch<UnitDto>(`/api/units/${encodeURIComponent(input.id)}`, input.patch),
    meta: { handledErrors: ['VALIDATION_FAILED', 'DUPLICATE', 'CONFLICT'] },
    onSuccess: () => invalidateOrg(qc),
    onError: (error) => reloadOnConflict(qc, error),
  });
}
