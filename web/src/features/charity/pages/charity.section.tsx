import { Tabs } from 'antd';
import { Link } from 'react-router';
import { onlyBoundTo } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { useUrlParams } from '../../../app/use-url-params';
import { PageHeader } from '../../../components/page-header';
import { useCurrentSession, useHasAbility } from '../../auth/session-context';
import { useCharityDashboard } from '../api/charity.api';
import { DashboardPanel } from '../components/dashboard.panel';
import { NeedsBoard } from '../components/needs-board';
import { NeedFormButton } from '../components/need-form';
import { ReceiptsPanel, TransfersPanel } from '../components/custody.panels';
import '../charity.css';

/** 扶贫公益平台 for staff: the county's board and verification queue, the Red Cross's receipts and batches, the dashboard. */
export function CharitySection() {
  const { t } = useT();
  const session = useCurrentSession();
  const { get, update } = useUrlParams();
  const isCustodian = useHasAbility('charity.custody');
  const canWrite = useHasAbility('business.write');
  const isCounty = onlyBoundTo(session, 'county') && canWrite;
  const county = isCounty ? session.roles[0]?.scopeId : undefined;
  const dash = useCharityDashboard();
  const asOf = dash.data?.asOf ?? '';
  const tabs = [
    ...(isCustodian ? [] : [{ key: 'needs', label: t('charity.tab.needs'), children: <NeedsBoard asOf={asOf} /> }]),
    ...(isCounty
      ? [{ key: 'queue', label: t('charity.tab.queue'), children: <NeedsBoard asOf={asOf} status="draft" /> }]
      : []),
    {
      key: 'receipts',
      label: t('charity.tab.receipts'),
      children: <ReceiptsPanel asOf={asOf} canRecord={isCustodian} />,
    },
    {
      key: 'transfers',
      label: t('charity.tab.transfers'),
      children: <TransfersPanel asOf={asOf} canCreate={isCustodian} />,
    },
    ...(dash.data
      ? [{ key: 'dashboard', label: t('charity.tab.dashboard'), children: <DashboardPanel d={dash.data} /> }]
      : []),
  ];
  const active = get('tab') ?? tabs[0]!.key;
  return (
    <>
      <PageHeader
        title={t('charity.title')}
        subtitle={<Link to="/charity/public">{t('charity.publicLink')}</Link>}
        extra={county ? <NeedFormButton countyCode={county} /> : null}
      />
      <Tabs activeKey={active} onChange={(k) => update({ tab: k }, { push: true })} items={tabs} />
    </>
  );
}
