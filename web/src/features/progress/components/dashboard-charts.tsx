import { Col, Row } from 'antd';
import type { IndicatorProgressDto } from '@xiezuo/domain';
import type { ProgressApiQuery } from '../utils/dashboard-params';
import { IndicatorChartsCard } from './indicator-charts.card';
import { PacingChartCard } from './pacing-chart.card';

type Props = {
  year: number;
  query: ProgressApiQuery;
  items: readonly IndicatorProgressDto[];
  selected: IndicatorProgressDto | undefined;
  onSelect: (code: string) => void;
};

/** The charts of a progress view, in their own chunk (with echarts) so the table shows before they load. */
export default function DashboardCharts({ year, query, items, selected, onSelect }: Props) {
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      <Col xs={24} xxl={10}>
        <PacingChartCard items={items} onSelect={onSelect} />
      </Col>
      <Col xs={24} xxl={14}>
        <IndicatorChartsCard year={year} query={query} items={items} selected={selected} onSelect={onSelect} />
      </Col>
    </Row>
  );
}
