import { useMemo, useState } from 'react';
import { Button, Table, type TableProps } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { UnitDto } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { useUrlParams } from '../../../app/use-url-params';
import { EmptyState } from '../../../components/empty-state';
import { PageHeader } from '../../../components/page-header';
import { useUnits } from '../api/use-units.query';
import { unitColumns } from '../components/unit-columns';
import { UnitFiltersBar } from '../components/unit-filters.bar';
import { UnitFormDialog } from '../components/unit-form.dialog';
import { parseUnitFilters, toUnitQuery, UNIT_PAGE_SIZES, unitSortFromTable } from '../utils/unit-filters';

const FILTER_KEYS = ['side', 'type', 'member', 'q', 'sort', 'page', 'pageSize'] as const;

/** 单位管理 (org.manage): units of both sides, filters, sort and page in the URL; create and edit in a dialog. */
export function UnitsAdminPage() {
  const { t } = useT();
  const { params, update } = useUrlParams();
  const filters = useMemo(() => parseUnitFilters(params), [params]);
  const units = useUnits(useMemo(() => toUnitQuery(filters), [filters]));
  const [editing, setEditing] = useState<UnitDto | 'new' | null>(null);
  const columns = useMemo(() => unitColumns({ t, sort: filters.sort, onEdit: setEditing }), [t, filters.sort]);

  const onTableChange: TableProps<UnitDto>['onChange'] = (pagination, _f, sorter, extra) => {
    if (extra.action === 'sort') {
      const s = Array.isArray(sorter) ? sorter[0] : sorter;
      const sort = unitSortFromTable(typeof s?.columnKey === 'string' ? s.columnKey : undefined, s?.order);
      update({ sort: sort === 'sort' ? null : sort, page: null });
      return;
    }
    update({
      page: pagination.current === 1 ? null : pagination.current,
      pageSize: pagination.pageSize === 50 ? null : pagination.pageSize,
    });
  };

  return (
    <>
      <PageHeader
        title={t('orgAdmin.units.title')}
        subtitle={t('orgAdmin.units.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('orgAdmin.units.create')}
          </Button>
        }
      />
      <UnitFiltersBar
        filters={filters}
        onChange={update}
        onReset={() => update(Object.fromEntries(FILTER_KEYS.map((k) => [k, null])))}
      />
      <Table<UnitDto>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={units.data?.items ?? []}
        loading={units.isFetching}
        onChange={onTableChange}
        scroll={{ x: 1120 }}
        pagination={{
          current: filters.page,
          pageSize: filters.pageSize,
          total: units.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: UNIT_PAGE_SIZES.map(String),
          showTotal: (n) => t('common.total', { n }),
        }}
        locale={{
          emptyText: units.error ? units.error.message : <EmptyState description={t('orgAdmin.units.empty')} />,
        }}
      />
      <UnitFormDialog unit={editing} onClose={() => setEditing(null)} />
    </>
  );
}
