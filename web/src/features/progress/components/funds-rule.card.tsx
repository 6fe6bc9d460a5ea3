import { useMemo } from 'react';
import { Card, Col, Flex, Row, Table, Tag, Typography } from 'antd';
import type { IndicatorProgressDto, RecordSummaryDto } from '@xiezuo/domain';
import { GaugeChart } from 'echarts/charts';
import { useT } from '../../../app/i18n';
import { EChart, registerCharts } from '../../../components/e-chart';
import { useDrilldown } from '../api/use-drilldown.query';
import type { ProgressApiQuery } from '../utils/dashboard-params';
import { formatValue } from '../utils/format';
import { buildFundsGaugeOption } from '../utils/funds-gauge.option';
import { drillRecordColumns } from './drill-columns';
import { StatusTag } from './progress-columns';

registerCharts([GaugeChart]);

const MONEY_UNIT = { zh: '万元', en: '10k yuan' };

/** One money rule: the share as a gauge against the required minimum, by county, and the payments behind it. */
export function FundsRuleCard({
  year,
  query,
  item,
}: {
  year: number;
  query: ProgressApiQuery;
  item: IndicatorProgressDto;
}) {
  const { t, lang } = useT();
  const den = useDrilldown(year, item.code, { ...query, part: 'denominator', which: 'confirmed' });
  const num = useDrilldown(year, item.code, { ...query, part: 'numerator', which: 'confirmed' });
  const inNumerator = useMemo(() => new Set((num.data?.records ?? []).map((r) => r.id)), [num.data]);
  const pct = (v: number | null) => formatValue(v, 'percent', item.unit, lang);
  const money = (v: number | undefined) => formatValue(v ?? null, 'money', MONEY_UNIT, lang);
  const option = useMemo(
    () => buildFundsGaugeOption({ value: item.value, target: item.target, name: item.name[lang] }),
    [item, lang],
  );
  const columns = useMemo(
    () => [
      ...drillRecordColumns(t, lang),
      {
        title: t('funds.col.in'),
        key: 'in',
        render: (_v: unknown, r: RecordSummaryDto) =>
          inNumerator.has(r.id) ? <Tag color="green">{t('funds.inNumerator')}</Tag> : '—',
      },
    ],
    [t, lang, inNumerator],
  );
  const target = t('dash.target.ratio_min', { v: pct(item.target) });

  return (
    <Card
      size="small"
      className="xz-chart-card"
      title={
        <Typography.Title level={2} className="xz-card-title">
          {item.name[lang]}
        </Typography.Title>
      }
      extra={<StatusTag status={item.status} lang={lang} />}
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} md={10}>
          <EChart
            option={option}
            height={240}
            ariaLabel={t('funds.aria.gauge', { name: item.name[lang], value: pct(item.value), target })}
          />
          <Flex vertical align="center" gap={4}>
            <Typography.Text strong>{t('funds.rule', { target })}</Typography.Text>
            <Typography.Text className="xz-num">
              {t('funds.parts', { num: money(item.numerator), den: money(item.denominator) })}
            </Typography.Text>
          </Flex>
        </Col>
        <Col xs={24} md={14}>
          <Typography.Title level={3} className="xz-subheading">
            {t('funds.byCounty')}
          </Typography.Title>
          <ul className="xz-role-list">
            {item.counties.map((c) => (
              <li key={c.countyCode}>
                <Flex justify="space-between" gap={8} wrap>
                  <span>{c.countyName}</span>
                  <span className="xz-num">
                    {pct(c.value)} <StatusTag status={c.status} lang={lang} />
                  </span>
                </Flex>
              </li>
            ))}
          </ul>
        </Col>
        <Col span={24}>
          <Typography.Title level={3} className="xz-subheading">
            {t('funds.payments')}
          </Typography.Title>
          <Table<RecordSummaryDto>
            rowKey="id"
            size="small"
            loading={den.isFetching || num.isFetching}
            columns={columns}
            dataSource={den.data?.records ?? []}
            pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
            scroll={{ x: 'max-content' }}
          />
        </Col>
      </Row>
    </Card>
  );
}
