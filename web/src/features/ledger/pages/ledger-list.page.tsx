import { useMemo } from 'react';
import { Button, Flex, Grid, Segmented, Table, Typography } from 'antd';
import { LockOutlined, PlusOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { onlyBoundTo } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
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
import { awaitingScope, creatableTypes, ownCounties, ownUnits } from '../utils/session-roles';
import '../ledger.css';

/** 台账: records in the caller's scope; every filter, the sort, the page and "awaiting me" live in the URL. */
export function LedgerListPage() {
  const { t, lang } = useT();
  const navigate = useNavigate();
  const session = useCurrentSession();
  const canWrite = useHasAbility('business.write');
  const { params, update } = useUrlParams();
  const f = parseLedgerFilters(params);
  const scope = awaitingScope(session.roles);
  const query = toRecordQuery(f, scope);
  const records = useRecords(query);
  const compact = Grid.useBreakpoint().md === false;
  const columns = useMemo(() => recordColumns({ t, lang, sort: f.sort, compact }), [t, lang, f.sort, compact]);
  const all = records.data?.items ?? [];
  // the server has no "confirmable by me" filter: narrow this page to the records whose abilities say so
  const items = f.awaiting ? all.filter((r) => r.abilities.confirm) : all;
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
      {canWrite ? (
        <Flex wrap gap={12} align="center" className="xz-ledger-toolbar">
          <Segmented
            aria-label={t('ledger.awaiting')}
            value={f.awaiting ? 'awaiting' : 'all'}
            onChange={(v) => update({ awaiting: v === 'awaiting' ? 1 : null, status: null, page: null })}
            options={[
              { value: 'all', label: t('ledger.all') },
              { value: 'awaiting', label: t('ledger.awaiting') },
            ]}
          />
          {f.awaiting && records.data ? (
            <Typography.Text type="secondary" role="status">
              {t('ledger.awaitingHint', { n: items.length })}
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
