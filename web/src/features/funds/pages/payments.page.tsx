import { useMemo, useState } from 'react';
import { App, Button, Flex, Grid, Space, Table } from 'antd';
import { Select } from '../../../components/select';
import { PlusOutlined } from '@ant-design/icons';
import { MATCH_STATES, PAYMENT_STATUSES } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { useUrlParams } from '../../../app/use-url-params';
import { EmptyState } from '../../../components/empty-state';
import { PageHeader } from '../../../components/page-header';
import { useCurrentSession, useHasAbility } from '../../auth/session-context';
import type { Payment } from '../api/funds.types';
import { usePaymentAction } from '../api/use-funds.mutations';
import { usePayments } from '../api/use-funds.queries';
import { paymentColumns } from '../components/payment-columns';
import { PaymentFormDrawer } from '../components/payment-form.drawer';
import { FundYearSelect } from '../components/year.select';
import { ReasonDialog } from '../../ledger/components/reason.dialog';
import { fundsRoles } from '../utils/funds-roles';
import { listParams } from '../utils/list-params';

/** Confirm or cancel one payment: the checker (never its maker) confirms; the server decides. */
function PaymentButtons({ p }: { p: Payment }) {
  const { t } = useT();
  const { message } = App.useApp();
  const act = usePaymentAction(p.id);
  const [cancelling, setCancelling] = useState(false);
  const run = (action: 'confirm' | 'cancel', reason?: string) =>
    act.mutate(
      { action, version: p.version, reason },
      { onError: (e) => void message.error(e.message), onSuccess: () => setCancelling(false) },
    );
  return (
    <Space>
      <ReasonDialog
        open={cancelling}
        title={`${t('fund.pay.cancel')} · ${p.voucher}`}
        okText={t('fund.pay.cancel')}
        danger
        loading={act.isPending}
        onOk={(reason) => run('cancel', reason)}
        onClose={() => setCancelling(false)}
      />
      {p.abilities.confirm ? (
        <Button size="small" type="primary" loading={act.isPending} onClick={() => run('confirm')}>
          {t('fund.pay.confirm')}
        </Button>
      ) : null}
      {p.abilities.cancel ? (
        <Button size="small" danger onClick={() => setCancelling(true)}>
          {t('fund.pay.cancel')}
        </Button>
      ) : null}
    </Space>
  );
}

/** 资金拨付: the east's payments with their status and whether the county has received them. */
export function PaymentsPage() {
  const { t } = useT();
  const session = useCurrentSession();
  const canWrite = useHasAbility('business.write');
  const roles = fundsRoles(session.roles, session.abilities);
  const { params, get, update } = useUrlParams();
  const q = listParams(params, ['year', 'county', 'status', 'match']);
  const payments = usePayments(q);
  const [paying, setPaying] = useState(false);
  const compact = Grid.useBreakpoint().md === false;
  const columns = useMemo(
    () => [
      ...paymentColumns(t, compact),
      { key: 'actions', title: '', width: 170, render: (_: unknown, p: Payment) => <PaymentButtons p={p} /> },
    ],
    [t, compact],
  );
  const set = (patch: Record<string, string | number | null>) => update({ ...patch, page: null });
  return (
    <>
      <PageHeader
        title={t('fund.pay.title')}
        subtitle={t('fund.pay.subtitle')}
        extra={
          canWrite && roles.pays ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setPaying(true)}>
              {t('fund.act.pay')}
            </Button>
          ) : null
        }
      />
      <Flex wrap gap={8} className="xz-funds-filters" role="search" aria-label={t('common.search')}>
        <FundYearSelect
          allowClear
          value={get('year') ? Number(get('year')) : null}
          onChange={(v) => set({ year: v })}
        />
        <Select
          aria-label={t('fund.pay.status')}
          placeholder={t('fund.pay.status')}
          allowClear
          value={get('status') ?? undefined}
          onChange={(v: string | undefined) => set({ status: v ?? null })}
          options={PAYMENT_STATUSES.map((s) => ({ value: s, label: t(`fund.pay.status.${s}`) }))}
          className="xz-filter"
        />
        <Select
          aria-label={t('fund.pay.match')}
          placeholder={t('fund.pay.match')}
          allowClear
          value={get('match') ?? undefined}
          onChange={(v: string | undefined) => set({ match: v ?? null })}
          options={MATCH_STATES.map((s) => ({ value: s, label: t(`fund.pay.match.${s}`, { n: '…' }) }))}
          className="xz-filter"
        />
      </Flex>
      <Table<Payment>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={payments.data?.items ?? []}
        loading={payments.isFetching}
        scroll={compact ? undefined : { x: 1000 }}
        onChange={(p) => update({ page: p.current === 1 ? null : p.current })}
        pagination={{ current: Number(q.page), pageSize: 20, total: payments.data?.total ?? 0, showSizeChanger: false }}
        locale={{
          emptyText: payments.error ? payments.error.message : <EmptyState description={t('fund.pay.empty')} />,
        }}
      />
      {paying ? <PaymentFormDrawer open onClose={() => setPaying(false)} /> : null}
    </>
  );
}
