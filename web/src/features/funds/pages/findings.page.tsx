import { Grid, Table, Tag, Typography, Flex } from 'antd';
import { Select } from '../../../components/select';
import type { ColumnsType } from 'antd/es/table';
import { FINDING_STATUSES } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { useUrlParams } from '../../../app/use-url-params';
import { EmptyState } from '../../../components/empty-state';
import { PageHeader } from '../../../components/page-header';
import { fenToWan } from '../../ledger/utils/money';
import type { Finding } from '../api/funds.types';
import { useFindings } from '../api/use-funds.queries';
import { FINDING_COLORS, FindingDrawer } from '../components/finding.drawer';
import { FundYearSelect } from '../components/year.select';
import { findingKindText, findingStatusText } from '../utils/labels';
import { listParams } from '../utils/list-params';

/** 审计发现与整改: findings in scope; a row opens the finding (its id in the URL) to answer, accept or return it. */
export function FindingsPage() {
  const { t, lang } = useT();
  const { params, get, update } = useUrlParams();
  const q = listParams(params, ['year', 'county', 'status']);
  const findings = useFindings(q);
  const compact = Grid.useBreakpoint().md === false;
  const open = get('open');
  const set = (patch: Record<string, string | number | null>) => update({ ...patch, page: null });
  const status = (f: Finding) => (
    <>
      <Tag color={FINDING_COLORS[f.status]}>{findingStatusText(f.status, lang)}</Tag>
      {f.overdue ? <Tag color="red">{t('fund.find.overdue')}</Tag> : null}
    </>
  );
  const title = {
    key: 'serial',
    title: t('fund.find.kind'),
    render: (_: unknown, f: Finding) => (
      <>
        <Typography.Text strong>{`${f.serial} · ${findingKindText(f.kind, lang)}`}</Typography.Text>
        <Typography.Text type="secondary" className="xz-funds-sub">
          {f.countyName} · {f.project ? f.project.name : f.payment?.voucher} · {t('fund.find.deadline')} {f.deadline}
        </Typography.Text>
        {compact ? status(f) : null}
      </>
    ),
  };
  const columns: ColumnsType<Finding> = compact
    ? [title]
    : [
        title,
        { key: 'description', title: t('fund.find.description'), ellipsis: true, dataIndex: 'description' },
        {
          key: 'amount',
          title: t('fund.inWan', { label: t('fund.pay.amount') }),
          align: 'right',
          width: 100,
          render: (_, f) => fenToWan(f.amountFen),
        },
        { key: 'status', title: t('fund.find.status'), width: 170, render: (_, f) => status(f) },
      ];
  return (
    <>
      <PageHeader title={t('fund.find.title')} subtitle={t('fund.find.subtitle')} />
      <Flex wrap gap={8} className="xz-funds-filters" role="search" aria-label={t('common.search')}>
        <FundYearSelect
          allowClear
          value={get('year') ? Number(get('year')) : null}
          onChange={(v) => set({ year: v })}
        />
        <Select
          aria-label={t('fund.find.status')}
          placeholder={t('fund.find.status')}
          allowClear
          value={get('status') ?? undefined}
          onChange={(v: string | undefined) => set({ status: v ?? null })}
          options={FINDING_STATUSES.map((s) => ({ value: s, label: findingStatusText(s, lang) }))}
          className="xz-filter"
        />
      </Flex>
      <Table<Finding>
        rowKey="id"
        size="middle"
        className="xz-funds-table"
        columns={columns}
        dataSource={findings.data?.items ?? []}
        loading={findings.isFetching}
        onRow={(f) => ({ onClick: () => update({ open: f.id }, { push: true }) })}
        onChange={(p) => update({ page: p.current === 1 ? null : p.current })}
        pagination={{ current: Number(q.page), pageSize: 20, total: findings.data?.total ?? 0, showSizeChanger: false }}
        locale={{
          emptyText: findings.error ? findings.error.message : <EmptyState description={t('fund.find.empty')} />,
        }}
      />
      {open ? <FindingDrawer id={open} onClose={() => update({ open: null })} /> : null}
    </>
  );
}
