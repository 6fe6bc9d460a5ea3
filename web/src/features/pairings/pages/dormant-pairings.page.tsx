import { useMemo } from 'react';
import { Alert, DatePicker, Flex, Table, Tag, type TableProps } from 'antd';
import { Select } from '../../../components/select';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n';
import { useUrlParams } from '../../../app/use-url-params';
import { EmptyState } from '../../../components/empty-state';
import { PageHeader } from '../../../components/page-header';
import { useDormantPairings } from '../api/use-dormant-pairings.query';
import type { DormantPairing } from '../api/pairings.types';
import { IllustrativeTag, KindTag } from '../components/pairing-tags';
import { parseAsOf, parseMonths } from '../utils/dormant-params';

const MONTH_OPTIONS = [3, 6, 9, 12, 18, 24];

/** 沉睡结对预警: active pairings without a ledger record in the last N months (server default unless `?months=`), as of `?asOf=`. */
export function DormantPairingsPage() {
  const { t, lang } = useT();
  const { get, update } = useUrlParams();
  const months = parseMonths(get('months'));
  const asOf = parseAsOf(get('asOf'));
  const dormant = useDormantPairings(months, asOf);
  const shownMonths = dormant.data?.months ?? months;
  const shownAsOf = dormant.data?.asOf ?? asOf ?? dayjs().format('YYYY-MM-DD');

  const columns = useMemo<NonNullable<TableProps<DormantPairing>['columns']>>(
    () => [
      {
        title: t('pairings.col.kind'),
        key: 'kind',
        width: 190,
        render: (_v, p) => (
          <Flex wrap gap={4}>
            <KindTag kind={p.kind} lang={lang} />
            {p.isIllustrative ? <IllustrativeTag t={t} /> : null}
          </Flex>
        ),
      },
      {
        title: t('pairings.col.east'),
        key: 'east',
        width: 200,
        render: (_v, p) => <Link to={`/pairings/${p.id}`}>{p.east.name}</Link>,
      },
      { title: t('pairings.col.west'), key: 'west', width: 200, render: (_v, p) => p.west.name },
      { title: t('pairings.col.county'), key: 'county', width: 100, render: (_v, p) => p.countyName },
      {
        title: t('pairings.dormant.lastRecord'),
        key: 'last',
        width: 180,
        render: (_v, p) =>
          p.lastRecordOn ? (
            `${p.lastRecordOn}（${t('pairings.dormant.monthsSince', { n: p.monthsSinceLastRecord ?? 0 })}）`
          ) : (
            <Tag color="gold">{t('pairings.dormant.never')}</Tag>
          ),
      },
    ],
    [t, lang],
  );

  const options = [...new Set([...MONTH_OPTIONS, ...(shownMonths ? [shownMonths] : [])])].sort((a, b) => a - b);
  return (
    <>
      <PageHeader
        title={t('pairings.dormant.title')}
        subtitle={shownMonths ? t('pairings.dormant.subtitle', { months: shownMonths, asOf: shownAsOf }) : undefined}
      />
      <Flex wrap gap={8} style={{ marginBottom: 12 }} role="search" aria-label={t('common.search')}>
        <Select<number>
          aria-label={t('pairings.dormant.months')}
          value={shownMonths ?? undefined}
          onChange={(v) => update({ months: v })}
          options={options.map((n) => ({ value: n, label: t('pairings.dormant.monthsOption', { n }) }))}
          className="xz-filter"
        />
        <DatePicker
          aria-label={t('pairings.dormant.asOf')}
          placeholder={t('pairings.dormant.asOf')}
          value={asOf ? dayjs(asOf) : null}
          onChange={(d) => update({ asOf: d ? d.format('YYYY-MM-DD') : null })}
          className="xz-filter"
        />
      </Flex>
      {dormant.error ? (
        <Alert type="error" showIcon title={dormant.error.message} style={{ marginBottom: 12 }} />
      ) : null}
      <Table<DormantPairing>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={dormant.data?.items ?? []}
        loading={dormant.isFetching}
        scroll={{ x: 870 }}
        pagination={{
          defaultPageSize: 20,
          hideOnSinglePage: true,
          showTotal: (n) => t('pairings.dormant.count', { n }),
        }}
        locale={{ emptyText: <EmptyState description={t('pairings.dormant.empty')} /> }}
      />
    </>
  );
}
