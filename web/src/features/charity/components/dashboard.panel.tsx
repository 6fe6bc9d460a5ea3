import { Card, Statistic, Table } from 'antd';
import { NEED_KIND_LABELS, type CharityDashboardDto } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { wanText } from '../utils/money';

type Flow = CharityDashboardDto['totals'];
const FLOW: (keyof Flow)[] = ['raisedFen', 'claimedFen', 'receivedFen', 'passedOnFen', 'deliveredFen'];
const FLOW_LABEL = {
  raisedFen: 'charity.flow.raised',
  claimedFen: 'charity.flow.claimed',
  receivedFen: 'charity.flow.received',
  passedOnFen: 'charity.flow.passedOn',
  deliveredFen: 'charity.flow.delivered',
} as const;

/** The office's platform dashboard: the money path in 万元, by county, kind and donor type, and time to delivery. */
export function DashboardPanel({ d }: { d: CharityDashboardDto }) {
  const { t, lang } = useT();
  const cols = FLOW.map((k) => ({
    title: `${t(FLOW_LABEL[k])}（万元）`,
    render: (_: unknown, r: Flow) => wanText(r[k]),
  }));
  return (
    <>
      <div className="xz-charity-public__totals">
        {FLOW.map((k) => (
          <Card size="small" key={k}>
            <Statistic title={t(FLOW_LABEL[k])} value={wanText(d.totals[k])} suffix="万元" />
          </Card>
        ))}
      </div>
      <p>
        {t('charity.dash.days', {
          median: d.daysToDelivery.median ?? '—',
          p90: d.daysToDelivery.p90 ?? '—',
          count: d.daysToDelivery.count,
        })}
      </p>
      <Card size="small" title={t('charity.dash.byCounty')} style={{ marginBottom: 12 }}>
        <Table
          rowKey="countyCode"
          size="small"
          pagination={false}
          dataSource={d.byCounty}
          scroll={{ x: 700 }}
          columns={[{ title: t('charity.field.county'), dataIndex: 'countyName' }, ...cols]}
        />
      </Card>
      <Card size="small" title={t('charity.dash.byKind')} style={{ marginBottom: 12 }}>
        <Table<CharityDashboardDto['byKind'][number]>
          rowKey="kind"
          size="small"
          pagination={false}
          dataSource={d.byKind}
          scroll={{ x: 700 }}
          columns={[
            {
              title: t('charity.field.kind'),
              render: (_: unknown, r: CharityDashboardDto['byKind'][number]) => NEED_KIND_LABELS[r.kind][lang],
            },
            ...cols,
          ]}
        />
      </Card>
      <Card size="small" title={t('charity.dash.byDonor')}>
        <Table
          rowKey="kind"
          size="small"
          pagination={false}
          dataSource={d.byDonorKind}
          columns={[
            {
              title: t('charity.donorPage.kind'),
              render: (_, r) => t(r.kind === 'enterprise' ? 'charity.donor.enterprise' : 'charity.donor.individual'),
            },
            { title: '#', dataIndex: 'donors' },
            { title: `${t('charity.flow.received')}（万元）`, render: (_, r) => wanText(r.receivedFen) },
          ]}
        />
      </Card>
    </>
  );
}
