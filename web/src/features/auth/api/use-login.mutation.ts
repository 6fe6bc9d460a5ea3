import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SessionDto } from '@xiezuo/domain';
import { api, rememberCsrfToken } from '../../../api/api-client';
import { SESSION_KEY } from './auth.keys';

export type LoginInput = { username: string; password: string };

/** Signs in; the login form shows every error itself. */
export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: LoginInput) => api.post<SessionDto>('/api/auth/login', input),
    meta: { handledErrors: 'all' },
    onSuccess: (session) => {
      rememberCsrfToken(session.csrfToken);
      // Drop whatever a previous user left in the cache before the new session is shown.
      qc.removeQueries();
      qc.setQueryData(SESSION_KEY, session);
    },
  });
}
