import { Button, DatePicker, Flex, Input } from 'antd';
import { Select } from '../../../components/select';
import dayjs from 'dayjs';
import { useT } from '../../../app/i18n';
import type { UrlPatch } from '../../../app/use-url-params';
import { useAuditActions } from '../api/use-audit-actions.query';
import { AUDIT_OUTCOMES } from '@xiezuo/domain';
import type { AuditFilters } from '../utils/audit-filters';
import { actionLabel } from '../utils/action-label';

type Props = { filters: AuditFilters; onChange: (patch: UrlPatch) => void; onReset: () => void };

/** Date range, action, outcome and free text; every change resets to page 1 and lands in the URL. */
export function AuditFiltersBar({ filters, onChange, onReset }: Props) {
  const { t } = useT();
  const actions = useAuditActions();
  const set = (patch: UrlPatch) => onChange({ ...patch, page: null });

  return (
    <Flex wrap gap={8} style={{ marginBottom: 12 }} role="search" aria-label={t('common.search')}>
      <DatePicker.RangePicker
        aria-label={t('audit.filter.dates')}
        placeholder={[t('audit.filter.from'), t('audit.filter.to')]}
        allowEmpty={[true, true]}
        value={[filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null]}
        onChange={(range) =>
          set({ from: range?.[0]?.format('YYYY-MM-DD') ?? null, to: range?.[1]?.format('YYYY-MM-DD') ?? null })
        }
        className="xz-filter xz-filter--wide"
      />
      <Select
        aria-label={t('audit.filter.action')}
        placeholder={t('audit.filter.action')}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        loading={actions.isPending}
        value={filters.action ?? undefined}
        onChange={(v: string | undefined) => set({ action: v ?? null })}
        options={(actions.data ?? []).map((a) => ({ value: a, label: actionLabel(a, t) }))}
        className="xz-filter xz-filter--wide"
      />
      <Select
        aria-label={t('audit.filter.outcome')}
        placeholder={t('audit.filter.outcome')}
        allowClear
        value={filters.outcome ?? undefined}
        onChange={(v: string | undefined) => set({ outcome: v ?? null })}
        options={AUDIT_OUTCOMES.map((o) => ({ value: o, label: t(`audit.outcome.${o}`) }))}
        className="xz-filter"
      />
      <Input.Search
        key={filters.q ?? ''}
        aria-label={t('audit.filter.q')}
        placeholder={t('audit.filter.q')}
        allowClear
        defaultValue={filters.q ?? ''}
        onSearch={(v) => set({ q: v.trim() || null })}
        className="xz-filter xz-filter--wide"
      />
      <Button onClick={onReset}>{t('common.reset')}</Button>
    </Flex>
  );
}
