import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/api-client';
import { auditKeys } from './audit.keys';

/** `GET /api/audit/actions`: the distinct actions present in the log, for the filter. */
export function useAuditActions() {
  return useQuery({
    queryKey: auditKeys.actions,
    queryFn: async () => (await api.get<{ actions: string[] }>('/api/audit/actions')).actions,
    staleTime: 60_000,
  });
}
