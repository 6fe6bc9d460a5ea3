import { Card, Col, Row, Statistic, Table, Typography } from 'antd';
import { useT } from '../../../app/i18n';
import { useLabourDashboard } from '../api/labour.api';
import { destKey } from '../utils/labour-format';

/** 劳务协作概览: open posts, the pool by county and wish, the push funnel, retention after follow-up. */
export function LabourDashboardPage() {
  const { t } = useT();
  const d = useLabourDashboard();
  const data = d.data;
  return (
    <>
      <Typography.Title level={3}>{t('labour.dashboard.title')}</Typography.Title>
      <Row gutter={[16, 16]}>
        {(
          [
            ['labour.dashboard.postsOpen', data?.postsOpen],
            ['labour.dashboard.openings', data?.openings],
            ['labour.dashboard.sent', data?.pushes.sent],
            ['labour.dashboard.opened', data?.pushes.opened],
            ['labour.dashboard.applied', data?.pushes.applied],
            ['labour.dashboard.hired', data?.pushes.hired],
          ] as const
        ).map(([k, v]) => (
          <Col key={k} xs={12} md={4}>
            <Card size="small">
              <Statistic title={t(k)} value={v ?? '—'} loading={d.isPending} />
            </Card>
          </Col>
        ))}
        <Col xs={24} md={12}>
          <Card size="small" title={t('labour.dashboard.pool')}>
            <Table
              size="small"
              rowKey={(r) => `${r.countyCode}:${r.wish}`}
              loading={d.isPending}
              dataSource={data?.workers ?? []}
              pagination={false}
              columns={[
                { title: t('labour.col.county'), dataIndex: 'countyCode' },
                { title: t('labour.col.wish'), dataIndex: 'wish', render: (w: string) => t(destKey(w)) },
                { title: t('labour.col.available'), dataIndex: 'available', align: 'right' },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card size="small" title={t('labour.dashboard.retention')}>
            <Table
              size="small"
              rowKey={(r) => `${r.countyCode}:${r.destination}`}
              loading={d.isPending}
              dataSource={data?.retention ?? []}
              pagination={false}
              columns={[
                { title: t('labour.col.county'), dataIndex: 'countyCode' },
                { title: t('labour.col.destination'), dataIndex: 'destination', render: (w: string) => t(destKey(w)) },
                { title: t('labour.col.followed'), dataIndex: 'followed', align: 'right' },
                { title: t('labour.col.stayed'), dataIndex: 'stayed', align: 'right' },
                {
                  title: t('labour.col.rate'),
                  dataIndex: 'rate',
                  align: 'right',
                  render: (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`),
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
