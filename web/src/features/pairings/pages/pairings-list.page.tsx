import { useMemo, useState } from 'react';
import { Button, Flex, Grid, Table, type TableProps } from 'antd';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import type { PairingDto } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { useUrlParams } from '../../../app/use-url-params';
import { EmptyState } from '../../../components/empty-state';
import { PageHeader } from '../../../components/page-header';
import { useHasAbility } from '../../auth/session-context';
import { usePairings } from '../api/use-pairings.query';
import { CreatePairingDialog } from '../components/create-pairing.dialog';
import { ImportPairingsDialog } from '../components/import-pairings.dialog';
import { pairingColumns } from '../components/pairing-columns';
import { PairingFiltersBar } from '../components/pairing-filters.bar';
import {
  DEFAULT_SORT,
  exportHref,
  PAIRING_PAGE_SIZES,
  parsePairingFilters,
  sortFromTable,
  toPairingQuery,
} from '../utils/pairing-filters';

const FILTER_KEYS = ['kind', 'county', 'unit', 'status', 'year', 'q', 'sort', 'page', 'pageSize'] as const;

/** 结对关系: filters, sort and page in the URL, served page by page; export for all, create and import for org.manage. */
export function PairingsListPage() {
  const { t, lang } = useT();
  const canManage = useHasAbility('org.manage');
  const { params, update } = useUrlParams();
  const filters = useMemo(() => parsePairingFilters(params), [params]);
  const list = usePairings(useMemo(() => toPairingQuery(filters), [filters]));
  const columns = useMemo(() => pairingColumns({ t, lang, sort: filters.sort }), [t, lang, filters.sort]);
  const isPhone = Grid.useBreakpoint().sm === false;
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);

  const onTableChange: TableProps<PairingDto>['onChange'] = (pagination, _f, sorter, extra) => {
    if (extra.action === 'sort') {
      const s = Array.isArray(sorter) ? sorter[0] : sorter;
      const sort = sortFromTable(typeof s?.columnKey === 'string' ? s.columnKey : undefined, s?.order ?? null);
      update({ sort: sort === DEFAULT_SORT ? null : sort, page: null });
      return;
    }
    update({
      page: pagination.current === 1 ? null : pagination.current,
      pageSize: pagination.pageSize === 20 ? null : pagination.pageSize,
    });
  };

  const actions = (
    <Flex wrap gap={8}>
      {canManage ? (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('pairings.create')}
        </Button>
      ) : null}
      <Button href={exportHref(filters)} icon={<DownloadOutlined />}>
        {t('pairings.export')}
      </Button>
      {canManage ? (
        <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
          {t('pairings.import')}
        </Button>
      ) : null}
    </Flex>
  );

  return (
    <>
      <PageHeader title={t('pairings.title')} subtitle={t('pairings.subtitle')} extra={actions} />
      <PairingFiltersBar
        filters={filters}
        onChange={update}
        onReset={() => update(Object.fromEntries(FILTER_KEYS.map((k) => [k, null])))}
      />
      <Table<PairingDto>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        onChange={onTableChange}
        scroll={isPhone ? undefined : { x: 1050 }}
        pagination={{
          current: filters.page,
          pageSize: filters.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: PAIRING_PAGE_SIZES.map(String),
          showTotal: (n) => t('common.total', { n }),
        }}
        locale={{ emptyText: list.error ? list.error.message : <EmptyState description={t('pairings.empty')} /> }}
      />
      {canManage ? (
        <>
          <CreatePairingDialog open={creating} onClose={() => setCreating(false)} />
          <ImportPairingsDialog open={importing} onClose={() => setImporting(false)} />
        </>
      ) : null}
    </>
  );
}
