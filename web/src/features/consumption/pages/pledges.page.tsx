import { useMemo, useState } from 'react';
import { Button, Card, Col, Progress, Row, Statistic, Table, Tag } from 'antd';
import type { PledgeDto } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { PageHeader } from '../../../components/page-header';
import { usePledges } from '../api/use-pledges.query';
import { useAcceptPledge } from '../api/use-pledge.mutations';
import { PledgeFormDialog } from '../components/pledge-form.dialog';
import { useConsumptionYear, YearSelect } from '../components/year-select';
import { rankPledges, wan } from '../utils/consumption-format';

type Row_ = ReturnType<typeof rankPledges<PledgeDto>>[number];

/** 认购进度: each unit's pledge, what it bought and counts, share and rank; district totals and the target's gap. */
export function PledgesPage() {
  const { t, lang } = useT();
  const { year } = useConsumptionYear();
  const board = usePledges(year);
  const accept = useAcceptPledge();
  const [editing, setEditing] = useState<PledgeDto | null>(null);
  const rows = useMemo(() => rankPledges(board.data?.items ?? []), [board.data]);
  const b = board.data;
  const stat = (title: string, fen: number | null | undefined) =>
    fen === null || fen === undefined ? null : (
      <Col xs={12} md={6}>
        <Card size="small">
          <Statistic title={title} value={wan(fen, lang)} />
        </Card>
      </Col>
    );
  return (
    <>
      <PageHeader
        title={t('consumption.pledges.title')}
        subtitle={t('consumption.pledges.subtitle')}
        extra={<YearSelect />}
      />
      <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
        {stat(t('consumption.pledges.target'), b?.targetFen)}
        {stat(t('consumption.pledges.pledged'), b?.pledgedFen)}
        {stat(t('consumption.pledges.bought'), b?.boughtFen)}
        {stat(t('consumption.pledges.gap'), b?.gapFen)}
      </Row>
      <Table<Row_>
        rowKey="unitId"
        size="middle"
        loading={board.isLoading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 640 }}
        columns={[
          { title: t('consumption.pledges.rank'), dataIndex: 'rank', width: 64 },
          { title: t('consumption.pledges.unit'), dataIndex: 'unitName' },
          {
            title: t('consumption.pledges.pledge'),
            dataIndex: 'pledgeFen',
            align: 'right',
            render: (f: number) => wan(f, lang),
          },
          {
            title: t('consumption.col.amount'),
            dataIndex: 'boughtFen',
            align: 'right',
            render: (f: number) => wan(f, lang),
          },
          {
            title: t('consumption.pledges.share'),
            dataIndex: 'share',
            width: 140,
            render: (s: number | null) =>
              s === null ? '—' : <Progress percent={Math.min(100, s)} format={() => `${s}%`} size="small" />,
          },
          {
            title: t('consumption.pledges.status'),
            key: 'status',
            render: (_: unknown, r) =>
              r.pledgeFen === 0 ? null : r.acceptedAt ? (
                <Tag color="green">{t('consumption.pledges.accepted')}</Tag>
              ) : (
                <Tag color="orange">{t('consumption.pledges.pending')}</Tag>
              ),
          },
          {
            key: 'actions',
            render: (_: unknown, r) => (
              <>
                {r.abilities.set ? (
                  <Button size="small" type="link" onClick={() => setEditing(r)}>
                    {t('consumption.pledges.set')}
                  </Button>
                ) : null}
                {r.abilities.accept && year ? (
                  <Button size="small" type="link" onClick={() => accept.mutate({ year, unitId: r.unitId })}>
                    {t('consumption.pledges.accept')}
                  </Button>
                ) : null}
              </>
            ),
          },
        ]}
      />
      {editing && year ? <PledgeFormDialog year={year} unit={editing} onClose={() => setEditing(null)} /> : null}
    </>
  );
}
