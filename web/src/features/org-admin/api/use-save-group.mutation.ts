import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { groupBody, GroupDto, groupPatchBody } from '@xiezuo/domain';
import { api } from '../../../api/api-client';
import { invalidateOrg, reloadOnConflict } from './on-conflict';

export type GroupBody = z.input<typeof groupBody>;
export type GroupPatch = z.input<typeof groupPatchBody>;
export type SaveGroupInput = { kind: 'create'; body: GroupBody } | { kind: 'update'; id: string; patch: GroupPatch };

/** `POST /api/org/groups` or `PATCH /api/org/groups/:id` (with version): name, lead unit, members. */
export function useSaveGroup() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: SaveGroupInput) =>
      input.kind === 'create'
        ? api.post<GroupDto>('/api/org/groups', input.body)
        : api.patch<GroupDto>(`/api/org/groups/${encodeURIComponent(input.id)}`, input.patch),
    meta: { handledErrors: ['VALIDATION_FAILED', 'DUPLICATE', 'CONFLICT'] },
    onSuccess: () => invalidateOrg(qc),
    onError: (error) => reloadOnConflict(qc, error),
  });
}
