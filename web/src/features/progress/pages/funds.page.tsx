import { useMemo } from 'react';
import { Col, Row, Spin, Typography } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n';
import { EmptyState } from '../../../components/empty-state';
import { PageHeader } from '../../../components/page-header';
import { DashboardFiltersBar } from '../components/dashboard-filters.bar';
import { DashboardToolbar } from '../components/dashboard-toolbar';
import { FundsRuleCard } from '../components/funds-rule.card';
import { useDashboardView } from '../hooks/use-dashboard-view';
import { shareSearch } from '../utils/dashboard-params';
import { moneyRatioCodes } from '../utils/progress-view';

/** The money rules of the plan (shares of paid funds: ≥ 50 % to industry, ≥ 80 % to livelihoods and the grassroots) as gauges with the payments behind them. */
export function FundsPage() {
  const { t } = useT();
  const v = useDashboardView();
  const codes = useMemo(() => moneyRatioCodes(v.plan.data?.indicators ?? []), [v.plan.data]);
  const items = (v.progress.data?.items ?? []).filter((i) => codes.includes(i.code));
  if (v.year === null || v.asOf === null || v.query === null) {
    return (
      <div className="xz-content__loading" role="status">
        <Spin description={t('common.loading')} />
      </div>
    );
  }
  const loading = v.progress.isPending || v.plan.isPending;
  return (
    <>
      <PageHeader
        title={t('funds.title')}
        subtitle={t('funds.subtitle', { year: v.year, asOf: v.asOf })}
        extra={
          <DashboardToolbar
            shareSearch={shareSearch(v.params, v.year, v.asOf)}
            carry={v.carry}
            isFetching={v.progress.isFetching}
            onRefresh={() => void v.progress.refetch()}
            hideFunds
          />
        }
      />
      <Typography.Paragraph className="xz-no-print">
        <Link to={`/dashboard${v.carry}`}>{t('funds.back')}</Link>
      </Typography.Paragraph>
      <DashboardFiltersBar
        filters={v.filters}
        year={v.year}
        asOf={v.asOf}
        today={v.today ?? v.asOf}
        planYears={v.planYears}
        org={v.org}
        fixed={null}
        pinned={v.pinned}
        onChange={v.onFilter}
        scopes={['county']}
      />
      {loading ? (
        <Spin />
      ) : items.length === 0 ? (
        <EmptyState description={t('funds.none')} />
      ) : (
        <Row gutter={[16, 16]}>
          {items.map((item) => (
            <Col xs={24} xxl={12} key={item.code}>
              <FundsRuleCard year={v.year!} query={v.query!} item={item} />
            </Col>
          ))}
        </Row>
      )}
    </>
  );
}
