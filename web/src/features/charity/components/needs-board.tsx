import { Alert, Button, Input, Modal, Progress, Space, Table, Tag } from 'antd';
import { Select } from '../../../components/select';
import { useState } from 'react';
import {
  NEED_KIND_LABELS,
  NEED_STATUSES,
  NEED_STATUS_LABELS,
  type NeedAction,
  type NeedDto,
  type NeedStatus,
} from '@xiezuo/domain';
import { useT, type MessageKey } from '../../../app/i18n';
import { useDeliver, useNeedTransition, useNeeds } from '../api/charity.api';
import { progressPercent, yuanText } from '../utils/money';

const ACTIONS: NeedAction[] = ['verify', 'publish', 'return', 'cancel'];

/** The county's needs board (all states, filtered by status); the verification queue is the board on 草稿. */
export function NeedsBoard({ status: fixed, asOf }: { status?: NeedStatus; asOf: string }) {
  const { t, lang } = useT();
  const [status, setStatus] = useState<NeedStatus | ''>(fixed ?? '');
  const needs = useNeeds({ status: status || undefined, pageSize: 200 });
  const transition = useNeedTransition();
  const deliver = useDeliver();
  const act = (n: NeedDto, action: NeedAction) => {
    let reason = '';
    if (action === 'return' || action === 'cancel')
      return Modal.confirm({
        title: t(`charity.action.${action}` as MessageKey),
        content: <Input placeholder={t('charity.reason')} onChange={(e) => (reason = e.target.value)} />,
        onOk: () => transition.mutateAsync({ id: n.id, action, reason, version: n.version }),
      });
    transition.mutate({ id: n.id, action, reason: null, version: n.version });
  };
  const onDeliver = (n: NeedDto) => {
    let note = '';
    let receiptNote = '';
    Modal.confirm({
      title: t('charity.action.deliver'),
      content: (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Input
            aria-label={t('charity.deliver.note')}
            placeholder={t('charity.deliver.note')}
            onChange={(e) => (note = e.target.value)}
          />
          <Input
            aria-label={t('charity.deliver.receipt')}
            placeholder={t('charity.deliver.receipt')}
            onChange={(e) => (receiptNote = e.target.value)}
          />
        </Space>
      ),
      onOk: () =>
        deliver.mutateAsync({
          needId: n.id,
          deliveredOn: asOf,
          note,
          receiptNote: receiptNote || null,
          version: n.version,
        }),
    });
  };
  const error = transition.error ?? deliver.error ?? needs.error;
  return (
    <>
      {error ? <Alert type="error" showIcon title={error.message} style={{ marginBottom: 8 }} /> : null}
      {fixed ? null : (
        <Select
          aria-label={t('charity.col.status')}
          style={{ minWidth: 160, marginBottom: 8 }}
          value={status}
          onChange={setStatus}
          options={[
            { value: '', label: t('charity.public.all') },
            ...NEED_STATUSES.map((s) => ({ value: s, label: NEED_STATUS_LABELS[s][lang] })),
          ]}
        />
      )}
      <Table<NeedDto>
        rowKey="id"
        size="small"
        loading={needs.isPending}
        dataSource={needs.data?.items ?? []}
        pagination={{ pageSize: 20 }}
        scroll={{ x: 900 }}
        columns={[
          { title: t('charity.field.title'), dataIndex: 'title' },
          {
            title: t('charity.field.county'),
            render: (_, n) => `${n.countyName}${n.regionName ? ` · ${n.regionName}` : ''}`,
          },
          { title: t('charity.field.kind'), render: (_, n) => NEED_KIND_LABELS[n.kind][lang] },
          {
            title: t('charity.col.beneficiary'),
            render: (_, n) => (n.beneficiary ? `${n.beneficiary.nameMasked} ${n.beneficiary.idMasked}` : '—'),
          },
          { title: t('charity.amount'), render: (_, n) => `${yuanText(n.amountFen)} 元` },
          {
            title: t('charity.col.progress'),
            width: 140,
            render: (_, n) => <Progress percent={progressPercent(n.claimedFen, n.amountFen)} size="small" />,
          },
          { title: t('charity.col.status'), render: (_, n) => <Tag>{NEED_STATUS_LABELS[n.status][lang]}</Tag> },
          {
            title: t('charity.col.actions'),
            render: (_, n) => (
              <Space wrap>
                {ACTIONS.filter((a) => n.abilities[a]).map((a) => (
                  <Button key={a} size="small" onClick={() => act(n, a)}>
                    {t(`charity.action.${a}` as MessageKey)}
                  </Button>
                ))}
                {n.abilities.deliver ? (
                  <Button size="small" type="primary" onClick={() => onDeliver(n)}>
                    {t('charity.action.deliver')}
                  </Button>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
    </>
  );
}
