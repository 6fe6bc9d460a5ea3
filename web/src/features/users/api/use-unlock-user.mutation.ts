import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UserAdminDto } from '@xiezuo/domain';
import { api } from '../../../api/api-client';
import { usersKeys } from './users.keys';

/** `POST /api/users/:id/unlock`: lifts a lockout before it runs out. */
export function useUnlockUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<UserAdminDto>(`/api/users/${id}/unlock`),
    onSuccess: () => qc.invalidateQueries({ queryKey: usersKeys.all }),
  });
}
