import { useQuery } from '@tanstack/react-query';
import type { ConsumptionDashboardDto } from '@xiezuo/domain';
import { api } from '../../../api/api-client';
import { consumptionKeys } from './consumption.keys';

/** `GET /api/consumption/dashboard?year=`: counted amounts by month, channel, county, category; top products. */
export function useConsumptionDashboard(year: number | null) {
  return useQuery({
    queryKey: consumptionKeys.dashboard(year ?? 0),
    queryFn: () => api.get<ConsumptionDashboardDto>('/api/consumption/dashboard', { year: year! }),
    enabled: year !== null,
  });
}
