import { useState } from 'react';
import { Button, Card, Col, Descriptions, Row, Table, Tag, Typography } from 'antd';
import { DELIVERY_STATUSES } from '@xiezuo/domain';
import { notify } from '../../../app/error-notifier';
import { useT, type MessageKey } from '../../../app/i18n';
import { PageHeader } from '../../../components/page-header';
import { useHasAbility } from '../../auth/session-context';
import { sentAt } from '../../messages/utils/sent-at';
import { useDeadLetters, useQueueOverview, useRetryDelivery, type Delivery } from '../api/use-system-messages';

/** For the system admin: channels in use, deliveries by status, scheduled jobs' last runs, the dead-letter list. */
export function SystemMessagesPage() {
  const { t, lang } = useT();
  const canRetry = useHasAbility('config.manage');
  const [page, setPage] = useState(1);
  const overview = useQueueOverview();
  const dead = useDeadLetters(page);
  const retry = useRetryDelivery();
  const o = overview.data;
  const card = (title: MessageKey) => (
    <Typography.Title level={2} className="xz-card-title">
      {t(title)}
    </Typography.Title>
  );
  return (
    <>
      <PageHeader title={t('system.messages.title')} subtitle={t('system.messages.subtitle')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card size="small" loading={overview.isPending} title={card('system.messages.adapters')}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label="SMS">
                {o ? t(`system.messages.adapter.${o.adapters.sms}` as MessageKey) : null}
              </Descriptions.Item>
              <Descriptions.Item label="WeCom">
                {o ? t(`system.messages.adapter.${o.adapters.wecom}` as MessageKey) : null}
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" loading={overview.isPending} title={card('system.messages.counts')}>
            <Descriptions column={2} size="small">
              {DELIVERY_STATUSES.map((s) => (
                <Descriptions.Item key={s} label={t(`system.messages.status.${s}` as MessageKey)}>
                  {o?.counts[s] ?? 0}
                </Descriptions.Item>
              ))}
            </Descriptions>
          </Card>
        </Col>
        <Col span={24}>
          <Card size="small" title={card('system.messages.jobs')}>
            <Table
              rowKey="name"
              size="small"
              pagination={false}
              loading={overview.isPending}
              dataSource={o?.jobs ?? []}
              scroll={{ x: 640 }}
              columns={[
                { key: 'job', title: t('system.messages.job'), render: (_, j) => j.label[lang] },
                { key: 'cron', title: t('system.messages.cron'), dataIndex: 'cron' },
                {
                  key: 'last',
                  title: t('system.messages.lastRun'),
                  render: (_, j) => (j.lastRunAt ? sentAt(j.lastRunAt) : t('system.messages.never')),
                },
                {
                  key: 'outcome',
                  title: t('system.messages.outcome'),
                  render: (_, j) =>
                    j.lastOutcome ? (
                      <Tag color={j.lastOutcome === 'ok' ? 'success' : 'error'}>
                        {t(`system.messages.${j.lastOutcome}`)}
                      </Tag>
                    ) : null,
                },
                { key: 'detail', title: '', render: (_, j) => j.lastDetail },
              ]}
            />
          </Card>
        </Col>
        <Col span={24}>
          <Card size="small" title={card('system.messages.dead')}>
            <Table<Delivery>
              rowKey="id"
              size="small"
              loading={dead.isPending}
              dataSource={dead.data?.items ?? []}
              scroll={{ x: 800 }}
              pagination={{ current: page, pageSize: 20, total: dead.data?.total ?? 0, onChange: setPage }}
              columns={[
                { key: 'at', title: t('system.messages.lastRun'), render: (_, d) => sentAt(d.updatedAt) },
                {
                  key: 'channel',
                  title: t('system.messages.channel'),
                  render: (_, d) => (d.channel === 'sms' ? 'SMS' : 'WeCom'),
                },
                { key: 'recipient', title: t('system.messages.recipient'), dataIndex: 'recipient' },
                { key: 'template', title: t('system.messages.template'), dataIndex: 'template' },
                { key: 'attempts', title: t('system.messages.attempts'), dataIndex: 'attempts' },
                { key: 'error', title: t('system.messages.error'), dataIndex: 'lastError', ellipsis: true },
                {
                  key: 'retry',
                  title: '',
                  render: (_, d) =>
                    canRetry ? (
                      <Button
                        size="small"
                        loading={retry.isPending && retry.variables === d.id}
                        onClick={() =>
                          retry.mutate(d.id, { onSuccess: () => notify('success', t('system.messages.retried')) })
                        }
                      >
                        {t('system.messages.retry')}
                      </Button>
                    ) : null,
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
