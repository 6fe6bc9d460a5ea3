import { useState } from 'react';
import { Button, Card, Flex, List, Tag } from 'antd';
import { useT } from '../../../app/i18n';
import { fenToWan } from '../../ledger/utils/money';
import type { Project } from '../api/funds.types';
import { DecideAdjustmentDialog } from './adjustment.dialogs';

type Adjustment = Project['adjustments'][number];
const STATUS_COLOR = { pending: 'gold', approved: 'green', rejected: 'default' } as const;

/** 项目调整: every adjustment asked, its state and reason; the funds group decides the pending one here. */
export function AdjustmentsCard({ project: p }: { project: Project }) {
  const { t } = useT();
  const [open, setOpen] = useState<{ a: Adjustment; approve: boolean } | null>(null);
  if (!p.adjustments.length) return null;
  const what = (a: Adjustment) =>
    a.kind === 'amount' && a.newAmountFen !== null
      ? `${t('fund.adj.amount')} → ${t('fund.wan', { v: fenToWan(a.newAmountFen) })}`
      : t(`fund.adj.${a.kind}`);
  return (
    <Card title={t('fund.detail.adjustments')} size="small" className="xz-funds-card">
      <List
        size="small"
        dataSource={p.adjustments}
        renderItem={(a) => (
          <List.Item
            extra={<Tag color={STATUS_COLOR[a.status]}>{t(`fund.adj.status.${a.status}`)}</Tag>}
            actions={
              a.abilities.decide
                ? [
                    <Flex key="decide" gap={8} wrap>
                      <Button size="small" type="primary" onClick={() => setOpen({ a, approve: true })}>
                        {t('fund.adj.approve')}
                      </Button>
                      <Button size="small" danger onClick={() => setOpen({ a, approve: false })}>
                        {t('fund.adj.reject')}
                      </Button>
                    </Flex>,
                  ]
                : undefined
            }
          >
            <List.Item.Meta
              title={what(a)}
              description={
                <>
                  {a.reason} · {t('fund.adj.by', { who: a.proposedBy })}
                  {a.decidedBy ? ` · ${t('fund.adj.decidedBy', { who: a.decidedBy })}` : ''}
                  {a.decisionNote ? `：${a.decisionNote}` : ''}
                </>
              }
            />
          </List.Item>
        )}
      />
      {open ? (
        <DecideAdjustmentDialog project={p} adjustment={open.a} approve={open.approve} onClose={() => setOpen(null)} />
      ) : null}
    </Card>
  );
}
