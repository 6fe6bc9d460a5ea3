import { useMemo } from 'react';
import { Card, Table, Typography } from 'antd';
import { INDICATOR_CATEGORIES, type IndicatorProgressDto } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { EmptyState } from '../../../components/empty-state';
import { groupByCategory } from '../utils/progress-view';
import { progressColumns, type ColumnsInput } from './progress-columns';

type Props = Omit<ColumnsInput, 't' | 'lang'> & { items: readonly IndicatorProgressDto[]; loading: boolean };

/** Every indicator of the view as a row, one card per category in the declared order. */
export function ProgressSections({ items, loading, ...input }: Props) {
  const { t, lang } = useT();
  const sections = useMemo(() => groupByCategory(items), [items]);
  const columns = progressColumns({ t, lang, ...input });
  if (!loading && sections.length === 0) return <EmptyState description={t('dash.empty')} />;
  return (
    <>
      {sections.map((s) => (
        <Card
          key={s.category}
          size="small"
          className="xz-section"
          title={<Typography.Title level={2}>{INDICATOR_CATEGORIES[s.category][lang]}</Typography.Title>}
        >
          <Table<IndicatorProgressDto>
            rowKey="code"
            size="small"
            columns={columns}
            dataSource={s.items}
            loading={loading}
            pagination={false}
            scroll={{ x: 'max-content' }}
          />
        </Card>
      ))}
    </>
  );
}
