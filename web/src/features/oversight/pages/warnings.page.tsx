import { useMemo, useState } from 'react';
import { Alert, Button, DatePicker, Flex, Spin, Table, Typography } from 'antd';
import { Select } from '../../../components/select';
import { SettingOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { WARNING_KIND_LABELS, WARNING_KINDS, WARNING_SEVERITIES, type WarningDto } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { useUrlParams, type UrlPatch } from '../../../app/use-url-params';
import { EmptyState } from '../../../components/empty-state';
import { PageHeader } from '../../../components/page-header';
import { useOrgOverview } from '../../org/api/use-org-overview.query';
import { useWarnings } from '../api/use-warnings.query';
import { CreateOrderDialog } from '../components/create-order.dialog';
import { useOversightYear } from '../components/oversight-year';
import { warningColumns } from '../components/warning-columns';
import { WarningSettingsDrawer } from '../components/warning-settings.drawer';
import { useToday } from '../../settings/api/use-today';
import { usePlanYears } from '../../plans/api/use-plan-years.query';
import { yearOptions } from '../../plans/utils/year-options';
import { parseWarningFilters, severityCounts, sortWarnings, toWarningQuery } from '../utils/warning-view';

/** Warnings in the caller's remit (indicators behind pace, ratios below target, claims waiting, disputes, dormant pairings, idle units); the office turns one into a supervision order. */
export function WarningsPage() {
  const { t, lang } = useT();
  const { params, update } = useUrlParams();
  const filters = useMemo(() => parseWarningFilters(params), [params]);
  const year = useOversightYear(filters.year);
  const org = useOrgOverview(year, year !== null);
  const res = useWarnings(year === null ? null : toWarningQuery(filters, year));
  const [supervising, setSupervising] = useState<WarningDto | null>(null);
  const [isSettingsOpen, setSettingsOpen] = useState(false);
  const items = useMemo(() => sortWarnings(res.data?.items ?? [], filters.severity), [res.data, filters.severity]);
  const counts = severityCounts(res.data?.items ?? []);
  const today = useToday();
  const planYears = usePlanYears();
  const set = (patch: UrlPatch) => update({ ...patch, page: null });

  if (year === null || !today) {
    return (
      <div className="xz-content__loading" role="status">
        <Spin description={t('common.loading')} />
      </div>
    );
  }
  const asOf = res.data?.asOf ?? filters.asOf;
  const columns = warningColumns({ t, lang, year, asOf, onSupervise: setSupervising });
  return (
    <>
      <PageHeader
        title={t('warn.title')}
        subtitle={t('warn.subtitle', { year, asOf: asOf ?? '…' })}
        extra={
          <Button icon={<SettingOutlined />} onClick={() => setSettingsOpen(true)}>
            {t('warn.settings')}
          </Button>
        }
      />
      <Flex wrap gap={8} style={{ marginBottom: 12 }} role="search" aria-label={t('common.search')}>
        <Select
          aria-label={t('dash.filter.year')}
          value={year}
          onChange={(v: number) => set({ year: v, asOf: null })}
          options={yearOptions(planYears.years, year).map((y) => ({ value: y, label: String(y) }))}
          style={{ width: 100 }}
        />
        <DatePicker
          aria-label={t('dash.filter.asOf')}
          placeholder={t('dash.filter.asOf')}
          value={filters.asOf ? dayjs(filters.asOf) : null}
          minDate={dayjs(`${year}-01-01`)}
          maxDate={dayjs(`${year}-12-31`)}
          onChange={(d) => set({ asOf: d ? d.format('YYYY-MM-DD') : null })}
          className="xz-filter"
        />
        <Select
          aria-label={t('warn.filter.kind')}
          placeholder={t('warn.filter.allKinds')}
          allowClear
          value={filters.kind ?? undefined}
          onChange={(v?: string) => set({ kind: v ?? null })}
          options={WARNING_KINDS.map((k) => ({ value: k, label: WARNING_KIND_LABELS[k][lang] }))}
          className="xz-filter xz-filter--wide"
        />
        <Select
          aria-label={t('warn.filter.severity')}
          placeholder={t('warn.filter.allSeverities')}
          allowClear
          value={filters.severity ?? undefined}
          onChange={(v?: string) => set({ severity: v ?? null })}
          options={WARNING_SEVERITIES.map((s) => ({ value: s, label: t(`warn.severity.${s}`) }))}
          className="xz-filter"
        />
        <Select
          aria-label={t('dash.filter.county')}
          placeholder={t('dash.filter.allCounties')}
          allowClear
          value={filters.county ?? undefined}
          onChange={(v?: string) => set({ county: v ?? null })}
          options={(org.data?.counties ?? []).map((c) => ({ value: c.code, label: c.name }))}
          className="xz-filter"
        />
      </Flex>
      {res.data?.hasPlan === false ? (
        // other warnings (dormant pairings, claims waiting) do not need a plan; the indicators' do
        <Alert type="info" showIcon title={t('warn.noPlan', { year })} style={{ marginBottom: 12 }} />
      ) : null}
      <Typography.Paragraph role="status">{t('warn.counts', counts)}</Typography.Paragraph>
      <Table<WarningDto>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={items}
        loading={res.isFetching}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: filters.page,
          pageSize: 20,
          showSizeChanger: false,
          total: items.length,
          showTotal: (n) => t('common.total', { n }),
          onChange: (page) => update({ page: page === 1 ? null : page }),
        }}
        locale={{ emptyText: res.error ? res.error.message : <EmptyState description={t('warn.empty')} /> }}
      />
      <WarningSettingsDrawer open={isSettingsOpen} onClose={() => setSettingsOpen(false)} />
      {supervising ? (
        <CreateOrderDialog warning={supervising} year={year} today={today} onClose={() => setSupervising(null)} />
      ) : null}
    </>
  );
}
