import type { ColumnsType } from 'antd/es/table';
import { Tag, Typography } from 'antd';
import type { Translate } from '../../../app/i18n';
import { fenToWan } from '../../ledger/utils/money';
import type { Payment, Receipt } from '../api/funds.types';

const STATUS_COLORS = { recorded: 'blue', confirmed: 'green', cancelled: 'default' } as const;
const MATCH_COLORS = { matched: 'green', waiting: 'gold', unreceived: 'red' } as const;

/** A payment's matching state: received, waiting (days), or not received past the days allowed. */
export function MatchTag({ p, t }: { p: Payment; t: Translate }) {
  if (!p.match) return <Typography.Text type="secondary">—</Typography.Text>;
  const n = p.daysWaiting ?? 0;
  const text =
    p.match === 'matched'
      ? t('fund.pay.match.matched')
      : t(p.match === 'waiting' ? 'fund.pay.match.waiting' : 'fund.pay.match.unreceived', { n });
  return <Tag color={MATCH_COLORS[p.match]}>{text}</Tag>;
}

export function paymentColumns(t: Translate, compact: boolean): ColumnsType<Payment> {
  const voucher = {
    key: 'voucher',
    title: t('fund.pay.voucher'),
    render: (_: unknown, p: Payment) => (
      <>
        <Typography.Text strong>{p.voucher}</Typography.Text>
        <Typography.Text type="secondary" className="xz-funds-sub">
          {p.paidOn} · {p.countyName}
          {p.batch ? ` · ${p.batch}` : ''}
          {compact ? ` · ${t('fund.wan', { v: fenToWan(p.amountFen) })}` : ''}
        </Typography.Text>
        {compact ? <MatchTag p={p} t={t} /> : null}
      </>
    ),
  };
  if (compact) return [voucher];
  return [
    voucher,
    {
      key: 'lines',
      title: t('fund.pay.lines'),
      render: (_, p) => p.lines.map((l) => `${l.projectCode} ${l.projectName}`).join('；'),
    },
    {
      key: 'amount',
      title: t('fund.inWan', { label: t('fund.pay.amount') }),
      align: 'right',
      width: 120,
      render: (_, p) => fenToWan(p.amountFen),
    },
    {
      key: 'status',
      title: t('fund.pay.status'),
      width: 100,
      render: (_, p) => <Tag color={STATUS_COLORS[p.status]}>{t(`fund.pay.status.${p.status}`)}</Tag>,
    },
    { key: 'match', title: t('fund.pay.match'), width: 150, render: (_, p) => <MatchTag p={p} t={t} /> },
  ];
}

/** A receipt's matching: the payment it matched, a same-voucher payment of another amount, or nothing. */
export function ReceiptMatch({ r, t }: { r: Receipt; t: Translate }) {
  if (r.payment) return <Tag color="green">{t('fund.rec.matched', { voucher: r.payment.voucher })}</Tag>;
  return (
    <>
      <Tag color="red">{t('fund.rec.unmatched')}</Tag>
      {r.mismatch ? (
        <Typography.Text type="danger" className="xz-funds-sub">
          {t('fund.rec.mismatch', { v: `${t('fund.wan', { v: fenToWan(r.mismatch.amountFen) })}` })}
        </Typography.Text>
      ) : null}
    </>
  );
}

export function receiptColumns(t: Translate, compact: boolean): ColumnsType<Receipt> {
  const voucher = {
    key: 'voucher',
    title: t('fund.pay.voucher'),
    render: (_: unknown, r: Receipt) => (
      <>
        <Typography.Text strong>{r.voucher}</Typography.Text>
        <Typography.Text type="secondary" className="xz-funds-sub">
          {r.receivedOn} · {r.countyName}
          {r.payer ? ` · ${r.payer}` : ''}
          {compact ? ` · ${t('fund.wan', { v: fenToWan(r.amountFen) })}` : ''}
        </Typography.Text>
        {compact ? <ReceiptMatch r={r} t={t} /> : null}
      </>
    ),
  };
  if (compact) return [voucher];
  return [
    voucher,
    {
      key: 'project',
      title: t('fund.pay.project'),
      render: (_, r) => (r.project ? `${r.project.code} ${r.project.name}` : '—'),
    },
    {
      key: 'amount',
      title: t('fund.inWan', { label: t('fund.pay.amount') }),
      align: 'right',
      width: 120,
      render: (_, r) => fenToWan(r.amountFen),
    },
    { key: 'match', title: t('fund.rec.payment'), width: 220, render: (_, r) => <ReceiptMatch r={r} t={t} /> },
  ];
}
