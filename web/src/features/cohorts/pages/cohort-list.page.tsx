import { Card, Col, Empty, Row, Spin, Statistic, Typography } from 'antd';
import { Link } from 'react-router';
import type { CohortDto } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { PageHeader } from '../../../components/page-header';
import { fenToWan } from '../../ledger/utils/money';
import { useCohorts } from '../api/use-cohorts';

function CohortCard({ c }: { c: CohortDto }) {
  const { t } = useT();
  return (
    <Card
      title={<Link to={`/cohorts/${c.id}`}>{c.name}</Link>}
      extra={<Link to={`/cohorts/${c.id}`}>{t('cohorts.open')}</Link>}
    >
      <Typography.Paragraph type="secondary">
        {t('cohorts.school')}：{c.school.name} · {t('cohorts.county')}：{c.county.name} · {t('cohorts.startYear')}：
        {c.startYear}
      </Typography.Paragraph>
      <Row gutter={16}>
        <Col span={8}>
          <Statistic title={t('cohorts.students')} value={c.students} />
        </Col>
        <Col span={8}>
          <Statistic title={t('cohorts.supported')} value={c.supported} />
        </Col>
        <Col span={8}>
          <Statistic title={t('cohorts.amount')} value={t('cohorts.wan', { v: fenToWan(c.amountFen) })} />
        </Col>
      </Row>
    </Card>
  );
}

/** The cohorts in the caller's scope, each with its counts; one click opens the register. */
export function CohortListPage() {
  const { t } = useT();
  const res = useCohorts();
  const items = res.data?.items ?? [];
  return (
    <>
      <PageHeader title={t('cohorts.title')} subtitle={t('cohorts.subtitle')} />
      {res.isPending ? (
        <Spin />
      ) : res.error ? (
        <Empty description={res.error.message} />
      ) : items.length === 0 ? (
        <Empty description={t('cohorts.empty')} />
      ) : (
        <Row gutter={[16, 16]}>
          {items.map((c) => (
            <Col key={c.id} xs={24} lg={12}>
              <CohortCard c={c} />
            </Col>
          ))}
        </Row>
      )}
    </>
  );
}
