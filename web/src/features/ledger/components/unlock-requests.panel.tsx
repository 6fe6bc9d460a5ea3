import { useState } from 'react';
import { Button, Flex, Input, Modal, Segmented, Table, Tag, Typography, type TableProps } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { notify } from '../../../app/error-notifier';
import { useT } from '../../../app/i18n';
import { useHasAbility } from '../../auth/session-context';
import type { UnlockRequest, UnlockStatus } from '../api/ledger.types';
import { useDecideUnlock, useUnlockRequests } from '../api/use-unlock-requests.query';
import { UnlockDiff } from './unlock-diff';

const STATUS_COLORS: Record<UnlockStatus, string> = { pending: 'gold', approved: 'green', rejected: 'red' };
type Props = { status: UnlockStatus | null; onStatus: (s: UnlockStatus | null) => void };

/** Unlock requests with their before/after; the office approves (the change is applied) or rejects with a note. */
export function UnlockRequestsPanel({ status, onStatus }: Props) {
  const { t } = useT();
  const canManage = useHasAbility('org.manage');
  const requests = useUnlockRequests(status);
  const decide = useDecideUnlock();
  const [deciding, setDeciding] = useState<{ request: UnlockRequest; verb: 'approve' | 'reject' } | null>(null);
  const [note, setNote] = useState('');

  const columns: NonNullable<TableProps<UnlockRequest>['columns']> = [
    {
      title: t('ledger.unlocks.createdAt'),
      dataIndex: 'createdAt',
      key: 'at',
      width: 140,
      render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm'),
    },
    {
      title: t('ledger.unlocks.record'),
      key: 'record',
      width: 110,
      render: (_v, u) => <Link to={`/ledger/${u.recordId}`}>{t('ledger.unlocks.open')}</Link>,
    },
    { title: t('ledger.unlocks.reason'), dataIndex: 'reason', key: 'reason' },
    { title: t('ledger.unlocks.requestedBy'), dataIndex: 'requestedBy', key: 'by', width: 150, responsive: ['md'] },
    {
      title: t('ledger.unlocks.decision'),
      key: 'status',
      width: 200,
      render: (_v, u) => (
        <>
          <Tag color={STATUS_COLORS[u.status]}>{t(`ledger.unlocks.status.${u.status}`)}</Tag>
          {u.decidedBy ? <Typography.Text type="secondary">{u.decidedBy}</Typography.Text> : null}
          {u.decisionNote ? <div>{u.decisionNote}</div> : null}
        </>
      ),
    },
  ];
  if (canManage)
    columns.push({
      key: 'act',
      width: 140,
      render: (_v, u) =>
        u.status === 'pending' ? (
          <Flex gap={0}>
            <Button type="link" size="small" onClick={() => setDeciding({ request: u, verb: 'approve' })}>
              {t('ledger.unlocks.approve')}
            </Button>
            <Button type="link" size="small" danger onClick={() => setDeciding({ request: u, verb: 'reject' })}>
              {t('ledger.unlocks.reject')}
            </Button>
          </Flex>
        ) : null,
    });

  const close = () => {
    setDeciding(null);
    setNote('');
  };
  return (
    <>
      <Segmented<string>
        aria-label={t('ledger.periods.status')}
        value={status ?? 'all'}
        onChange={(v) => onStatus(v === 'all' ? null : (v as UnlockStatus))}
        options={[
          ...(['pending', 'approved', 'rejected'] as const).map((s) => ({
            value: s,
            label: t(`ledger.unlocks.status.${s}`),
          })),
          { value: 'all', label: t('ledger.unlocks.all') },
        ]}
        style={{ marginBottom: 12 }}
      />
      <Table<UnlockRequest>
        rowKey="id"
        size="middle"
        loading={requests.isFetching}
        dataSource={requests.data ?? []}
        columns={columns}
        expandable={{ expandedRowRender: (u) => <UnlockDiff request={u} />, rowExpandable: () => true }}
        scroll={{ x: 760 }}
        locale={{ emptyText: t('ledger.unlocks.empty') }}
      />
      <Modal
        open={deciding !== null}
        title={deciding ? t(`ledger.unlocks.${deciding.verb}`) : ''}
        okText={deciding ? t(`ledger.unlocks.${deciding.verb}`) : ''}
        okButtonProps={{ danger: deciding?.verb === 'reject' }}
        confirmLoading={decide.isPending}
        onCancel={close}
        onOk={() =>
          deciding &&
          decide.mutate(
            { id: deciding.request.id, verb: deciding.verb, note: note.trim() || undefined },
            {
              onSuccess: () => (
                notify('success', t('ledger.done', { action: t(`ledger.unlocks.${deciding.verb}`) })),
                close()
              ),
            },
          )
        }
        destroyOnHidden
        width={720}
      >
        <Typography.Paragraph>
          {deciding ? t(deciding.verb === 'approve' ? 'ledger.unlocks.askApprove' : 'ledger.unlocks.askReject') : null}
        </Typography.Paragraph>
        {deciding ? <UnlockDiff request={deciding.request} /> : null}
        <Input.TextArea
          aria-label={t('ledger.unlocks.note')}
          placeholder={t('ledger.unlocks.note')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          maxLength={1000}
          autoSize={{ minRows: 2, maxRows: 5 }}
          style={{ marginTop: 12 }}
        />
      </Modal>
    </>
  );
}
