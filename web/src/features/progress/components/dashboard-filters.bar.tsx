import { Button, DatePicker, Flex } from 'antd';
import { Select } from '../../../components/select';
import dayjs from 'dayjs';
import type { OrgOverviewDto } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import type { UrlPatch } from '../../../app/use-url-params';
import {
  clipToYear,
  quarterEnds,
  type DashboardFilters,
  type FixedScope,
  type ScopeKey,
} from '../utils/dashboard-params';

type Props = {
  filters: DashboardFilters;
  year: number;
  asOf: string;
  today: string;
  org: OrgOverviewDto | undefined;
  /** A scope fixed by the page's path: its filter is not offered. */
  fixed: FixedScope;
  /** The scope the server pins for the caller: only its values are offered. */
  pinned: { key: ScopeKey; ids: string[] } | null;
  onChange: (patch: UrlPatch) => void;
  /** Scope filters offered (all three unless a page needs fewer). */
  scopes?: readonly ScopeKey[];
};

const FIRST_YEAR = 2016;

/** Years offered: from the first cooperation plan year to this year (or the latest structure year if later). */
export function yearOptions(thisYear: number, latest: number | null): number[] {
  const last = Math.max(thisYear, latest ?? thisYear);
  return Array.from({ length: last - FIRST_YEAR + 1 }, (_, i) => last - i);
}

/** Year, as-of day (quick picks: today and the quarter ends), county, working group, unit; every change lands in the URL. */
export function DashboardFiltersBar({
  filters,
  year,
  asOf,
  today,
  org,
  fixed,
  pinned,
  onChange,
  scopes = ['county', 'group', 'unit'],
}: Props) {
  const { t } = useT();
  const show = (key: ScopeKey) => fixed?.key !== key && scopes.includes(key);
  const limit = <T extends { value: string }>(key: ScopeKey, options: T[]) =>
    pinned?.key === key ? options.filter((o) => pinned.ids.includes(o.value)) : options;
  const clearable = (key: ScopeKey) => pinned?.key !== key;
  // a caller held to one county (group, unit) sees it chosen and fixed: that is what the server answers with
  const only = (key: ScopeKey) => (pinned?.key === key && pinned.ids.length === 1 ? pinned.ids[0]! : null);
  const valueOf = (key: ScopeKey) => filters[key] ?? only(key) ?? undefined;
  const presetLabels = [t('dash.preset.q1'), t('dash.preset.q2'), t('dash.preset.q3'), t('dash.preset.q4')];
  const presets = [
    { label: t('dash.preset.today'), value: dayjs(clipToYear(today, year)) },
    ...quarterEnds(year).map((d, i) => ({ label: `${presetLabels[i]} ${d}`, value: dayjs(d) })),
  ];

  const counties = limit(
    'county',
    (org?.counties ?? []).map((c) => ({ value: c.code, label: c.name })),
  );
  const groups = limit(
    'group',
    (org?.workingGroups ?? []).map((g) => ({ value: g.code, label: g.name })),
  );
  const units = limit(
    'unit',
    (org?.units ?? []).filter((u) => u.side === 'east' && u.isMember).map((u) => ({ value: u.id, label: u.name })),
  );

  return (
    <Flex
      wrap
      gap={8}
      style={{ marginBottom: 16 }}
      role="search"
      aria-label={t('common.search')}
      className="xz-no-print"
    >
      <Select
        aria-label={t('dash.filter.year')}
        value={year}
        onChange={(v: number) => onChange({ year: v, asOf: null, ind: null })}
        options={yearOptions(Number(today.slice(0, 4)), org?.year ?? null).map((y) => ({ value: y, label: String(y) }))}
        className="xz-filter"
        style={{ width: 100 }}
      />
      <DatePicker
        aria-label={t('dash.filter.asOf')}
        placeholder={t('dash.filter.asOf')}
        value={dayjs(asOf)}
        allowClear={filters.asOf !== null}
        presets={presets}
        minDate={dayjs(`${year}-01-01`)}
        maxDate={dayjs(`${year}-12-31`)}
        onChange={(d) => onChange({ asOf: d ? d.format('YYYY-MM-DD') : null })}
        className="xz-filter"
      />
      {show('county') ? (
        <Select
          aria-label={t('dash.filter.county')}
          placeholder={t('dash.filter.allCounties')}
          allowClear={clearable('county')}
          value={valueOf('county')}
          disabled={only('county') !== null}
          onChange={(v: string | undefined) => onChange({ county: v ?? null })}
          options={counties}
          className="xz-filter"
        />
      ) : null}
      {show('group') ? (
        <Select
          aria-label={t('dash.filter.group')}
          placeholder={t('dash.filter.allGroups')}
          allowClear={clearable('group')}
          value={valueOf('group')}
          disabled={only('group') !== null}
          onChange={(v: string | undefined) => onChange({ group: v ?? null })}
          options={groups}
          className="xz-filter xz-filter--wide"
        />
      ) : null}
      {show('unit') ? (
        <Select
          aria-label={t('dash.filter.unit')}
          placeholder={t('dash.filter.allUnits')}
          allowClear={clearable('unit')}
          showSearch={{ optionFilterProp: 'label' }}
          value={valueOf('unit')}
          disabled={only('unit') !== null}
          onChange={(v: string | undefined) => onChange({ unit: v ?? null })}
          options={units}
          className="xz-filter xz-filter--wide"
        />
      ) : null}
      {(['county', 'group', 'unit'] as const).some((k) => show(k) && clearable(k) && filters[k]) ? (
        <Button onClick={() => onChange({ county: null, group: null, unit: null })}>{t('common.reset')}</Button>
      ) : null}
    </Flex>
  );
}
