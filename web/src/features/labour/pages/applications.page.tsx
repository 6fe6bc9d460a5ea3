import { Button, DatePicker, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { Dayjs } from 'dayjs';
import { useT } from '../../../app/i18n';
import { useApplications, useTransition } from '../api/labour.api';
import { statusKey, toKey } from '../utils/labour-format';

/** 求职申请: applications in the caller's scope, each with the steps the caller may take (from the server). */
export function ApplicationsPage() {
  const { t } = useT();
  const [page, setPage] = useState(1);
  const [start, setStart] = useState<Dayjs | null>(null);
  const apps = useApplications({ page, pageSize: 20 });
  const step = useTransition();
  return (
    <>
      <Typography.Title level={3}>{t('labour.applications.title')}</Typography.Title>
      <Space style={{ marginBottom: 12 }}>
        <span>{t('labour.col.startOn')}</span>
        <DatePicker value={start} onChange={setStart} aria-label={t('labour.col.startOn')} />
      </Space>
      <Table
        size="small"
        rowKey="id"
        loading={apps.isPending}
        dataSource={apps.data?.items ?? []}
        pagination={{ current: page, pageSize: 20, total: apps.data?.total ?? 0, onChange: setPage }}
        columns={[
          { title: t('labour.col.worker'), dataIndex: 'workerName' },
          { title: t('labour.col.phone'), dataIndex: 'phoneMasked' },
          { title: t('labour.col.title'), dataIndex: 'postTitle' },
          { title: t('labour.col.employer'), dataIndex: 'employerName' },
          { title: t('labour.col.startOn'), dataIndex: 'startOn' },
          { title: t('labour.col.status'), dataIndex: 'status', render: (s: string) => <Tag>{t(statusKey(s))}</Tag> },
          {
            title: t('labour.col.actions'),
            key: 'a',
            render: (_, r) => (
              <Space>
                {r.abilities.to.map((to) => (
                  <Button
                    key={to}
                    size="small"
                    loading={step.isPending}
                    disabled={to === 'hired' && !start}
                    onClick={() =>
                      step.mutate({ id: r.id, to, version: r.version, startOn: start?.format('YYYY-MM-DD') })
                    }
                  >
                    {t(toKey(to))}
                  </Button>
                ))}
              </Space>
            ),
          },
        ]}
      />
    </>
  );
}
