import { Card, Col, Row, Statistic, Table } from 'antd';
import { useT, type MessageKey } from '../../../app/i18n';
import { PageHeader } from '../../../components/page-header';
import { useConsumptionDashboard } from '../api/use-consumption-dashboard.query';
import { useConsumptionYear, YearSelect } from '../components/year-select';
import { wan } from '../utils/consumption-format';
import { EChart } from '../../../components/e-chart';
import { buildCountedPieOption, buildSlicesBarOption } from '../utils/consumption-charts';

type Slice = { key: string; fen: number; label?: string };

function SliceTable({ title, rows }: { title: string; rows: Slice[] }) {
  const { t, lang } = useT();
  return (
    <Card title={title} size="small">
      <Table<Slice>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: t('consumption.col.item'), dataIndex: 'label', render: (v: string | undefined, r) => v ?? r.key },
          { title: t('consumption.col.amount'), dataIndex: 'fen', align: 'right', render: (f: number) => wan(f, lang) },
        ]}
      />
    </Card>
  );
}

/** 消费扶贫概览: counted vs awaiting vs not counted; counted amounts by month, channel, county, category; top products. */
export function ConsumptionDashboardPage() {
  const { t, lang } = useT();
  const { year } = useConsumptionYear();
  const d = useConsumptionDashboard(year).data;
  const labelled = (rows: Slice[] | undefined, prefix: string) =>
    (rows ?? []).map((r) => ({ ...r, label: t(`${prefix}.${r.key}` as MessageKey) }));
  const stat = (key: MessageKey, fen: number | undefined) => (
    <Col xs={24} sm={8}>
      <Card size="small">
        <Statistic
          title={t(key)}
          value={fen === undefined ? '—' : wan(fen, lang)}
          suffix={lang === 'zh' ? '万元' : '×¥10k'}
        />
      </Card>
    </Col>
  );
  return (
    <>
      <PageHeader
        title={t('consumption.dashboard.title')}
        subtitle={t('consumption.dashboard.subtitle')}
        extra={<YearSelect />}
      />
      <Row gutter={[16, 16]}>
        {stat('consumption.dashboard.counted', d?.countedFen)}
        {stat('consumption.dashboard.awaiting', d?.awaitingFen)}
        {stat('consumption.dashboard.notCounted', d?.notCountedFen)}
        <Col xs={24} lg={16}>
          <Card size="small" title={t('consumption.dashboard.byMonth')}>
            <EChart
              ariaLabel={t('consumption.dashboard.byMonth')}
              height={260}
              option={buildSlicesBarOption(
                (d?.byMonth ?? []).map((m) => ({ label: m.key, fen: m.fen })),
                t('consumption.dashboard.counted'),
              )}
            />
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card size="small" title={t('consumption.dashboard.countedShare')}>
            <EChart
              ariaLabel={t('consumption.dashboard.countedShare')}
              height={260}
              option={buildCountedPieOption([
                { label: t('consumption.dashboard.counted'), fen: d?.countedFen ?? 0 },
                { label: t('consumption.dashboard.awaiting'), fen: d?.awaitingFen ?? 0 },
                { label: t('consumption.dashboard.notCounted'), fen: d?.notCountedFen ?? 0 },
              ])}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('consumption.dashboard.byChannel')}>
            <EChart
              ariaLabel={t('consumption.dashboard.byChannel')}
              height={240}
              option={buildSlicesBarOption(
                labelled(d?.byChannel, 'consumption.channel').map((c) => ({ label: c.label, fen: c.fen })),
                t('consumption.dashboard.counted'),
              )}
            />
          </Card>
          <div style={{ height: 16 }} />
          <SliceTable title={t('consumption.dashboard.byMonth')} rows={d?.byMonth ?? []} />
        </Col>
        <Col xs={24} lg={12}>
          <SliceTable
            title={t('consumption.dashboard.byChannel')}
            rows={labelled(d?.byChannel, 'consumption.channel')}
          />
          <div style={{ height: 16 }} />
          <SliceTable title={t('consumption.dashboard.byCounty')} rows={d?.byCounty ?? []} />
          <div style={{ height: 16 }} />
          <SliceTable
            title={t('consumption.dashboard.byCategory')}
            rows={labelled(d?.byCategory, 'consumption.category')}
          />
        </Col>
        <Col xs={24}>
          <SliceTable
            title={t('consumption.dashboard.top')}
            rows={(d?.topProducts ?? []).map((p) => ({ ...p, label: `${p.name} · ${p.supplierName}` }))}
          />
        </Col>
      </Row>
    </>
  );
}
