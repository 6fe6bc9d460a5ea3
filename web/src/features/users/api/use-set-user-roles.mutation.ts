import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RoleAssignment, UserAdminDto } from '@xiezuo/domain';
import { api } from '../../../api/api-client';
import { reloadOnConflict } from './on-conflict';
import { usersKeys } from './users.keys';

export type SetRolesInput = { id: string; version: number; roles: RoleAssignment[] };

/** `PUT /api/users/:id/roles` with the version read, so a concurrent change answers 409. */
export function useSetUserRoles() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, roles }: SetRolesInput) =>
      api.put<UserAdminDto>(`/api/users/${id}/roles`, { version, roles }),
    meta: {
      handledErrors: [
        'ADMIN_ROLES_SEPARATED',
        'ADMIN_AND_BUSINESS_ROLES',
        'SCOPE_REQUIRED',
        'VALIDATION_FAILED',
        'CONFLICT',
      ],
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: usersKeys.all }),
    onError: (error) => reloadOnConflict(qc, error),
  });
}
