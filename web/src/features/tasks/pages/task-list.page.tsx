import { useMemo, useState } from 'react';
import { Button, Space, Spin, Table, Typography, type TableProps } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import type { TaskDto } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { useUrlParams, type UrlPatch } from '../../../app/use-url-params';
import { EmptyState } from '../../../components/empty-state';
import { PageHeader } from '../../../components/page-header';
import { useOversightYear } from '../../oversight/components/oversight-year';
import { useDocuments } from '../api/use-documents';
import { useTasks } from '../api/use-tasks.query';
import { ImportTasksDialog } from '../components/import-tasks.dialog';
import { taskColumns } from '../components/task-columns';
import { TaskFiltersBar } from '../components/task-filters.bar';
import { TasksNav } from '../components/tasks-nav';
import { parseTaskFilters, TASK_PAGE_SIZES, toTaskQuery } from '../utils/task-filters';
import '../components/tasks.css';

/** The task division as a table: clause, task, lead, co-units, deadline, status and last report; filters in the URL. */
export function TaskListPage() {
  const { t, lang } = useT();
  const { params, update } = useUrlParams();
  const urlYear = Number(params.get('year')) || null;
  const year = useOversightYear(urlYear);
  const filters = useMemo(() => parseTaskFilters(params, year ?? 0), [params, year]);
  const res = useTasks(toTaskQuery(filters));
  const docs = useDocuments(filters.year);
  const [isImportOpen, setImportOpen] = useState(false);
  if (year === null) return <Spin description={t('common.loading')} />;
  const set = (patch: UrlPatch) => update({ ...patch, page: null });
  const onChange: TableProps<TaskDto>['onChange'] = (p) =>
    update({ page: p.current === 1 ? null : p.current, pageSize: p.pageSize === 50 ? null : p.pageSize });
  const importable = (docs.data?.items ?? []).filter((d) => d.abilities.import);
  const division = (docs.data?.items ?? []).find((d) => d.kind === 'task_division') ?? null;
  const summary = res.data?.summary;
  return (
    <>
      <PageHeader
        title={t('tasks.title', { year: filters.year })}
        subtitle={t('tasks.subtitle', { asOf: res.data?.asOf ?? '…' })}
        extra={
          <Space wrap>
            {division ? (
              <Button icon={<DownloadOutlined />} href={`/api/documents/${division.id}/tasks.xlsx`}>
                {t('tasks.export')}
              </Button>
            ) : null}
            {importable.length ? (
              <Button icon={<UploadOutlined />} onClick={() => setImportOpen(true)}>
                {t('tasks.import')}
              </Button>
            ) : null}
          </Space>
        }
      />
      <TasksNav />
      <TaskFiltersBar filters={filters} set={set} />
      {summary ? (
        <Typography.Paragraph role="status" type="secondary">
          {t('tasks.summary', summary)}
        </Typography.Paragraph>
      ) : null}
      <Table<TaskDto>
        rowKey="id"
        size="middle"
        columns={taskColumns(t, lang)}
        dataSource={res.data?.items ?? []}
        loading={res.isFetching}
        onChange={onChange}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: filters.page,
          pageSize: filters.pageSize,
          total: res.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: TASK_PAGE_SIZES.map(String),
          showTotal: (n) => t('common.total', { n }),
        }}
        locale={{ emptyText: res.error ? res.error.message : <EmptyState description={t('tasks.empty')} /> }}
      />
      {isImportOpen ? (
        <ImportTasksDialog
          open
          documents={importable}
          initial={division && importable.includes(division) ? division.id : (importable[0]?.id ?? null)}
          onClose={() => setImportOpen(false)}
        />
      ) : null}
    </>
  );
}
