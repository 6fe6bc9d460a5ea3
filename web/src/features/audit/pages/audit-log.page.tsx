import { useMemo } from 'react';
import { Table, type TableProps } from 'antd';
import { useT } from '../../../app/i18n';
import { useUrlParams } from '../../../app/use-url-params';
import { EmptyState } from '../../../components/empty-state';
import { PageHeader } from '../../../components/page-header';
import { useAuditLog } from '../api/use-audit-log.query';
import type { AuditEntryDto as AuditEntry } from '@xiezuo/domain';
import { AuditEntryDetails, auditColumns } from '../components/audit-columns';
import { AuditFiltersBar } from '../components/audit-filters.bar';
import { useAuditVerifyPanel } from '../components/audit-verify.panel';
import { PAGE_SIZES, parseAuditFilters, toAuditQuery } from '../utils/audit-filters';

const FILTER_KEYS = ['from', 'to', 'action', 'outcome', 'q', 'page', 'pageSize', 'order'] as const;

/** Audit log: filters and paging in the URL, pages and sorting done by the server, details on expand, chain check. */
export function AuditLogPage() {
  const { t } = useT();
  const { params, update } = useUrlParams();
  const filters = useMemo(() => parseAuditFilters(params), [params]);
  const query = useMemo(() => toAuditQuery(filters), [filters]);
  const log = useAuditLog(query);
  const verify = useAuditVerifyPanel();
  const columns = useMemo(() => auditColumns(t, filters.order), [t, filters.order]);

  const onTableChange: TableProps<AuditEntry>['onChange'] = (pagination, _f, sorter, extra) => {
    if (extra.action === 'sort') {
      const s = Array.isArray(sorter) ? sorter[0] : sorter;
      update({ order: s?.order === 'ascend' ? 'asc' : null, page: null });
      return;
    }
    update({
      page: pagination.current === 1 ? null : pagination.current,
      pageSize: pagination.pageSize === 20 ? null : pagination.pageSize,
    });
  };

  return (
    <>
      <PageHeader title={t('audit.title')} subtitle={t('audit.subtitle')} extra={verify.button} />
      {verify.result}
      <AuditFiltersBar
        filters={filters}
        onChange={update}
        onReset={() => update(Object.fromEntries(FILTER_KEYS.map((k) => [k, null])))}
      />
      <Table<AuditEntry>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={log.data?.items ?? []}
        loading={log.isFetching}
        onChange={onTableChange}
        scroll={{ x: 'max-content' }}
        expandable={{
          columnTitle: <span className="xz-visually-hidden">{t('audit.detail.details')}</span>,
          expandedRowRender: (entry) => <AuditEntryDetails entry={entry} t={t} />,
        }}
        pagination={{
          current: filters.page,
          pageSize: filters.pageSize,
          total: log.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZES.map(String),
          showTotal: (n) => t('common.total', { n }),
        }}
        locale={{ emptyText: log.error ? log.error.message : <EmptyState description={t('audit.empty')} /> }}
      />
    </>
  );
}
