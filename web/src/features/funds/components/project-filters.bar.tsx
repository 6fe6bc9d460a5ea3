import { Button, Flex, Input } from 'antd';
import { Select } from '../../../components/select';
import { FUND_SOURCE_OPTIONS, PROJECT_CATEGORY_OPTIONS, PROJECT_STAGES } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import type { UrlPatch } from '../../../app/use-url-params';
import { useOrgOverview } from '../../org/api/use-org-overview.query';
import { optionsOf, stageText } from '../utils/labels';
import type { ProjectFilters } from '../utils/project-filters';
import { FundYearSelect } from './year.select';

type Props = { filters: ProjectFilters; onChange: (p: UrlPatch) => void; onReset: () => void; showCounty: boolean };

/** Year, county, stage, category, source and a text search; each change goes to the URL and back to page 1. */
export function ProjectFiltersBar({ filters: f, onChange, onReset, showCounty }: Props) {
  const { t, lang } = useT();
  const org = useOrgOverview(null, showCounty);
  const set = (patch: UrlPatch) => onChange({ ...patch, page: null });
  const select = (key: 'stage' | 'category' | 'source', label: string, options: { value: string; label: string }[]) => (
    <Select
      aria-label={label}
      placeholder={label}
      allowClear
      value={f[key] ?? undefined}
      onChange={(v: string | undefined) => set({ [key]: v ?? null })}
      options={options}
      className="xz-filter"
    />
  );
  return (
    <Flex wrap gap={8} className="xz-funds-filters" role="search" aria-label={t('common.search')}>
      <FundYearSelect allowClear value={f.year} onChange={(v) => set({ year: v })} />
      {showCounty ? (
        <Select
          aria-label={t('fund.col.county')}
          placeholder={t('fund.col.county')}
          allowClear
          value={f.county ?? undefined}
          onChange={(v: string | undefined) => set({ county: v ?? null })}
          options={(org.data?.counties ?? []).map((c) => ({ value: c.code, label: c.name }))}
          className="xz-filter"
        />
      ) : null}
      {select(
        'stage',
        t('fund.col.stage'),
        PROJECT_STAGES.map((s) => ({ value: s, label: stageText(s, lang) })),
      )}
      {select('category', t('fund.col.category'), optionsOf(PROJECT_CATEGORY_OPTIONS, lang))}
      {select('source', t('fund.col.source'), optionsOf(FUND_SOURCE_OPTIONS, lang))}
      <Input.Search
        aria-label={t('fund.filter.search')}
        placeholder={t('fund.filter.search')}
        allowClear
        defaultValue={f.q ?? ''}
        key={f.q ?? ''}
        onSearch={(v) => set({ q: v.trim() || null })}
        className="xz-filter xz-filter--wide"
      />
      <Button onClick={onReset}>{t('fund.filter.reset')}</Button>
    </Flex>
  );
}
