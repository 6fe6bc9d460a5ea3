import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Page, UnitDto } from '@xiezuo/domain';
import { api } from '../../../api/api-client';
import type { UnitApiQuery } from '../utils/unit-filters';
import { orgAdminKeys } from './org-admin.keys';

/** `GET /api/units`: one server page under the filters in the URL. */
export function useUnits(query: UnitApiQuery) {
  return useQuery({
    queryKey: orgAdminKeys.unitList(query),
    queryFn: () => api.get<Page<UnitDto>>('/api/units', query),
    placeholderData: keepPreviousData,
  });
}

/** Every unit of a side (the API's largest page, 500), for pickers; a tenant has on the order of a hundred. */
export function useUnitOptions(side: 'east' | 'west' | null) {
  return useQuery({
    queryKey: orgAdminKeys.unitOptions(side),
    queryFn: () => api.get<Page<UnitDto>>('/api/units', { side, pageSize: 500, sort: 'name' }),
    staleTime: 5 * 60_000,
    select: (page) => page.items,
  });
}
