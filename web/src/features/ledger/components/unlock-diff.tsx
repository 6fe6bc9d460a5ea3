import { Spin, Table, Typography } from 'antd';
import { recordType } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import type { UnlockRequest } from '../api/ledger.types';
import { useRecord } from '../api/use-record.query';
import { changeRows, type ChangeRow, type CommonLabels } from '../utils/record-changes';

/**
 * Before and after of an unlock request, field by field. A decided request carries both snapshots; a pending one
 * is compared with the record as it is now.
 */
export function UnlockDiff({ request }: { request: UnlockRequest }) {
  const { t, lang } = useT();
  const pending = request.status === 'pending' || !request.before;
  // the record names the type (field labels) and, for a pending request, is the "before"
  const record = useRecord(request.recordId);
  if (record.isPending) return <Spin size="small" />;
  const labels: CommonLabels = {
    occurredOn: t('ledger.change.occurredOn'),
    regionCode: t('ledger.change.regionCode'),
    pairingId: t('ledger.change.pairingId'),
    note: t('ledger.change.note'),
    peopleCount: t('ledger.change.peopleCount'),
  };
  const r = record.data;
  const before: Record<string, unknown> = pending
    ? r
      ? {
          occurredOn: r.occurredOn,
          regionCode: r.regionCode,
          pairingId: r.pairingId,
          values: r.values,
          note: r.note,
          peopleCount: r.peopleCount,
        }
      : {}
    : (request.before ?? {});
  const after: Record<string, unknown> = pending ? request.changes : (request.after ?? {});
  const rows = changeRows(recordType(r?.type ?? ''), before, after, lang, labels, (code) =>
    code === r?.regionCode ? (r?.regionName ?? undefined) : undefined,
  );
  if (!rows.length) return <Typography.Text type="secondary">{t('ledger.change.none')}</Typography.Text>;
  return (
    <Table<ChangeRow>
      rowKey="key"
      size="small"
      pagination={false}
      dataSource={rows}
      columns={[
        { title: t('ledger.change.field'), dataIndex: 'label', key: 'label', width: 180 },
        {
          title: t('ledger.change.before'),
          dataIndex: 'before',
          key: 'before',
          render: (v: string) => (
            <Typography.Text delete type="secondary">
              {v}
            </Typography.Text>
          ),
        },
        {
          title: t('ledger.change.after'),
          dataIndex: 'after',
          key: 'after',
          render: (v: string) => <Typography.Text strong>{v}</Typography.Text>,
        },
      ]}
    />
  );
}
