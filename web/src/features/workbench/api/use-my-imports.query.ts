import { useQuery } from '@tanstack/react-query';
import type { ImportListDto } from '@xiezuo/domain';
import { api } from '../../../api/api-client';

/** `GET /api/imports`: my own import batches, or only those that stopped short (the workbench's link). */
export function useMyImports(q: { stopped: boolean; page: number }) {
  return useQuery({
    queryKey: ['imports', 'mine', q],
    queryFn: () =>
      api.get<ImportListDto>('/api/imports', { ...(q.stopped ? { stopped: 'true' } : {}), page: q.page, pageSize: 20 }),
  });
}
