import { lazy, Suspense, useMemo, useState } from 'react';
import { Alert, Spin, Typography } from 'antd';
import { Link } from 'react-router';
import type { OrgOverviewDto, ValueFormat } from '@xiezuo/domain';
import { useT, type Translate } from '../../../app/i18n';
import { isApiError } from '../../../api/api-error';
import { EmptyState } from '../../../components/empty-state';
import { PageHeader } from '../../../components/page-header';
import { WhenVisible } from '../../../components/when-visible';
import { DashboardFiltersBar } from '../components/dashboard-filters.bar';
import { DashboardToolbar } from '../components/dashboard-toolbar';
import { ProgressSections } from '../components/progress-sections';
import { StatusTiles } from '../components/status-tiles';
import { useDashboardView } from '../hooks/use-dashboard-view';
import { useCurrentSession } from '../../auth/session-context';
import { shareSearch, type FixedScope, type ScopeKey } from '../utils/dashboard-params';
import { defaultIndicator, partFormat, ratioParts, unitIndicators } from '../utils/progress-view';

// Neither is on the first screen: the charts (and echarts) load when scrolled to, the drill-down on its first use.
const DashboardCharts = lazy(() => import('../components/dashboard-charts'));
const DrilldownDrawer = lazy(() =>
  import('../components/drilldown.drawer').then((m) => ({ default: m.DrilldownDrawer })),
);

function scopeTitle(t: Translate, fixed: FixedScope, org: OrgOverviewDto | undefined): string {
  if (!fixed) return t('dash.title');
  if (fixed.key === 'county')
    return t('dash.titleCounty', { name: org?.counties.find((c) => c.code === fixed.id)?.name ?? fixed.id });
  if (fixed.key === 'group')
    return t('dash.titleGroup', { name: org?.workingGroups.find((g) => g.code === fixed.id)?.name ?? fixed.id });
  return t('dash.titleUnit', { name: org?.units.find((u) => u.id === fixed.id)?.name ?? '…' });
}

/**
 * Live progress of the year's targets: the district overview, or (with `scopeKey`) one county, working group or
 * unit from the path. Every filter, the charted indicator and the open drill-down live in the URL.
 */
export function DashboardPage({ scopeKey }: { scopeKey?: ScopeKey }) {
  const { t } = useT();
  const v = useDashboardView({ scopeKey });
  const data = v.progress.data;
  // a reporter's view is pinned to their unit by the server even without a unit in the URL
  const unitId = v.filters.unit ?? (v.pinned?.key === 'unit' && v.pinned.ids.length === 1 ? v.pinned.ids[0]! : null);
  const unitCode = unitId ? (v.org?.units.find((u) => u.id === unitId)?.code ?? null) : null;
  const items = useMemo(() => {
    const all = data?.items ?? [];
    return unitCode && v.plan.data ? unitIndicators(all, v.plan.data.indicators, unitCode) : all;
  }, [data, unitCode, v.plan.data]);
  const selectedCode = v.filters.ind ?? defaultIndicator(items);
  const selected = items.find((i) => i.code === selectedCode);
  const counties = useMemo(() => {
    const first = items[0]?.counties ?? [];
    return first.length > 1 ? first.map((c) => ({ code: c.countyCode, name: c.countyName })) : [];
  }, [items]);
  const partFormats = useMemo(() => {
    const m = new Map<string, { numerator: ValueFormat; denominator: ValueFormat }>();
    for (const d of v.plan.data?.indicators ?? []) {
      const parts = ratioParts(d);
      if (parts) m.set(d.code, { numerator: partFormat(parts.numerator), denominator: partFormat(parts.denominator) });
    }
    return m;
  }, [v.plan.data]);
  // a group's name, never its code: the leadership group's indicators (组织领导) belong to no working group
  const groups = [...(v.org?.workingGroups ?? []), ...(v.org?.leadership ? [v.org.leadership] : [])];
  const groupName = (code: string) => groups.find((g) => g.code === code)?.name ?? '';
  const onSelect = (code: string) => v.update({ ind: code });
  const canManage = useCurrentSession().abilities.includes('org.manage');
  const noPlan = v.hasPlan === false || (isApiError(v.progress.error) && v.progress.error.code === 'NOT_FOUND');
  // once opened, the drawer stays mounted so it can animate closed
  const [hasDrilled, setHasDrilled] = useState(false);
  if (v.drill && !hasDrilled) setHasDrilled(true);

  if (v.year === null || v.asOf === null || v.query === null) {
    return (
      <div className="xz-content__loading" role="status">
        <Spin description={t('common.loading')} />
      </div>
    );
  }
  const subtitle = noPlan
    ? t('dash.subtitleNoPlan', { year: v.year })
    : t('dash.subtitle', {
        year: v.year,
        asOf: data?.asOf ?? v.asOf,
        share: data ? `${Math.round(data.expectedShare * 1000) / 10}%` : '…',
      });
  return (
    <>
      <PageHeader
        title={scopeTitle(t, v.fixed, v.org)}
        subtitle={subtitle}
        extra={
          <DashboardToolbar
            shareSearch={shareSearch(v.params, v.year, v.asOf)}
            carry={v.carry}
            isFetching={v.progress.isFetching}
            onRefresh={() => void v.progress.refetch()}
          />
        }
      />
      {v.fixed ? (
        <Typography.Paragraph className="xz-no-print">
          <Link to={`/dashboard${v.carry}`}>{t('dash.back')}</Link>
        </Typography.Paragraph>
      ) : counties.length ? (
        <nav aria-label={t('dash.countyViews')} className="xz-no-print xz-scope-links">
          <Typography.Text type="secondary">{t('dash.countyViews')}：</Typography.Text>
          {counties.map((c) => (
            <Link key={c.code} to={`/dashboard/counties/${c.code}${v.carry}`}>
              {c.name}
            </Link>
          ))}
        </nav>
      ) : null}
      <DashboardFiltersBar
        filters={v.filters}
        year={v.year}
        asOf={v.asOf}
        today={v.today ?? v.asOf}
        planYears={v.planYears}
        org={v.org}
        fixed={v.fixed}
        pinned={v.pinned}
        onChange={v.onFilter}
      />
      {noPlan ? (
        <EmptyState
          description={t('dash.noPlan', { year: v.year })}
          action={
            canManage ? (
              <Link to={`/plans?year=${Math.max(...v.planYears)}`}>{t('dash.createPlan', { year: v.year })}</Link>
            ) : null
          }
        />
      ) : v.progress.error ? (
        <Alert type="error" showIcon title={v.progress.error.message} />
      ) : (
        <>
          <StatusTiles items={items} />
          <ProgressSections
            items={items}
            loading={v.progress.isPending}
            counties={counties}
            partFormats={partFormats}
            groupName={groupName}
            carry={v.carry}
            onDrill={v.setDrill}
            onSelect={onSelect}
          />
          {items.length ? (
            <WhenVisible minHeight={420}>
              <Suspense fallback={<Spin />}>
                <DashboardCharts year={v.year} query={v.query} items={items} selected={selected} onSelect={onSelect} />
              </Suspense>
            </WhenVisible>
          ) : null}
        </>
      )}
      {hasDrilled ? (
        <Suspense fallback={null}>
          <DrilldownDrawer
            year={v.year}
            query={v.query}
            drill={v.drill}
            item={items.find((i) => i.code === v.drill?.code)}
            onChange={v.setDrill}
          />
        </Suspense>
      ) : null}
    </>
  );
}
