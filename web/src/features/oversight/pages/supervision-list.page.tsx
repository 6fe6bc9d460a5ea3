import { useMemo } from 'react';
import { Checkbox, Flex, Table, Tag, type TableProps } from 'antd';
import { Select } from '../../../components/select';
import {
  SUPERVISION_KIND_LABELS,
  SUPERVISION_KINDS,
  SUPERVISION_STATUS_LABELS,
  SUPERVISION_STATUSES,
  type SupervisionOrderDto,
} from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { useUrlParams, type UrlPatch } from '../../../app/use-url-params';
import { EmptyState } from '../../../components/empty-state';
import { PageHeader } from '../../../components/page-header';
import { useSupervisionOrders } from '../api/use-supervision-orders.query';
import { orderColumns } from '../components/order-columns';
import { ORDER_PAGE_SIZES, parseOrderFilters, toOrderQuery } from '../utils/order-filters';
import '../components/oversight.css';

/** Supervision orders in the caller's scope; overdue ones stand out; filters and paging in the URL. */
export function SupervisionListPage() {
  const { t, lang } = useT();
  const { params, update } = useUrlParams();
  const filters = useMemo(() => parseOrderFilters(params), [params]);
  const res = useSupervisionOrders(toOrderQuery(filters));
  const set = (patch: UrlPatch) => update({ ...patch, page: null });
  const onChange: TableProps<SupervisionOrderDto>['onChange'] = (p) =>
    update({ page: p.current === 1 ? null : p.current, pageSize: p.pageSize === 20 ? null : p.pageSize });

  return (
    <>
      <PageHeader title={t('sup.title')} subtitle={t('sup.subtitle')} />
      <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }} role="search" aria-label={t('common.search')}>
        <Select
          aria-label={t('sup.filter.status')}
          placeholder={t('sup.filter.allStatuses')}
          allowClear
          value={filters.status ?? undefined}
          onChange={(v?: string) => set({ status: v ?? null })}
          options={SUPERVISION_STATUSES.map((s) => ({ value: s, label: SUPERVISION_STATUS_LABELS[s][lang] }))}
          className="xz-filter"
        />
        <Select
          aria-label={t('sup.filter.kind')}
          placeholder={t('sup.filter.allKinds')}
          allowClear
          value={filters.kind ?? undefined}
          onChange={(v?: string) => set({ kind: v ?? null })}
          options={SUPERVISION_KINDS.map((k) => ({ value: k, label: SUPERVISION_KIND_LABELS[k][lang] }))}
          className="xz-filter xz-filter--wide"
        />
        <Checkbox checked={filters.overdue} onChange={(e) => set({ overdue: e.target.checked ? 'true' : null })}>
          {t('sup.filter.overdue')}
        </Checkbox>
        {filters.awaiting && (
          <Tag closable onClose={() => set({ awaiting: null })} color="blue">
            {t(`sup.filter.awaiting.${filters.awaiting}`)}
          </Tag>
        )}
      </Flex>
      <Table<SupervisionOrderDto>
        rowKey="id"
        size="middle"
        columns={orderColumns(t, lang)}
        dataSource={res.data?.items ?? []}
        loading={res.isFetching}
        onChange={onChange}
        rowClassName={(o) => (o.isOverdue ? 'xz-row-overdue' : '')}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: filters.page,
          pageSize: filters.pageSize,
          total: res.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: ORDER_PAGE_SIZES.map(String),
          showTotal: (n) => t('common.total', { n }),
        }}
        locale={{ emptyText: res.error ? res.error.message : <EmptyState description={t('sup.empty')} /> }}
      />
    </>
  );
}
