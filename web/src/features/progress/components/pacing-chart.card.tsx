import { useMemo } from 'react';
import { Card, Grid, Typography } from 'antd';
import { INDICATOR_STATUS_LABELS, type IndicatorProgressDto } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { EChart } from '../../../components/e-chart';
import { buildPacingOption, pacingRowAt, type PacingRow } from '../utils/pacing-chart.option';
import { markerPercent } from '../utils/progress-view';

type Props = {
  items: readonly IndicatorProgressDto[];
  onSelect: (code: string) => void;
  dark?: boolean;
  title?: boolean;
};

/** Completion of every indicator in view against where it should be by the as-of day; a click charts one. */
export function PacingChartCard({ items, onSelect, dark = false, title = true }: Props) {
  const { t, lang } = useT();
  const screens = Grid.useBreakpoint();
  const rows = useMemo<PacingRow[]>(
    () =>
      items
        .filter((i) => i.target !== null)
        .map((i) => ({
          code: i.code,
          name: i.name[lang],
          completion: i.completion,
          expected: markerPercent(i),
          status: i.status,
          statusLabel: INDICATOR_STATUS_LABELS[i.status][lang],
        })),
    [items, lang],
  );
  const option = useMemo(
    () =>
      buildPacingOption({
        rows,
        text: { completion: t('chart.completion'), expected: t('chart.expected') },
        dark,
        compact: !screens.md,
      }),
    [rows, t, dark, screens.md],
  );
  const chart = (
    <EChart
      option={option}
      height={Math.max(200, rows.length * (dark ? 36 : 28) + 48)}
      ariaLabel={t('chart.aria.pacing', { n: rows.length })}
      onClick={(p) => {
        const row = pacingRowAt(rows, p.dataIndex);
        if (row) onSelect(row.code);
      }}
    />
  );
  if (!title) return chart;
  return (
    <Card
      size="small"
      className="xz-chart-card"
      title={
        <Typography.Title level={2} className="xz-card-title">
          {t('chart.pacing')}
        </Typography.Title>
      }
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('chart.pacingHint')}
      </Typography.Paragraph>
      {chart}
    </Card>
  );
}
