import { useMemo } from 'react';
import { Alert, Card, Col, Flex, Grid, Row, Skeleton, Statistic, Typography } from 'antd';
import { Select } from '../../../components/select';
import { useT } from '../../../app/i18n';
import { useUrlParams } from '../../../app/use-url-params';
import { EmptyState } from '../../../components/empty-state';
import { PageHeader } from '../../../components/page-header';
import { useOrgOverview } from '../../org/api/use-org-overview.query';
import { usePairingStats } from '../api/use-pairing-stats.query';
import { PairingsBarChart } from '../components/pairings-bar.chart';
import { PairingsMapChart } from '../components/pairings-map.chart';
import { PairingsStatsTable } from '../components/pairings-stats.table';
import { parseYear } from '../utils/pairing-filters';
import { pivotStats } from '../utils/pairing-stats';
import { usePlanYears } from '../../plans/api/use-plan-years.query';

const cardTitle = (text: string) => (
  <Typography.Title level={2} className="xz-card-title">
    {text}
  </Typography.Title>
);

/** 结对概览: totals, the map of lines from the district to each county, the bar chart and its data table; `?year=` in the URL. */
export function PairingsOverviewPage() {
  const { t } = useT();
  const planYears = usePlanYears();
  const { get, update } = useUrlParams();
  const year = parseYear(get('year'));
  const stats = usePairingStats(year);
  const org = useOrgOverview();
  const compact = Grid.useBreakpoint().md === false;
  const pivot = useMemo(
    () => (stats.data ? pivotStats(stats.data.byKindAndCounty, org.data?.counties ?? []) : null),
    [stats.data, org.data],
  );
  const summary = pivot
    ? pivot.counties.map((c) => t('pairingsOverview.summary', { county: c.name, n: c.total })).join(', ')
    : '';

  const yearSelect = (
    <Flex align="center" gap={8}>
      <Typography.Text id="overview-year">{t('pairings.filter.year')}</Typography.Text>
      <Select<number | 'all'>
        aria-labelledby="overview-year"
        value={year ?? 'all'}
        onChange={(v) => update({ year: v === 'all' ? null : v })}
        options={[
          { value: 'all' as const, label: t('pairings.allYears') },
          ...planYears.selectable.map((y) => ({ value: y, label: t('pairings.yearOption', { year: y }) })),
        ]}
        style={{ width: 120 }}
      />
    </Flex>
  );

  let body;
  if (stats.isPending || !pivot)
    body = stats.error ? <Alert type="error" showIcon title={stats.error.message} /> : <Skeleton active />;
  else
    body = (
      <>
        <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
          <Col xs={8}>
            <Card size="small">
              <Statistic title={t('pairingsOverview.total')} value={pivot.total} />
            </Card>
          </Col>
          <Col xs={8}>
            <Card size="small">
              <Statistic title={t('pairingsOverview.agreements')} value={stats.data?.agreements ?? 0} />
            </Card>
          </Col>
          <Col xs={8}>
            <Card size="small">
              <Statistic title={t('pairingsOverview.counties')} value={pivot.counties.length} />
            </Card>
          </Col>
        </Row>
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={14}>
            <Card size="small" title={cardTitle(t('pairingsOverview.map'))}>
              <PairingsMapChart
                pivot={pivot}
                eastCode={org.data?.tenant.regionCode ?? '120104'}
                compact={compact}
                ariaLabel={t('pairingsOverview.mapAria', { summary })}
              />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('pairingsOverview.mapNote')}
              </Typography.Text>
            </Card>
          </Col>
          <Col xs={24} xl={10}>
            <Card size="small" title={cardTitle(t('pairingsOverview.chart'))}>
              {pivot.total ? (
                <PairingsBarChart
                  pivot={pivot}
                  compact={compact}
                  ariaLabel={t('pairingsOverview.chartAria', { summary })}
                />
              ) : (
                <EmptyState description={t('pairingsOverview.empty')} />
              )}
            </Card>
          </Col>
          <Col span={24}>
            <Card size="small" title={cardTitle(t('pairingsOverview.table'))}>
              <PairingsStatsTable pivot={pivot} />
            </Card>
          </Col>
        </Row>
      </>
    );

  return (
    <>
      <PageHeader title={t('pairingsOverview.title')} subtitle={t('pairingsOverview.subtitle')} extra={yearSelect} />
      {body}
    </>
  );
}
