import { Button, Flex, Input } from 'antd';
import { Select } from '../../../components/select';
import { PAIRING_KIND_LABELS, PAIRING_KINDS, PAIRING_STATUS_LABELS, PAIRING_STATUSES } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import type { UrlPatch } from '../../../app/use-url-params';
import { useOrgOverview } from '../../org/api/use-org-overview.query';
import { useUnitOptions } from '../../org-admin/api/use-units.query';
import type { PairingFilters } from '../utils/pairing-filters';
import { usePlanYears } from '../../plans/api/use-plan-years.query';
import './pairings.css';

type Props = { filters: PairingFilters; onChange: (patch: UrlPatch) => void; onReset: () => void };

/** Kind, county, unit, status, year and free text; every change goes back to page 1 and lands in the URL. */
export function PairingFiltersBar({ filters, onChange, onReset }: Props) {
  const { t, lang } = useT();
  const planYears = usePlanYears();
  const org = useOrgOverview();
  const units = useUnitOptions(null);
  const set = (patch: UrlPatch) => onChange({ ...patch, page: null });

  return (
    <Flex
      wrap
      gap={8}
      style={{ marginBottom: 12 }}
      role="search"
      aria-label={t('common.search')}
      className="xz-pairing-filters"
    >
      <Select
        aria-label={t('pairings.filter.kind')}
        placeholder={t('pairings.filter.kind')}
        allowClear
        value={filters.kind ?? undefined}
        onChange={(v: string | undefined) => set({ kind: v ?? null })}
        options={PAIRING_KINDS.map((k) => ({ value: k, label: PAIRING_KIND_LABELS[k][lang] }))}
        className="xz-filter xz-filter--wide"
      />
      <Select
        aria-label={t('pairings.filter.county')}
        placeholder={t('pairings.filter.county')}
        allowClear
        loading={org.isPending}
        value={filters.county ?? undefined}
        onChange={(v: string | undefined) => set({ county: v ?? null })}
        options={(org.data?.counties ?? []).map((c) => ({ value: c.code, label: c.name }))}
        className="xz-filter"
      />
      <Select
        aria-label={t('pairings.filter.unit')}
        placeholder={t('pairings.filter.unit')}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        loading={units.isPending}
        value={filters.unit ?? undefined}
        onChange={(v: string | undefined) => set({ unit: v ?? null })}
        options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
        className="xz-filter xz-filter--wide"
      />
      <Select
        aria-label={t('pairings.filter.status')}
        placeholder={t('pairings.filter.status')}
        allowClear
        value={filters.status ?? undefined}
        onChange={(v: string | undefined) => set({ status: v ?? null })}
        options={PAIRING_STATUSES.map((s) => ({ value: s, label: PAIRING_STATUS_LABELS[s][lang] }))}
        className="xz-filter"
      />
      <Select
        aria-label={t('pairings.filter.year')}
        placeholder={t('pairings.filter.year')}
        allowClear
        value={filters.year ?? undefined}
        onChange={(v: number | undefined) => set({ year: v ?? null })}
        options={planYears.selectable.map((y) => ({ value: y, label: t('pairings.yearOption', { year: y }) }))}
        className="xz-filter"
      />
      <Input.Search
        key={filters.q ?? ''}
        aria-label={t('pairings.filter.q')}
        placeholder={t('pairings.filter.q')}
        allowClear
        defaultValue={filters.q ?? ''}
        maxLength={50}
        onSearch={(v) => set({ q: v.trim() || null })}
        className="xz-filter xz-filter--wide"
      />
      <Button onClick={onReset}>{t('common.reset')}</Button>
    </Flex>
  );
}
