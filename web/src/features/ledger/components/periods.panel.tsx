import { useState } from 'react';
import { App, Button, Flex, Table, Tag, Typography } from 'antd';
import { Select } from '../../../components/select';
import dayjs from 'dayjs';
import { notify } from '../../../app/error-notifier';
import { useT, type Translate } from '../../../app/i18n';
import { useHasAbility } from '../../auth/session-context';
import type { PeriodDto } from '../api/ledger.types';
import { usePeriods, useSetPeriod } from '../api/use-periods.query';
import { periodOptions, yearOptions, type PeriodOption } from '../utils/record-filters';

function optionLabel(o: PeriodOption, t: Translate): string {
  if (o.kind === 'year') return t('ledger.period.year', { n: o.n });
  return `${o.value.slice(0, 4)} ${o.kind === 'quarter' ? t('ledger.period.quarter', { n: o.n }) : t('ledger.period.month', { n: o.n })}`;
}

/** Closed (and reopened) months, quarters and years; the office closes and reopens them. */
export function PeriodsPanel() {
  const { t } = useT();
  const { modal } = App.useApp();
  const canManage = useHasAbility('org.manage');
  const periods = usePeriods();
  const setPeriod = useSetPeriod();
  const [year, setYear] = useState(() => new Date().getFullYear() - 1);
  const [key, setKey] = useState<string | null>(null);

  const act = (k: string, verb: 'close' | 'reopen') =>
    void modal.confirm({
      title: t(verb === 'close' ? 'ledger.periods.askClose' : 'ledger.periods.askReopen', { key: k }),
      okButtonProps: { danger: verb === 'close' },
      onOk: () =>
        setPeriod
          .mutateAsync({ key: k, verb })
          .then(() => notify('success', t('ledger.done', { action: `${t(`ledger.periods.${verb}`)} ${k}` })))
          .catch(() => undefined),
    });
  const isClosed = (k: string) => periods.data?.some((p) => p.key === k && p.status === 'closed') ?? false;

  return (
    <>
      {canManage ? (
        <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }}>
          <Typography.Text>{t('ledger.periods.pick')}</Typography.Text>
          <Select
            aria-label={t('ledger.filter.year')}
            value={year}
            onChange={(y: number) => (setYear(y), setKey(null))}
            options={yearOptions().map((y) => ({ value: y, label: String(y) }))}
            className="xz-filter xz-filter--narrow"
          />
          <Select
            aria-label={t('ledger.periods.key')}
            placeholder={t('ledger.periods.key')}
            value={key ?? undefined}
            onChange={(k: string) => setKey(k)}
            options={periodOptions(year).map((o) => ({ value: o.value, label: optionLabel(o, t) }))}
            className="xz-filter"
          />
          <Button type="primary" danger disabled={!key || isClosed(key)} onClick={() => key && act(key, 'close')}>
            {t('ledger.periods.close')}
          </Button>
          <Button disabled={!key || !isClosed(key)} onClick={() => key && act(key, 'reopen')}>
            {t('ledger.periods.reopen')}
          </Button>
        </Flex>
      ) : (
        <Typography.Paragraph type="secondary">{t('ledger.periods.readOnly')}</Typography.Paragraph>
      )}
      <Table<PeriodDto>
        rowKey="key"
        size="middle"
        loading={periods.isFetching}
        dataSource={periods.data ?? []}
        pagination={false}
        locale={{ emptyText: t('ledger.periods.empty') }}
        columns={[
          {
            title: t('ledger.periods.key'),
            dataIndex: 'key',
            key: 'key',
            render: (k: string) => <span className="xz-mono">{k}</span>,
          },
          {
            title: t('ledger.periods.kind'),
            dataIndex: 'kind',
            key: 'kind',
            render: (k: PeriodDto['kind']) => t(`ledger.periods.kind.${k}`),
          },
          {
            title: t('ledger.periods.status'),
            dataIndex: 'status',
            key: 'status',
            render: (s: PeriodDto['status']) =>
              s === 'closed' ? (
                <Tag color="red">{t('ledger.periods.closed')}</Tag>
              ) : (
                <Tag color="green">{t('ledger.periods.open')}</Tag>
              ),
          },
          {
            title: t('ledger.periods.closedAt'),
            dataIndex: 'closedAt',
            key: 'closedAt',
            responsive: ['sm'],
            render: (at: string | null) => (at ? dayjs(at).format('YYYY-MM-DD HH:mm') : '—'),
          },
          ...(canManage
            ? [
                {
                  key: 'act',
                  render: (_v: unknown, p: PeriodDto) => (
                    <Button
                      size="small"
                      type="link"
                      danger={p.status === 'open'}
                      onClick={() => act(p.key, p.status === 'closed' ? 'reopen' : 'close')}
                    >
                      {t(p.status === 'closed' ? 'ledger.periods.reopen' : 'ledger.periods.close')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
    </>
  );
}
