import { Checkbox, Table, Tag, Typography, type TableProps } from 'antd';
import type { ImportDto } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { useUrlParams } from '../../../app/use-url-params';
import { EmptyState } from '../../../components/empty-state';
import { PageHeader } from '../../../components/page-header';
import { useMyImports } from '../api/use-my-imports.query';

const COLORS: Record<ImportDto['status'], string> = {
  running: 'processing',
  done: 'success',
  failed: 'error',
  interrupted: 'warning',
};

/** 我的导入: my import batches; `?stopped=true` (the workbench's link) keeps those that failed or were interrupted. */
export function MyImportsPage() {
  const { t, lang } = useT();
  const { get, update } = useUrlParams();
  const stopped = get('stopped') === 'true';
  const page = Math.max(1, Number(get('page')) || 1);
  const res = useMyImports({ stopped, page });
  const columns: TableProps<ImportDto>['columns'] = [
    { title: t('workbench.imports.file'), dataIndex: 'filename', key: 'file' },
    {
      title: t('workbench.imports.createdAt'),
      key: 'at',
      render: (_v, r) => r.createdAt.slice(0, 16).replace('T', ' '),
    },
    {
      title: t('workbench.imports.status'),
      key: 'status',
      render: (_v, r) => <Tag color={COLORS[r.status]}>{t(`workbench.imports.status.${r.status}`)}</Tag>,
    },
    { title: t('workbench.imports.rows'), key: 'rows', render: (_v, r) => `${r.accepted} / ${r.total}` },
    {
      title: t('workbench.imports.reason'),
      key: 'why',
      render: (_v, r) => (
        <>
          {r.error ? <Typography.Text type="danger">{r.error[lang]}</Typography.Text> : null}{' '}
          {r.rejectsUrl ? <a href={r.rejectsUrl}>{t('workbench.imports.rejects')}</a> : null}
        </>
      ),
    },
  ];
  return (
    <>
      <PageHeader title={t('workbench.imports.title')} subtitle={t('workbench.imports.subtitle')} />
      <Checkbox
        checked={stopped}
        onChange={(e) => update({ stopped: e.target.checked ? 'true' : null, page: null })}
        style={{ marginBottom: 12 }}
      >
        {t('workbench.imports.stoppedOnly')}
      </Checkbox>
      <Table<ImportDto>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={res.data?.items ?? []}
        loading={res.isFetching}
        scroll={{ x: 'max-content' }}
        onChange={(p) => update({ page: p.current === 1 ? null : p.current })}
        pagination={{
          current: page,
          pageSize: 20,
          total: res.data?.total ?? 0,
          showTotal: (n) => t('common.total', { n }),
        }}
        locale={{
          emptyText: res.error ? res.error.message : <EmptyState description={t('workbench.imports.empty')} />,
        }}
      />
    </>
  );
}
