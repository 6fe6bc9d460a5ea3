import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/api-client';
import { SESSION_KEY } from './auth.keys';

export type ChangePasswordInput = { currentPassword: string; newPassword: string };

/** Changes the caller's own password; policy and credential errors are shown in the form. */
export function useChangePassword() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ChangePasswordInput) => api.post<{ ok: true }>('/api/auth/change-password', input),
    meta: { handledErrors: ['PASSWORD_POLICY', 'PASSWORD_REUSED', 'INVALID_CREDENTIALS', 'VALIDATION_FAILED'] },
    onSuccess: () => qc.invalidateQueries({ queryKey: SESSION_KEY }),
  });
}
