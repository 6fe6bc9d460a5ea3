import { useMemo, useState } from 'react';
import { Alert, Button, Flex, Grid, Space, Table, Upload } from 'antd';
import { Select } from '../../../components/select';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useT } from '../../../app/i18n';
import { useUrlParams } from '../../../app/use-url-params';
import { EmptyState } from '../../../components/empty-state';
import { PageHeader } from '../../../components/page-header';
import { useCurrentSession, useHasAbility } from '../../auth/session-context';
import type { Receipt } from '../api/funds.types';
import { useImportReceipts } from '../api/use-funds.mutations';
import { useReceipts } from '../api/use-funds.queries';
import { receiptColumns } from '../components/payment-columns';
import { ReceiptFormDrawer } from '../components/receipt-form.drawer';
import { FundYearSelect } from '../components/year.select';
import { fundsRoles } from '../utils/funds-roles';
import { listParams } from '../utils/list-params';

/** The county's bank statement: the template, and an import whose credits are booked and matched at once. */
function StatementImport() {
  const { t } = useT();
  const imp = useImportReceipts();
  const r = imp.data;
  return (
    <Space wrap style={{ marginBottom: 12 }}>
      <Button icon={<DownloadOutlined />} href="/api/fund-receipts/template.xlsx">
        {t('fund.projects.template')}
      </Button>
      <Upload
        accept=".xlsx"
        showUploadList={false}
        customRequest={({ file, onSuccess, onError }) =>
          imp.mutate(file as File, { onSuccess: (v) => onSuccess?.(v), onError: (e) => onError?.(e) })
        }
      >
        <Button icon={<UploadOutlined />} loading={imp.isPending}>
          {t('fund.rec.import')}
        </Button>
      </Upload>
      {r ? (
        <Alert
          role="status"
          showIcon
          type={r.rejected ? 'warning' : 'success'}
          title={t('fund.rec.imported', { accepted: r.accepted, rejected: r.rejected, matched: r.matched })}
          action={r.rejectsUrl ? <a href={r.rejectsUrl}>{t('ledger.excel.rejects')}</a> : undefined}
        />
      ) : null}
      {imp.error ? <Alert role="alert" showIcon type="error" title={imp.error.message} /> : null}
    </Space>
  );
}

/** 资金到账: the counties' receipts, each matched to a payment or flagged as unmatched. */
export function ReceiptsPage() {
  const { t } = useT();
  const session = useCurrentSession();
  const canWrite = useHasAbility('business.write');
  const roles = fundsRoles(session.roles, session.abilities);
  const { params, get, update } = useUrlParams();
  const q = listParams(params, ['year', 'county', 'matched']);
  const receipts = useReceipts(q);
  const [recording, setRecording] = useState(false);
  const compact = Grid.useBreakpoint().md === false;
  const columns = useMemo(() => receiptColumns(t, compact), [t, compact]);
  const set = (patch: Record<string, string | number | null>) => update({ ...patch, page: null });
  const receives = canWrite && roles.receives;
  return (
    <>
      <PageHeader
        title={t('fund.rec.title')}
        subtitle={t('fund.rec.subtitle')}
        extra={
          receives ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)}>
              {t('fund.rec.record')}
            </Button>
          ) : null
        }
      />
      {receives ? <StatementImport /> : null}
      <Flex wrap gap={8} className="xz-funds-filters" role="search" aria-label={t('common.search')}>
        <FundYearSelect
          allowClear
          value={get('year') ? Number(get('year')) : null}
          onChange={(v) => set({ year: v })}
        />
        <Select
          aria-label={t('fund.rec.payment')}
          placeholder={t('fund.rec.payment')}
          allowClear
          value={get('matched') ?? undefined}
          onChange={(v: string | undefined) => set({ matched: v ?? null })}
          options={[
            { value: 'yes', label: t('fund.pay.match.matched') },
            { value: 'no', label: t('fund.rec.unmatched') },
          ]}
          className="xz-filter"
        />
      </Flex>
      <Table<Receipt>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={receipts.data?.items ?? []}
        loading={receipts.isFetching}
        scroll={compact ? undefined : { x: 900 }}
        onChange={(p) => update({ page: p.current === 1 ? null : p.current })}
        pagination={{ current: Number(q.page), pageSize: 20, total: receipts.data?.total ?? 0, showSizeChanger: false }}
        locale={{
          emptyText: receipts.error ? receipts.error.message : <EmptyState description={t('fund.rec.empty')} />,
        }}
      />
      {recording ? <ReceiptFormDrawer open onClose={() => setRecording(false)} counties={roles.counties} /> : null}
    </>
  );
}
