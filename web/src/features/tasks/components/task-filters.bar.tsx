import { Flex, Input } from 'antd';
import { Select } from '../../../components/select';
import { DOCUMENT_KIND_LABELS, TASK_STATUS_LABELS, TASK_STATUSES, type DocumentKind } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import type { UrlPatch } from '../../../app/use-url-params';
import { useOrgOverview } from '../../org/api/use-org-overview.query';
import type { TaskFilters } from '../utils/task-filters';

const SOURCES: DocumentKind[] = ['task_division', 'group_plan', 'unit_plan', 'other'];

/** Year, working group, unit, status, source and text filters; each change goes to the URL. */
export function TaskFiltersBar({ filters, set }: { filters: TaskFilters; set: (p: UrlPatch) => void }) {
  const { t, lang } = useT();
  const org = useOrgOverview(filters.year);
  const year = filters.year;
  return (
    <Flex wrap gap={8} style={{ marginBottom: 12 }} role="search" aria-label={t('common.search')}>
      <Select
        aria-label={t('tasks.filter.year')}
        value={year}
        onChange={(v: number) => set({ year: v })}
        options={[year + 1, year, year - 1].map((y) => ({ value: y, label: String(y) }))}
        style={{ width: 100 }}
      />
      <Select
        aria-label={t('tasks.filter.group')}
        placeholder={t('tasks.filter.allGroups')}
        allowClear
        value={filters.group ?? undefined}
        onChange={(v?: string) => set({ group: v ?? null })}
        options={(org.data?.workingGroups ?? []).map((g) => ({ value: g.code, label: g.name }))}
        style={{ width: 200 }}
      />
      <Select
        aria-label={t('tasks.filter.unit')}
        placeholder={t('tasks.filter.allUnits')}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        value={filters.unit ?? undefined}
        onChange={(v?: string) => set({ unit: v ?? null })}
        options={(org.data?.units ?? []).map((u) => ({ value: u.id, label: u.name }))}
        style={{ width: 180 }}
      />
      <Select
        aria-label={t('tasks.filter.status')}
        placeholder={t('tasks.filter.allStatuses')}
        allowClear
        value={filters.status ?? undefined}
        onChange={(v?: string) => set({ status: v ?? null })}
        options={TASK_STATUSES.map((s) => ({ value: s, label: TASK_STATUS_LABELS[s][lang] }))}
        style={{ width: 130 }}
      />
      <Select
        aria-label={t('tasks.filter.source')}
        value={filters.document ? undefined : (filters.kind ?? 'all')}
        placeholder={t('tasks.filter.source')}
        onChange={(v: string) => set({ kind: v, document: null })}
        options={[
          ...SOURCES.map((k) => ({ value: k, label: DOCUMENT_KIND_LABELS[k][lang] })),
          { value: 'all', label: t('tasks.filter.allSources') },
        ]}
        style={{ width: 150 }}
      />
      <Input.Search
        aria-label={t('tasks.filter.q')}
        placeholder={t('tasks.filter.q')}
        allowClear
        defaultValue={filters.q ?? ''}
        onSearch={(v) => set({ q: v.trim() || null })}
        style={{ width: 220 }}
      />
    </Flex>
  );
}
