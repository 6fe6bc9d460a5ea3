import { Alert, Button, Card, Col, Row, Skeleton, Statistic, Table, Typography } from 'antd';
import type { CountySummaryDto } from '@xiezuo/domain';
import { useNavigate } from 'react-router';
import { useT } from '../../../app/i18n';
import { EmptyState } from '../../../components/empty-state';
import { useOrgOverview } from '../../org/api/use-org-overview.query';
import { summarise } from '../utils/org-summary';

/** Counts straight from `GET /api/org`: member units, working groups, counties in scope with townships and villages. */
export function OrgSummaryCard() {
  const { t } = useT();
  const navigate = useNavigate();
  const org = useOrgOverview();
  const title = org.data?.year ? t('home.orgTitleYear', { year: org.data.year }) : t('home.orgTitle');

  let body;
  if (org.isPending) body = <Skeleton active />;
  else if (org.error) body = <Alert type="error" showIcon title={org.error.message} />;
  else {
    const s = summarise(org.data);
    body = (
      <>
        {org.data.leadership ? (
          <Typography.Paragraph type="secondary">
            {t('home.leadership', { name: org.data.leadership.name })}
          </Typography.Paragraph>
        ) : null}
        <Row gutter={[16, 16]}>
          <Col xs={12} md={6}>
            <Statistic title={t('home.memberUnits')} value={s.memberUnits} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t('home.workingGroups')} value={s.workingGroups} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t('home.counties')} value={s.counties} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t('home.villages')} value={s.villages} />
          </Col>
        </Row>
        <Table<CountySummaryDto>
          style={{ marginTop: 16 }}
          size="small"
          rowKey="code"
          pagination={false}
          dataSource={org.data.counties}
          locale={{ emptyText: <EmptyState description={t('home.noCounties')} /> }}
          columns={[
            {
              title: t('home.county'),
              key: 'name',
              render: (_v, c) => (
                <>
                  <Typography.Text strong>{c.name}</Typography.Text>{' '}
                  <Typography.Text type="secondary">{c.parents.map((p) => p.name).join(' · ')}</Typography.Text>
                </>
              ),
            },
            { title: t('home.townships'), dataIndex: 'townships', align: 'right' },
            { title: t('home.villageCount'), dataIndex: 'villages', align: 'right' },
          ]}
        />
      </>
    );
  }

  return (
    <Card
      title={
        <Typography.Title level={2} className="xz-card-title">
          {title}
        </Typography.Title>
      }
      extra={
        <Button type="link" onClick={() => void navigate('/org')}>
          {t('home.viewOrg')}
        </Button>
      }
    >
      {body}
    </Card>
  );
}
