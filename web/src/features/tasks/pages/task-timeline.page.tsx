import { useMemo } from 'react';
import { Flex, Spin } from 'antd';
import { Select } from '../../../components/select';
import { useT } from '../../../app/i18n';
import { useUrlParams } from '../../../app/use-url-params';
import { EmptyState } from '../../../components/empty-state';
import { PageHeader } from '../../../components/page-header';
import { useOrgOverview } from '../../org/api/use-org-overview.query';
import { useOversightYear } from '../../oversight/components/oversight-year';
import { useTasks } from '../api/use-tasks.query';
import { TasksNav } from '../components/tasks-nav';
import { TimelineChart } from '../components/timeline.chart';
import { parseTaskFilters, toTaskQuery } from '../utils/task-filters';
import '../components/tasks.css';

/** The division's tasks on a timeline, grouped by working group (one group when picked in the URL). */
export function TaskTimelinePage() {
  const { t, lang } = useT();
  const { params, update } = useUrlParams();
  const year = useOversightYear(Number(params.get('year')) || null);
  const filters = useMemo(() => parseTaskFilters(params, year ?? 0), [params, year]);
  const org = useOrgOverview(filters.year, year !== null);
  const res = useTasks({ ...toTaskQuery({ ...filters, status: null, page: 1 }), pageSize: 500 });
  if (year === null) return <Spin description={t('common.loading')} />;
  const asOf = res.data?.asOf ?? `${filters.year}-12-31`;
  return (
    <>
      <PageHeader
        title={t('tasks.timeline.title', { year: filters.year })}
        subtitle={t('tasks.timeline.subtitle', { asOf })}
      />
      <TasksNav />
      <Flex wrap gap={8} style={{ marginBottom: 16 }} role="search" aria-label={t('common.search')}>
        <Select
          aria-label={t('tasks.filter.year')}
          value={filters.year}
          onChange={(v: number) => update({ year: v })}
          options={[filters.year + 1, filters.year, filters.year - 1].map((y) => ({ value: y, label: String(y) }))}
          style={{ width: 100 }}
        />
        <Select
          aria-label={t('tasks.filter.group')}
          placeholder={t('tasks.filter.allGroups')}
          allowClear
          value={filters.group ?? undefined}
          onChange={(v?: string) => update({ group: v ?? null })}
          options={(org.data?.workingGroups ?? []).map((g) => ({ value: g.code, label: g.name }))}
          style={{ width: 220 }}
        />
      </Flex>
      {res.isLoading ? (
        <Spin />
      ) : res.data?.items.length ? (
        <TimelineChart tasks={res.data.items} year={filters.year} asOf={asOf} lang={lang} />
      ) : (
        <EmptyState description={t('tasks.empty')} />
      )}
    </>
  );
}
