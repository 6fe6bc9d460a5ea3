import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError, type ApiErrorCode } from '../api/api-error';
import { SESSION_KEY } from '../features/auth/api/auth.keys';
import { notifyError } from './error-notifier';

/** Per-query or per-mutation: which error codes the component shows itself, so the global handler stays quiet. */
export type RequestMeta = { handledErrors?: readonly ApiErrorCode[] | 'all' };

declare module '@tanstack/react-query' {
  interface Register {
    queryMeta: RequestMeta;
    mutationMeta: RequestMeta;
  }
}

function isHandledLocally(error: unknown, meta: RequestMeta | undefined): boolean {
  const handled = meta?.handledErrors;
  if (!handled) return false;
  if (handled === 'all') return true;
  return isApiError(error) && handled.includes(error.code);
}

function onError(error: unknown, meta: RequestMeta | undefined) {
  if (isHandledLocally(error, meta)) return;
  // The server refuses everything but the password change until it is done: reload the session to show that screen.
  if (isApiError(error) && error.code === 'PASSWORD_CHANGE_REQUIRED')
    void queryClient.invalidateQueries({ queryKey: SESSION_KEY });
  notifyError(error);
}

/** Client errors (4xx) will not improve on retry; network hiccups and 5xx get one more try. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < 1;
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: (error, query) => onError(error, query.meta) }),
  mutationCache: new MutationCache({ onError: (error, _vars, _ctx, mutation) => onError(error, mutation.meta) }),
  defaultOptions: {
    queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false },
    mutations: { retry: false },
  },
});
