import { useMemo } from 'react';
import { Card, Col, Row, Typography } from 'antd';
import { Select } from '../../../components/select';
import type { IndicatorProgressDto } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { EChart } from '../../../components/e-chart';
import { EmptyState } from '../../../components/empty-state';
import { useProgressSeries } from '../api/use-progress.query';
import { monthEnds, type ProgressApiQuery } from '../utils/dashboard-params';
import { buildCompositionOption, hasComposition } from '../utils/composition-chart.option';
import { formatValue } from '../utils/format';
import { buildTrendOption, pointLabel, trendPoints } from '../utils/trend-chart.option';

type Props = {
  year: number;
  query: ProgressApiQuery;
  items: readonly IndicatorProgressDto[];
  selected: IndicatorProgressDto | undefined;
  onSelect: (code: string) => void;
};

/** The selected indicator: its monthly cumulative trend against target, and its composition by county. */
export function IndicatorChartsCard({ year, query, items, selected, onSelect }: Props) {
  const { t, lang } = useT();
  const months = useMemo(() => monthEnds(year, query.asOf).map((asOf) => ({ ...query, asOf })), [year, query]);
  const { answers, loaded } = useProgressSeries(year, months);
  const points = useMemo(() => (selected ? trendPoints(selected.code, answers) : []), [selected, answers]);
  const unit = selected
    ? selected.format === 'money'
      ? lang === 'en'
        ? '10k yuan'
        : '万元'
      : selected.unit[lang]
    : '';
  const name = selected?.name[lang] ?? '';
  const trend = useMemo(
    () =>
      selected
        ? buildTrendOption({
            points,
            format: selected.format,
            text: {
              actual: t('chart.actual'),
              withClaimed: t('chart.withClaimed'),
              expected: t('chart.expected'),
              target: t('chart.target'),
              unit,
            },
          })
        : null,
    [selected, points, t, unit],
  );
  const composition = useMemo(
    () =>
      selected
        ? buildCompositionOption({ item: selected, text: { value: t('chart.value'), target: t('chart.target'), unit } })
        : null,
    [selected, t, unit],
  );
  const fmt = (v: number) => (selected ? formatValue(v, selected.format, selected.unit, lang) : '');

  return (
    <Card
      size="small"
      className="xz-chart-card"
      title={
        <Typography.Title level={2} className="xz-card-title">
          {t('chart.trend', { name })}
        </Typography.Title>
      }
      extra={
        <Select
          aria-label={t('chart.pickIndicator')}
          value={selected?.code}
          onChange={onSelect}
          options={items.map((i) => ({ value: i.code, label: i.name[lang] }))}
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 220, maxWidth: '50vw' }}
          className="xz-no-print"
        />
      }
    >
      {!selected ? (
        <EmptyState description={t('chart.noData')} />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={14}>
            {loaded < months.length ? (
              <Typography.Text type="secondary" role="status">
                {t('dash.loadingMonths', { done: loaded, total: months.length })}
              </Typography.Text>
            ) : null}
            {trend ? (
              <EChart
                option={trend}
                height={300}
                ariaLabel={t('chart.aria.trend', {
                  name,
                  points: points.map((p) => `${pointLabel(p.asOf)} ${fmt(p.value)}`).join('，'),
                })}
              />
            ) : null}
          </Col>
          <Col xs={24} xl={10}>
            <Typography.Title level={3} className="xz-subheading">
              {t('chart.composition', { name })}
            </Typography.Title>
            {composition && hasComposition(selected) ? (
              <EChart
                option={composition}
                height={280}
                ariaLabel={t('chart.aria.composition', {
                  name,
                  parts: selected.counties.map((c) => `${c.countyName} ${fmt(c.value)}`).join('，'),
                })}
              />
            ) : (
              <EmptyState description={t('chart.noData')} />
            )}
          </Col>
        </Row>
      )}
    </Card>
  );
}
