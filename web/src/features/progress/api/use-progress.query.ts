import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import type { ProgressDto } from '@xiezuo/domain';
import { api } from '../../../api/api-client';
import type { ProgressApiQuery } from '../utils/dashboard-params';
import { dashboardKeys } from './dashboard.keys';

const fetchProgress = (year: number, q: ProgressApiQuery) => api.get<ProgressDto>(`/api/plans/${year}/progress`, q);

/**
 * `GET /api/plans/:year/progress`: every indicator live for a day and scope. Always refetched on opening a view and
 * on returning to the tab, so a record confirmed elsewhere shows without reloading the page; `refreshMs` polls (big screen).
 */
export function useProgress(year: number | null, q: ProgressApiQuery | null, refreshMs?: number) {
  return useQuery({
    queryKey: dashboardKeys.progress(year ?? 0, q ?? { asOf: '' }),
    queryFn: () => fetchProgress(year!, q!),
    enabled: year !== null && q !== null,
    placeholderData: keepPreviousData,
    staleTime: 0,
    refetchOnWindowFocus: true,
    refetchInterval: refreshMs,
    // a year without a plan is answered on the page ("no plan for 2026"), not as an error toast
    meta: { handledErrors: ['NOT_FOUND'] },
  });
}

// stable, so the combined result keeps its identity while no answer changes (the charts are not redrawn)
const combineSeries = (results: { data?: ProgressDto }[]) => ({
  answers: results.map((r) => r.data),
  loaded: results.filter((r) => r.data).length,
});

/** The same answer at each month end, for the trend (shares its cache with the views of those days). */
export function useProgressSeries(year: number | null, queries: readonly ProgressApiQuery[]) {
  return useQueries({
    combine: combineSeries,
    queries: queries.map((q) => ({
      queryKey: dashboardKeys.progress(year ?? 0, q),
      queryFn: () => fetchProgress(year!, q),
      enabled: year !== null,
      // a past month end only changes when a back-dated record is confirmed: a minute is fresh enough
      staleTime: 60_000,
    })),
  });
}
