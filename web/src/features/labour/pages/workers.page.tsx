import { Space, Table, Tag, Typography } from 'antd';
import { Select } from '../../../components/select';
import { useState } from 'react';
import { useT } from '../../../app/i18n';
import { useWorkers } from '../api/labour.api';
import { destKey, statusKey } from '../utils/labour-format';

/** 劳动力库: the pool in the caller's counties, masked ID numbers and phones, filtered by wish. */
export function WorkersPage() {
  const { t } = useT();
  const [page, setPage] = useState(1);
  const [wish, setWish] = useState<string | undefined>();
  const workers = useWorkers({ wish, page, pageSize: 20 });
  return (
    <>
      <Typography.Title level={3}>{t('labour.workers.title')}</Typography.Title>
      <Space style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder={t('labour.col.wish')}
          style={{ width: 160 }}
          value={wish}
          onChange={(v) => {
            setWish(v);
            setPage(1);
          }}
          options={['near_home', 'tianjin', 'elsewhere'].map((d) => ({ value: d, label: t(destKey(d)) }))}
        />
      </Space>
      <Table
        size="small"
        rowKey="id"
        loading={workers.isPending}
        dataSource={workers.data?.items ?? []}
        pagination={{ current: page, pageSize: 20, total: workers.data?.total ?? 0, onChange: setPage }}
        columns={[
          { title: t('labour.col.name'), dataIndex: 'name' },
          { title: t('labour.col.id'), dataIndex: 'idMasked' },
          { title: t('labour.col.phone'), dataIndex: 'phoneMasked' },
          { title: t('labour.col.county'), dataIndex: 'countyCode' },
          { title: t('labour.col.wish'), dataIndex: 'wish', render: (d: string) => t(destKey(d)) },
          { title: t('labour.col.skills'), dataIndex: 'skills', render: (s: string[]) => s.join('、') },
          { title: t('labour.col.status'), dataIndex: 'status', render: (s: string) => <Tag>{t(statusKey(s))}</Tag> },
        ]}
      />
    </>
  );
}
