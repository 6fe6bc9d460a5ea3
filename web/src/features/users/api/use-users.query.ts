import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Page, UserAdminDto } from '@xiezuo/domain';
import { api } from '../../../api/api-client';
import { usersKeys } from './users.keys';

/** `GET /api/users`: a page of the tenant's users with their roles. */
export function useUsers(q: string, page: number, pageSize: number) {
  return useQuery({
    queryKey: usersKeys.list(q, page, pageSize),
    queryFn: () => api.get<Page<UserAdminDto>>('/api/users', { q, page, pageSize }),
    placeholderData: keepPreviousData,
  });
}
