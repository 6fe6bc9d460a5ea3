import { useCallback, useMemo } from 'react';
import { useParams } from 'react-router';
import { useUrlParams, type UrlPatch } from '../../../app/use-url-params';
import { useCurrentSession } from '../../auth/session-context';
import { useOrgOverview } from '../../org/api/use-org-overview.query';
import { usePlan } from '../api/use-plan.query';
import { useProgress } from '../api/use-progress.query';
import { openingYear, useToday } from '../../settings/api/use-today';
import { usePlanYears } from '../../plans/api/use-plan-years.query';
import { callerScope } from '../utils/caller-scope';
import {
  carrySearch,
  drillPatch,
  effectiveAsOf,
  parseDashboardParams,
  parseDrill,
  progressQuery,
  type DrillState,
  type FixedScope,
  type ScopeKey,
} from '../utils/dashboard-params';

/**
 * Everything a progress view derives from the URL: the filters, the year (the URL's, else the latest year of the
 * structure up to the working date's year), the as-of day (the URL's, else the working date clipped to the year), the
 * API query, and the answers.
 */
export function useDashboardView(opts: { scopeKey?: ScopeKey; refreshMs?: number } = {}) {
  const { id } = useParams();
  const fixedKey = opts.scopeKey;
  const fixed = useMemo<FixedScope>(() => (fixedKey && id ? { key: fixedKey, id } : null), [fixedKey, id]);
  const { params, update } = useUrlParams();
  const filters = useMemo(() => parseDashboardParams(params, fixed), [params, fixed]);
  const drill = useMemo(() => parseDrill(params), [params]);
  const session = useCurrentSession();
  const pinned = useMemo(() => callerScope(session.roles), [session.roles]);
  const today = useToday();

  const latest = useOrgOverview(null, filters.year === null);
  const fallbackYear = latest.data && today ? openingYear(latest.data.year, today) : null;
  const year = filters.year ?? fallbackYear;
  const org = useOrgOverview(year, year !== null);
  const asOf = year === null || !today ? null : effectiveAsOf(filters, year, today);
  const query = useMemo(() => (asOf === null ? null : progressQuery(filters, asOf)), [filters, asOf]);
  const planYears = usePlanYears();
  // a year without a plan is an empty state: nothing to ask the server for (it would answer 404)
  const hasPlan = planYears.isPending || year === null ? null : planYears.years.includes(year);
  const progress = useProgress(hasPlan ? year : null, query, opts.refreshMs);
  const plan = usePlan(hasPlan ? year : null);

  const setDrill = useCallback(
    (d: DrillState | null) => update(drillPatch(d), { push: d !== null && drill === null }),
    [update, drill],
  );
  const onFilter = useCallback((patch: UrlPatch) => update(patch), [update]);

  return {
    fixed,
    filters,
    drill,
    pinned,
    today,
    year,
    asOf,
    query,
    hasPlan,
    planYears: planYears.years,
    org: org.data,
    progress,
    plan,
    params,
    update,
    setDrill,
    onFilter,
    carry: carrySearch({ year, asOf: filters.asOf }),
  };
}
