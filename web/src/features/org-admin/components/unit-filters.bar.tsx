import { Button, Flex, Input } from 'antd';
import { Select } from '../../../components/select';
import { UNIT_TYPES } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import type { UrlPatch } from '../../../app/use-url-params';
import type { UnitFilters } from '../utils/unit-filters';

type Props = { filters: UnitFilters; onChange: (patch: UrlPatch) => void; onReset: () => void };

/** Side, type, membership and free text; every change goes back to page 1 and lands in the URL. */
export function UnitFiltersBar({ filters, onChange, onReset }: Props) {
  const { t } = useT();
  const set = (patch: UrlPatch) => onChange({ ...patch, page: null });
  return (
    <Flex wrap gap={8} style={{ marginBottom: 12 }} role="search" aria-label={t('common.search')}>
      <Select
        aria-label={t('orgAdmin.filter.side')}
        placeholder={t('orgAdmin.filter.side')}
        allowClear
        value={filters.side ?? undefined}
        onChange={(v: string | undefined) => set({ side: v ?? null })}
        options={[
          { value: 'east', label: t('org.side.east') },
          { value: 'west', label: t('org.side.west') },
        ]}
        className="xz-filter"
      />
      <Select
        aria-label={t('orgAdmin.filter.type')}
        placeholder={t('orgAdmin.filter.type')}
        allowClear
        value={filters.type ?? undefined}
        onChange={(v: string | undefined) => set({ type: v ?? null })}
        options={UNIT_TYPES.map((type) => ({ value: type, label: t(`unitType.${type}`) }))}
        className="xz-filter"
      />
      <Select
        aria-label={t('orgAdmin.filter.member')}
        placeholder={t('orgAdmin.filter.member')}
        allowClear
        value={filters.member === null ? undefined : String(filters.member)}
        onChange={(v: string | undefined) => set({ member: v ?? null })}
        options={[
          { value: 'true', label: t('orgAdmin.member.yes') },
          { value: 'false', label: t('orgAdmin.member.no') },
        ]}
        className="xz-filter"
      />
      <Input.Search
        key={filters.q ?? ''}
        aria-label={t('orgAdmin.filter.q')}
        placeholder={t('orgAdmin.filter.q')}
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
