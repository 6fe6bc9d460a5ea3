import { useQuery } from '@tanstack/react-query';
import type { SystemConfigDto } from '@xiezuo/domain';
import { api } from '../../../api/api-client';

/** `GET /api/system/config`: the effective, non-secret configuration. */
export function useSystemConfig() {
  return useQuery({ queryKey: ['system', 'config'], queryFn: () => api.get<SystemConfigDto>('/api/system/config') });
}
