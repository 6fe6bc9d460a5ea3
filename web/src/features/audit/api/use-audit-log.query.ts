import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/api-client';
import type { AuditApiQuery } from '../utils/audit-filters';
import { auditKeys } from './audit.keys';
import type { AuditEntryDto, Page } from '@xiezuo/domain';

/** `GET /api/audit`: one server-side page of the log for the filters in the URL. */
export function useAuditLog(query: AuditApiQuery) {
  return useQuery({
    queryKey: auditKeys.page(query),
    queryFn: () => api.get<Page<AuditEntryDto>>('/api/audit', query),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}
