import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UserAdminDto } from '@xiezuo/domain';
import { api } from '../../../api/api-client';
import { reloadOnConflict } from './on-conflict';
import { usersKeys } from './users.keys';

export type UpdateUserInput = { id: string; version: number; isActive?: boolean; displayName?: string };

/** `PATCH /api/users/:id`: activate, deactivate or rename, guarded by version. */
export function useUpdateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateUserInput) => api.patch<UserAdminDto>(`/api/users/${id}`, body),
    meta: { handledErrors: ['CONFLICT'] },
    onSuccess: () => qc.invalidateQueries({ queryKey: usersKeys.all }),
    onError: (error) => reloadOnConflict(qc, error),
  });
}
