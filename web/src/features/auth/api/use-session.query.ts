import { useQuery } from '@tanstack/react-query';
import type { SessionDto } from '@xiezuo/domain';
import { api, rememberCsrfToken } from '../../../api/api-client';
import { SESSION_KEY } from './auth.keys';

async function fetchSession(): Promise<SessionDto> {
  const session = await api.get<SessionDto>('/api/auth/me');
  rememberCsrfToken(session.csrfToken);
  return session;
}

/** The signed-in user, roles, abilities; a 401 here means "not signed in" and is handled by the caller. */
export function useSession(enabled = true) {
  return useQuery({
    enabled,
    queryKey: SESSION_KEY,
    queryFn: fetchSession,
    retry: false,
    staleTime: 5 * 60_000,
    meta: { handledErrors: ['UNAUTHENTICATED', 'SESSION_EXPIRED', 'FORBIDDEN'] },
  });
}
