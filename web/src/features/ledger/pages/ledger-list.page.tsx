import { useMemo } from 'react';
import { Button, Flex, Grid, Segmented, Table, Typography } from 'antd';
import type { Awaiting } from '@xiezuo/domain';
import { LockOutlined, PlusOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { onlyBoundTo } from '@xiezuo/domain';
import { useT, type MessageKey } from '../../../app/i18n';
import { useUrlParams } from '../../../app/use-url-params';
import { EmptyState } from '../../../components/empty-state';
import { PageHeader } from '../../../components/page-header';
import { useCurrentSession, useHasAbility } from '../../auth/session-context';
import type { RecordSummary } from '../api/ledger.types';
import { useRecords } from '../api/use-records.query';
import { recordColumns } from '../components/record-columns';
import { RecordFiltersBar } from '../components/record-filters.bar';
import { RecordsExcelBar } from '../components/records-excel.bar';
import { PAGE_SIZES, parseLedgerFilters, sortFromTable, toRecordQuery } from '../utils/record-filters';
import { creatableTypes, ownCounties, ownUnits } from '../utils/session-roles';
import { useWorkbench } from '../../workbench/api/use-workbench.query';
import '../ledger.css';

/** 台账: records in the caller's scope; every filter, the sort, the page and "awaiting me" live in the URL. */
export function LedgerListPage() {
  const { t, lang } = useT();
  const navigate = useNavigate();
  const session = useCurrentSession();
  const canWrite = useHasAbility('business.write');
  const { params, update } = useUrlParams();
  const f = parseLedgerFilters(params);
  const query = toRecordQuery(f);
  // the tabs' counts are the workbench's, counted by the server over every page
  const wb = useWorkbench();
  const tabs = (wb.data?.items ?? []).filter((i) => i.kind.startsWith('records.'));
  const records = useRecords(query);
  const compact = Grid.useBreakpoint().md === false;
  const columns = useMemo(() => recordColumns({ t, lang, sort: f.sort, compact }), [t, lang, f.sort, compact]);
  const items = records.data?.items ?? [];
  const lonelyCounty = ownCounties(session.roles).length === 1 && onlyBoundTo(session, 'county');
  const lonelyUnit = ownUnits(session.roles).length === 1 && onlyBoundTo(session, 'unit');

  return (
    <>
      <PageHeader
        title={t('ledger.title')}
        subtitle={t('ledger.subtitle')}
        extra={
          <>
            <Button icon={<LockOutlined />} onClick={() => void navigate('/ledger/periods')}>
              {t('ledger.periods')}
            </Button>
            {canWrite && creatableTypes(session.roles).length ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/ledger/new')}>
                {t('ledger.new')}
              </Button>
            ) : null}
          </>
        }
      />
      {canWrite && tabs.length ? (
        <Flex wrap gap={12} align="center" className="xz-ledger-toolbar">
          <Segmented
            aria-label={t('ledger.awaiting')}
            value={f.awaiting === 'me' ? 'confirm' : (f.awaiting ?? 'all')}
            onChange={(v) => update({ awaiting: v === 'all' ? null : v, status: null, page: null })}
            options={[
              { value: 'all', label: t('ledger.all') },
              ...tabs.map((i) => ({
                value: i.kind.slice('records.'.length) as Awaiting,
                label: `${t(`ledger.awaiting.${i.kind.slice('records.'.length)}` as MessageKey)} ${i.count}`,
              })),
            ]}
          />
          {f.awaiting && records.data ? (
            <Typography.Text type="secondary" role="status">
              {t('ledger.awaitingHint', { n: records.data.total })}
            </Typography.Text>
          ) : null}
        </Flex>
      ) : null}
      <RecordsExcelBar query={query} type={f.type} canWrite={canWrite} />
      <RecordFiltersBar
        filters={f}
        onChange={update}
        onReset={() => update(Object.fromEntries([...params.keys()].filter((k) => k !== 'lang').map((k) => [k, null])))}
        showCounty={!lonelyCounty}
        showUnit={!lonelyUnit}
      />
      <Table<RecordSummary>
        rowKey="id"
        size="middle"
        className="xz-ledger-table"
        columns={columns}
        dataSource={items}
        loading={records.isFetching}
        scroll={compact ? undefined : { x: 1000 }}
        onRow={(r) => ({ onClick: () => void navigate(`/ledger/${r.id}`) })}
        onChange={(p, _filters, sorter, extra) => {
          if (extra.action === 'sort') {
            const s = Array.isArray(sorter) ? sorter[0] : sorter;
            update({ sort: sortFromTable(s?.columnKey ? String(s.columnKey) : undefined, s?.order), page: null });
          } else update({ page: p.current === 1 ? null : p.current, pageSize: p.pageSize === 20 ? null : p.pageSize });
        }}
        pagination={{
          current: f.page,
          pageSize: f.pageSize,
          total: records.data?.total ?? 0,
          showSizeChanger: !compact,
          pageSizeOptions: PAGE_SIZES.map(String),
          showTotal: (n) => t('common.total', { n }),
          size: compact ? 'small' : undefined,
        }}
        locale={{
          emptyText: records.error ? (
            records.error.message
          ) : (
            <EmptyState description={f.awaiting ? t('ledger.emptyAwaiting') : t('ledger.empty')} />
          ),
        }}
      />
    </>
  );
}
