import { Table } from 'antd';
import { PAIRING_KIND_LABELS } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import type { CountyStats, StatsPivot } from '../utils/pairing-stats';

/** The chart's numbers as a table: one row per county, one column per kind, and the total (also what screen readers get). */
export function PairingsStatsTable({ pivot }: { pivot: StatsPivot }) {
  const { t, lang } = useT();
  return (
    <Table<CountyStats>
      rowKey="code"
      size="small"
      pagination={false}
      dataSource={pivot.counties}
      scroll={{ x: 'max-content' }}
      columns={[
        { title: t('pairings.col.county'), dataIndex: 'name', key: 'county', fixed: 'start' },
        ...pivot.kinds.map((k) => ({
          title: PAIRING_KIND_LABELS[k][lang],
          key: k,
          align: 'right' as const,
          render: (_v: unknown, c: CountyStats) => c.byKind[k] ?? 0,
        })),
        { title: t('pairingsOverview.countyTotal'), dataIndex: 'total', key: 'total', align: 'right' as const },
      ]}
    />
  );
}
