import { useMutation } from '@tanstack/react-query';
import { api } from '../../../api/api-client';
import type { AuditVerifyDto } from '@xiezuo/domain';

/** `GET /api/audit/verify` on demand: recomputes the SM3 hash chain over the whole log. */
export function useAuditVerify() {
  return useMutation({
    mutationFn: () => api.get<AuditVerifyDto>('/api/audit/verify'),
  });
}
