import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RoleAssignment } from '@xiezuo/domain';
import { api } from '../../../api/api-client';
import type { InitialPassword } from './initial-password';
import { usersKeys } from './users.keys';

export type CreateUserInput = { username: string; displayName: string; roles: RoleAssignment[] };

/** `POST /api/users`: creates the user and returns the one-time initial password. */
export function useCreateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateUserInput) => api.post<InitialPassword>('/api/users', input),
    meta: {
      handledErrors: [
        'ADMIN_ROLES_SEPARATED',
        'ADMIN_AND_BUSINESS_ROLES',
        'SCOPE_REQUIRED',
        'DUPLICATE',
        'VALIDATION_FAILED',
      ],
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: usersKeys.all }),
  });
}
