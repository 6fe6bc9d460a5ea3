import { Card, Col, Descriptions, Empty, Flex, List, Row, Spin, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link, useParams } from 'react-router';
import { SUPERVISION_KIND_LABELS, SUPERVISION_STATUS_LABELS, type SupervisionOrderDetailDto } from '@xiezuo/domain';
import { useT, type Translate } from '../../../app/i18n';
import { EmptyState } from '../../../components/empty-state';
import { PageHeader } from '../../../components/page-header';
import { useSupervisionOrder } from '../api/use-supervision-orders.query';
import { OrderActionsPanel } from '../components/order-actions.panel';
import { OrderStatus } from '../components/order-columns';
import '../components/oversight.css';

const at = (iso: string | null) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—');

function Facts({ order, t }: { order: SupervisionOrderDetailDto; t: Translate }) {
  const { lang } = useT();
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, md: 2 }}
      items={[
        { key: 'kind', label: t('sup.col.kind'), children: SUPERVISION_KIND_LABELS[order.kind][lang] },
        { key: 'units', label: t('sup.col.units'), children: order.units.map((u) => u.name).join('、') },
        {
          key: 'due',
          label: t('sup.col.due'),
          children: <span className={order.isOverdue ? 'xz-overdue-text' : undefined}>{order.dueDate}</span>,
        },
        {
          key: 'created',
          label: t('sup.detail.createdAt'),
          children: `${at(order.createdAt)}${order.createdBy ? ` · ${order.createdBy}` : ''}`,
        },
        ...(order.closedAt ? [{ key: 'closed', label: t('sup.detail.closedAt'), children: at(order.closedAt) }] : []),
        ...(order.indicators.length
          ? [
              {
                key: 'ind',
                label: t('sup.detail.indicators'),
                children: order.indicators.map(({ code, name }) => (
                  <Link
                    key={code}
                    to={`/dashboard?ind=${encodeURIComponent(code)}&drill=${encodeURIComponent(code)}`}
                    style={{ marginRight: 8 }}
                  >
                    {name[lang]}
                  </Link>
                )),
              },
            ]
          : []),
        ...(order.recordIds.length
          ? [
              {
                key: 'rec',
                label: t('sup.detail.records'),
                children: order.recordIds.map((id, i) => (
                  <Link key={id} to={`/ledger/${id}`} style={{ marginRight: 8 }}>{`#${i + 1}`}</Link>
                )),
              },
            ]
          : []),
        {
          key: 'req',
          label: t('sup.new.required'),
          span: 'filled',
          children: <p className="xz-response">{order.requiredResponse}</p>,
        },
      ]}
    />
  );
}

/** One order: what was asked of whom by when, the answers, the evidence, the history, and the caller's actions. */
export function SupervisionDetailPage() {
  const { t, lang } = useT();
  const { id = '' } = useParams();
  const res = useSupervisionOrder(id);
  const order = res.data;
  if (!order) {
    return res.error ? <Empty description={res.error.message} /> : <Spin />;
  }
  return (
    <>
      <PageHeader
        title={`${order.serial} ${order.subject}`}
        subtitle={<OrderStatus order={order} t={t} lang={lang} />}
      />
      <Typography.Paragraph>
        <Link to="/supervision">{t('sup.detail.back')}</Link>
      </Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Facts order={order} t={t} />
          <Card
            size="small"
            style={{ marginTop: 16 }}
            title={
              <Typography.Title level={2} className="xz-card-title">
                {t('sup.detail.responses')}
              </Typography.Title>
            }
          >
            <List
              dataSource={order.responses}
              locale={{ emptyText: <EmptyState description={t('sup.detail.noResponses')} /> }}
              renderItem={(r) => (
                <List.Item>
                  <List.Item.Meta
                    title={`${r.unit.name}${r.by ? ` · ${r.by}` : ''} · ${at(r.at)}`}
                    description={<p className="xz-response">{r.text}</p>}
                  />
                </List.Item>
              )}
            />
          </Card>
          <Card
            size="small"
            style={{ marginTop: 16 }}
            title={
              <Typography.Title level={2} className="xz-card-title">
                {t('sup.detail.files')}
              </Typography.Title>
            }
          >
            <List
              dataSource={order.files}
              locale={{ emptyText: <EmptyState description={t('sup.detail.noFiles')} /> }}
              renderItem={(f) => (
                <List.Item>
                  <a href={`/api/supervision-orders/${order.id}/files/${f.id}`} download={f.filename}>
                    {f.filename}
                  </a>
                  <Typography.Text type="secondary">{`${f.unitName ?? ''} · ${at(f.createdAt)}`}</Typography.Text>
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Flex vertical gap={16}>
            <OrderActionsPanel order={order} />
            <Card
              size="small"
              title={
                <Typography.Title level={2} className="xz-card-title">
                  {t('sup.detail.history')}
                </Typography.Title>
              }
            >
              <Timeline
                items={order.history.map((e) => ({
                  key: `${e.at}-${e.action}`,
                  content: (
                    <>
                      <Typography.Text strong>{t(`sup.event.${e.action}`)}</Typography.Text>
                      {` → ${SUPERVISION_STATUS_LABELS[e.toStatus as keyof typeof SUPERVISION_STATUS_LABELS]?.[lang] ?? e.toStatus}`}
                      <br />
                      <Typography.Text type="secondary">{`${at(e.at)}${e.user ? ` · ${e.user}` : ''}`}</Typography.Text>
                      {e.note ? <p className="xz-response">{e.note}</p> : null}
                    </>
                  ),
                }))}
              />
            </Card>
          </Flex>
        </Col>
      </Row>
    </>
  );
}
