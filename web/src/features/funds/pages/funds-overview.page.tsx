import { Alert, Card, Spin, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n';
import { intParam, useUrlParams } from '../../../app/use-url-params';
import { PageHeader } from '../../../components/page-header';
import { fenToWan } from '../../ledger/utils/money';
import { useCurrentSession } from '../../auth/session-context';
import { useFundRules, useFundsOverview } from '../api/use-funds.queries';
import { fundsRoles } from '../utils/funds-roles';
import type { FundsOverview } from '../api/funds.types';
import { FundSettingsCard } from '../components/fund-settings.card';
import { SharesCard } from '../components/shares.card';
import { FundYearSelect } from '../components/year.select';

type Row = FundsOverview['district'];
const WAN_COLS = ['plannedFen', 'approvedFen', 'paidFen', 'receivedFen', 'spentFen'] as const;
const WAN_LABELS = {
  plannedFen: 'fund.col.planned',
  approvedFen: 'fund.col.approved',
  paidFen: 'fund.col.paid',
  receivedFen: 'fund.col.received',
  spentFen: 'fund.col.spent',
} as const;

/** The year's default: 2019 is the speech's year and the demo's; a URL year wins. */
export const DEFAULT_FUND_YEAR = 2019;

/** 资金概览: per county and for the district, money by stage (万元), the two shares, and money not matched. */
export function FundsOverviewPage() {
  const { t } = useT();
  const { get, update } = useUrlParams();
  const year = intParam(get('year'), DEFAULT_FUND_YEAR);
  const overview = useFundsOverview(year);
  const rules = useFundRules(year, {});
  const d = overview.data;
  const session = useCurrentSession();
  // a county officer's "district" row would only repeat their own county
  const oneCounty = fundsRoles(session.roles, session.abilities).counties.length === 1;
  const link = (r: Row) => `/funds/projects?year=${year}${r.countyCode ? `&county=${r.countyCode}` : ''}`;
  const columns = [
    {
      key: 'county',
      title: t('fund.col.county'),
      fixed: 'left' as const,
      render: (_: unknown, r: Row) => <Link to={link(r)}>{r.countyCode ? r.countyName : t('fund.district')}</Link>,
    },
    { key: 'projects', dataIndex: 'projects', title: t('fund.col.projects'), align: 'right' as const },
    ...WAN_COLS.map((k) => ({
      key: k,
      title: t('fund.inWan', { label: t(WAN_LABELS[k]) }),
      align: 'right' as const,
      render: (_: unknown, r: Row) => fenToWan(r[k]),
    })),
    {
      key: 'unmatchedPayments',
      title: t('fund.col.unmatchedPayments'),
      align: 'right' as const,
      render: (_: unknown, r: Row) => (
        <Typography.Text type={r.unmatchedPayments ? 'danger' : undefined}>
          {t('fund.unmatched', { n: r.unmatchedPayments, money: fenToWan(r.unmatchedPaymentsFen) })}
        </Typography.Text>
      ),
    },
    {
      key: 'unmatchedReceipts',
      title: t('fund.col.unmatchedReceipts'),
      align: 'right' as const,
      render: (_: unknown, r: Row) => (
        <Typography.Text type={r.unmatchedReceipts ? 'danger' : undefined}>
          {t('fund.unmatched', { n: r.unmatchedReceipts, money: fenToWan(r.unmatchedReceiptsFen) })}
        </Typography.Text>
      ),
    },
    { key: 'openFindings', dataIndex: 'openFindings', title: t('fund.col.findings'), align: 'right' as const },
  ];
  return (
    <>
      <PageHeader
        title={t('fund.overview.title')}
        subtitle={d ? t('fund.overview.subtitle', { year, asOf: d.asOf }) : undefined}
        extra={<FundYearSelect value={year} onChange={(v) => update({ year: v })} />}
      />
      {overview.error ? <Alert type="error" showIcon title={overview.error.message} /> : null}
      {!d ? (
        <Spin description={t('common.loading')} />
      ) : (
        <Card className="xz-funds-card" size="small">
          <Table<Row>
            rowKey={(r) => r.countyCode ?? 'district'}
            size="small"
            pagination={false}
            columns={columns}
            dataSource={oneCounty ? d.counties : [...d.counties, d.district]}
            // fits the 1366 px desktop without a scroll bar; narrower screens scroll with the county fixed
            scroll={{ x: 960 }}
            rowClassName={(r) => (r.countyCode ? '' : 'xz-funds-total-row')}
          />
        </Card>
      )}
      {rules.data ? <SharesCard rules={rules.data} /> : null}
      <FundSettingsCard />
    </>
  );
}
