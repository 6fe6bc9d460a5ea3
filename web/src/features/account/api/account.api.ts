import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AccountSessionDto } from '@xiezuo/domain';
import { api, rememberCsrfToken } from '../../../api/api-client';

export const ACCOUNT_KEY = ['account', 'me'] as const;

/** The signed-in external account; a 401 means "not signed in" and sends the caller to phone sign-in. */
export function useAccount() {
  return useQuery({
    queryKey: ACCOUNT_KEY,
    queryFn: async () => {
      const s = await api.get<AccountSessionDto>('/api/account/me');
      rememberCsrfToken(s.csrfToken);
      return s;
    },
    retry: false,
    meta: { handledErrors: ['UNAUTHENTICATED', 'SESSION_EXPIRED', 'FORBIDDEN'] },
  });
}

export function useRequestCode() {
  return useMutation({
    mutationFn: (phone: string) =>
      api.post<{ sent: true; expiresInSeconds: number; resendAfterSeconds: number }>('/api/auth/otp/request', {
        phone,
      }),
    meta: { handledErrors: ['PHONE_INVALID', 'RATE_LIMITED', 'VALIDATION_FAILED'] },
  });
}

export function useVerifyCode() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { phone: string; code: string }) => api.post<AccountSessionDto>('/api/auth/otp/verify', body),
    meta: { handledErrors: ['PHONE_INVALID', 'OTP_INVALID', 'OTP_LOCKED', 'RATE_LIMITED', 'VALIDATION_FAILED'] },
    onSuccess: (s) => {
      rememberCsrfToken(s.csrfToken);
      qc.setQueryData(ACCOUNT_KEY, s);
    },
  });
}

export function useAccountLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<{ ok: true }>('/api/account/logout'),
    onSettled: () => qc.clear(),
  });
}
