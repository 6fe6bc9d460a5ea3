import { Tabs } from 'antd';
import { useT } from '../../../app/i18n';
import { useUrlParams } from '../../../app/use-url-params';
import { PageHeader } from '../../../components/page-header';
import type { UnlockStatus } from '../api/ledger.types';
import { PeriodsPanel } from '../components/periods.panel';
import { UnlockRequestsPanel } from '../components/unlock-requests.panel';
import '../ledger.css';

const STATUSES: readonly UnlockStatus[] = ['pending', 'approved', 'rejected'];

/** 期间与解锁: closing periods and deciding unlock requests (org.manage); others see them read-only. Tab and status in the URL. */
export function PeriodsPage() {
  const { t } = useT();
  const { get, update } = useUrlParams();
  const tab = get('tab') === 'unlocks' ? 'unlocks' : 'periods';
  const raw = get('status');
  // pending is the default; `all` is spelled out so it survives a reload
  const status = raw === 'all' ? null : (STATUSES.find((s) => s === raw) ?? 'pending');
  return (
    <>
      <PageHeader title={t('ledger.periods')} subtitle={t('ledger.periods.subtitle')} />
      <Tabs
        activeKey={tab}
        onChange={(k) => update({ tab: k === 'periods' ? null : k }, { push: true })}
        destroyOnHidden
        items={[
          { key: 'periods', label: t('ledger.periods.tab.periods'), children: <PeriodsPanel /> },
          {
            key: 'unlocks',
            label: t('ledger.periods.tab.unlocks'),
            children: (
              <UnlockRequestsPanel
                status={status}
                onStatus={(s) => update({ status: s === 'pending' ? null : (s ?? 'all') })}
              />
            ),
          },
        ]}
      />
    </>
  );
}
