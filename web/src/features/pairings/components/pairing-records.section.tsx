import { useState } from 'react';
import { Card, Table, Tag, Typography } from 'antd';
import { recordType, RECORD_STATUS_LABELS, type RecordSummaryDto } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { EmptyState } from '../../../components/empty-state';
import { RECORDS_PAGE_SIZE, usePairingRecords } from '../api/use-pairing-records.query';

/** Ledger records filed under the pairing (`GET /api/records?pairing=`), newest first; an empty state when none. */
export function PairingRecordsSection({ pairingId }: { pairingId: string }) {
  const { t, lang } = useT();
  const [page, setPage] = useState(1);
  const records = usePairingRecords(pairingId, page);

  return (
    <Card
      size="small"
      title={
        <Typography.Title level={2} className="xz-card-title">
          {t('records.title')}
        </Typography.Title>
      }
    >
      {records.data?.total === 0 ? (
        <EmptyState description={t('records.empty')} />
      ) : (
        <Table<RecordSummaryDto>
          rowKey="id"
          size="small"
          loading={records.isFetching}
          dataSource={records.data?.items ?? []}
          scroll={{ x: 640 }}
          pagination={{
            current: page,
            pageSize: RECORDS_PAGE_SIZE,
            total: records.data?.total ?? 0,
            hideOnSinglePage: true,
            onChange: setPage,
            showTotal: (n) => t('common.total', { n }),
          }}
          locale={{
            emptyText: records.error ? records.error.message : <EmptyState description={t('records.empty')} />,
          }}
          columns={[
            { title: t('records.occurredOn'), dataIndex: 'occurredOn', width: 110 },
            {
              title: t('records.type'),
              key: 'type',
              width: 160,
              render: (_v, r) => recordType(r.type)?.label[lang] ?? r.type,
            },
            { title: t('records.eastUnit'), key: 'unit', render: (_v, r) => r.eastUnit.name },
            { title: t('records.region'), key: 'region', render: (_v, r) => r.regionName ?? r.countyName },
            { title: t('records.people'), dataIndex: 'peopleCount', width: 70, align: 'right' },
            {
              title: t('records.status'),
              key: 'status',
              width: 130,
              render: (_v, r) => <Tag>{RECORD_STATUS_LABELS[r.status][lang]}</Tag>,
            },
          ]}
        />
      )}
    </Card>
  );
}
