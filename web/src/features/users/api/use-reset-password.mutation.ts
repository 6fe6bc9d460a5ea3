import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/api-client';
import type { InitialPassword } from './initial-password';
import { usersKeys } from './users.keys';

/** `POST /api/users/:id/reset-password`: issues a new initial password, shown once. */
export function useResetPassword() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<InitialPassword>(`/api/users/${id}/reset-password`),
    onSuccess: () => qc.invalidateQueries({ queryKey: usersKeys.all }),
  });
}
