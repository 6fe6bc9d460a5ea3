import { Tag, type TableProps } from 'antd';
import { Link } from 'react-router';
import {
  SUPERVISION_KIND_LABELS,
  SUPERVISION_STATUS_LABELS,
  type Lang,
  type SupervisionOrderDto,
  type SupervisionStatus,
} from '@xiezuo/domain';
import type { Translate } from '../../../app/i18n';
import './oversight.css';

export const ORDER_STATUS_COLOR: Record<SupervisionStatus, string> = {
  open: 'blue',
  responded: 'gold',
  returned: 'orange',
  closed: 'green',
};

/** Status tag, plus an explicit 逾期 tag (not colour alone) when past due and not closed. */
export function OrderStatus({
  order,
  t,
  lang,
}: {
  order: Pick<SupervisionOrderDto, 'status' | 'isOverdue'>;
  t: Translate;
  lang: Lang;
}) {
  return (
    <>
      <Tag color={ORDER_STATUS_COLOR[order.status]}>{SUPERVISION_STATUS_LABELS[order.status][lang]}</Tag>
      {order.isOverdue ? <Tag color="red">{t('sup.overdue')}</Tag> : null}
    </>
  );
}

/** Declarative columns of the orders table. */
export function orderColumns(t: Translate, lang: Lang): NonNullable<TableProps<SupervisionOrderDto>['columns']> {
  return [
    {
      title: t('sup.col.serial'),
      dataIndex: 'serial',
      key: 'serial',
      responsive: ['sm'],
      render: (s: string) => <span className="xz-num">{s}</span>,
    },
    {
      title: t('sup.col.subject'),
      key: 'subject',
      render: (_v, o) => (
        <>
          <Link to={`/supervision/${o.id}`} style={{ display: 'inline-block', minWidth: 180, maxWidth: 420 }}>
            {o.subject}
          </Link>
          {/* on a phone the serial, due date and status columns are hidden: they go under the subject */}
          <div className="xz-xs-only xz-secondary">
            {o.serial} ·{' '}
            <time dateTime={o.dueDate} className={o.isOverdue ? 'xz-overdue-text' : undefined}>
              {o.dueDate}
            </time>{' '}
            <OrderStatus order={o} t={t} lang={lang} />
          </div>
        </>
      ),
    },
    {
      title: t('sup.col.kind'),
      dataIndex: 'kind',
      key: 'kind',
      responsive: ['lg'],
      render: (k: SupervisionOrderDto['kind']) => SUPERVISION_KIND_LABELS[k][lang],
    },
    {
      title: t('sup.col.units'),
      key: 'units',
      responsive: ['md'],
      render: (_v, o) => o.units.map((u) => u.name).join('、'),
    },
    {
      title: t('sup.col.due'),
      dataIndex: 'dueDate',
      key: 'due',
      responsive: ['sm'],
      render: (d: string, o) => (
        <time dateTime={d} className={o.isOverdue ? 'xz-overdue-text' : undefined}>
          {d}
        </time>
      ),
    },
    {
      title: t('sup.col.status'),
      key: 'status',
      responsive: ['sm'],
      render: (_v, o) => <OrderStatus order={o} t={t} lang={lang} />,
    },
  ];
}
