import { Button, Flex, Tag } from 'antd';
import { Select } from '../../../components/select';
import {
  RECORD_CATEGORIES,
  RECORD_STATUS_LABELS,
  RECORD_STATUSES,
  RECORD_TYPES,
  type RecordCategory,
} from '@xiezuo/domain';
import { useT, type Translate } from '../../../app/i18n';
import type { UrlPatch } from '../../../app/use-url-params';
import { useOrgOverview } from '../../org/api/use-org-overview.query';
import { periodOptions, yearOptions, type LedgerFilters, type PeriodOption } from '../utils/record-filters';
import { UnitSelect } from './unit.select';

type Props = {
  filters: LedgerFilters;
  onChange: (patch: UrlPatch) => void;
  onReset: () => void;
  showCounty: boolean;
  showUnit: boolean;
};

function periodLabel(o: PeriodOption, t: Translate): string {
  if (o.kind === 'year') return t('ledger.period.year', { n: o.n });
  return o.kind === 'quarter' ? t('ledger.period.quarter', { n: o.n }) : t('ledger.period.month', { n: o.n });
}

/** Year, period, type, county, unit and status; each change goes to the URL and back to page 1. */
export function RecordFiltersBar({ filters: f, onChange, onReset, showCounty, showUnit }: Props) {
  const { t, lang } = useT();
  const org = useOrgOverview(null, showCounty);
  const set = (patch: UrlPatch) => onChange({ ...patch, page: null });
  const typeGroups = (Object.keys(RECORD_CATEGORIES) as RecordCategory[])
    .map((c) => ({
      label: RECORD_CATEGORIES[c][lang],
      options: RECORD_TYPES.filter((x) => x.category === c).map((x) => ({ value: x.code, label: x.label[lang] })),
    }))
    .filter((g) => g.options.length);

  return (
    <Flex wrap gap={8} className="xz-ledger-filters" role="search" aria-label={t('common.search')}>
      <Select
        aria-label={t('ledger.filter.year')}
        placeholder={t('ledger.filter.year')}
        allowClear
        value={f.year ?? undefined}
        onChange={(v: number | undefined) => set({ year: v ?? null, period: null })}
        options={yearOptions().map((y) => ({ value: y, label: String(y) }))}
        className="xz-filter xz-filter--narrow"
      />
      <Select
        aria-label={t('ledger.filter.period')}
        placeholder={t('ledger.filter.period')}
        allowClear
        disabled={f.year === null}
        value={f.period ?? undefined}
        onChange={(v: string | undefined) => set({ period: v ?? null })}
        options={
          f.year === null ? [] : periodOptions(f.year).map((o) => ({ value: o.value, label: periodLabel(o, t) }))
        }
        className="xz-filter xz-filter--narrow"
      />
      <Select
        aria-label={t('ledger.filter.type')}
        placeholder={t('ledger.filter.type')}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        value={f.type ?? undefined}
        onChange={(v: string | undefined) => set({ type: v ?? null })}
        options={typeGroups}
        className="xz-filter xz-filter--wide"
      />
      {showCounty ? (
        <Select
          aria-label={t('ledger.filter.county')}
          placeholder={t('ledger.filter.county')}
          allowClear
          value={f.county ?? undefined}
          onChange={(v: string | undefined) => set({ county: v ?? null })}
          options={(org.data?.counties ?? []).map((c) => ({ value: c.code, label: c.name }))}
          className="xz-filter"
        />
      ) : null}
      {showUnit ? (
        <UnitSelect
          side="east"
          aria-label={t('ledger.filter.unit')}
          placeholder={t('ledger.filter.unit')}
          value={f.unit}
          onChange={(v) => set({ unit: v })}
          className="xz-filter xz-filter--wide"
        />
      ) : null}
      <Select
        aria-label={t('ledger.filter.status')}
        placeholder={t('ledger.filter.status')}
        allowClear
        disabled={f.awaiting !== null}
        value={f.awaiting ? undefined : (f.status ?? undefined)}
        onChange={(v: string | undefined) => set({ status: v ?? null })}
        options={RECORD_STATUSES.map((s) => ({ value: s, label: RECORD_STATUS_LABELS[s][lang] }))}
        className="xz-filter"
      />
      {f.pairing ? (
        <Tag closable onClose={() => set({ pairing: null })} className="xz-ledger-filter-tag">
          {t('ledger.filter.pairing')}
        </Tag>
      ) : null}
      <Button onClick={onReset}>{t('common.reset')}</Button>
    </Flex>
  );
}
