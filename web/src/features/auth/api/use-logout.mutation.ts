import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, rememberCsrfToken } from '../../../api/api-client';

/** Signs out server-side, then forgets every cached answer. */
export function useLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<{ ok: true }>('/api/auth/logout'),
    // Whatever the server said, the person wants out: the local state is cleared either way.
    meta: { handledErrors: 'all' },
    onSettled: () => {
      rememberCsrfToken(null);
      qc.removeQueries();
    },
  });
}
