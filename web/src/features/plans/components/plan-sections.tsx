import { useMemo } from 'react';
import { Card, Grid, Table, Typography } from 'antd';
import { INDICATOR_CATEGORIES, type PlanIndicatorDto } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { EmptyState } from '../../../components/empty-state';
import { sectionsOf } from '../utils/plan-view';
import { planColumns, type PlanColumnsInput } from './plan-columns';

type Props = Omit<PlanColumnsInput, 't' | 'lang'> & { items: readonly PlanIndicatorDto[] };

/** The plan's indicators as one table per category, in the declared order; deactivated rows greyed. */
export function PlanSections({ items, ...input }: Props) {
  const { t, lang } = useT();
  const sections = useMemo(() => sectionsOf(items), [items]);
  // a phone shows name, target, status and actions within its width; no sideways scrolling
  const isPhone = Grid.useBreakpoint().md === false;
  const columns = planColumns({ t, lang, ...input });
  if (!sections.length) return <EmptyState description={t('plans.emptyPlan')} />;
  return (
    <>
      {sections.map((s) => (
        <Card
          key={s.category}
          size="small"
          className="xz-plan-section"
          title={<Typography.Title level={2}>{INDICATOR_CATEGORIES[s.category][lang]}</Typography.Title>}
        >
          <Table<PlanIndicatorDto>
            rowKey="code"
            size="small"
            columns={columns}
            dataSource={s.items}
            pagination={false}
            rowClassName={(i) => (i.isActive ? '' : 'xz-plan-row--inactive')}
            scroll={isPhone ? undefined : { x: 1040 }}
          />
        </Card>
      ))}
    </>
  );
}
