import { Button, Progress, Table, Typography, type TableProps } from 'antd';
import type { Lang, ScoreLineDto, UnitScoreDto } from '@xiezuo/domain';
import type { Translate } from '../../../app/i18n';
import { formatScore } from '../utils/assessment-view';

/** Declarative columns of the ranking: rank, unit, total (as a bar out of 100), appeal where the score's abilities allow. */
export function scoreColumns(
  t: Translate,
  onAppeal: (s: UnitScoreDto) => void,
): NonNullable<TableProps<UnitScoreDto>['columns']> {
  return [
    {
      title: t('asmt.col.rank'),
      dataIndex: 'rank',
      key: 'rank',
      width: 70,
      render: (_v, s) =>
        s.isAssessed ? (
          <span className="xz-num">{s.rank}</span>
        ) : (
          <Typography.Text type="secondary">{t('asmt.notAssessed')}</Typography.Text>
        ),
    },
    { title: t('asmt.col.unit'), dataIndex: 'unitName', key: 'unit' },
    {
      title: t('asmt.col.total'),
      key: 'total',
      width: 220,
      render: (_v, s) =>
        !s.isAssessed ? (
          <Typography.Text type="secondary">{t('asmt.notAssessedHint')}</Typography.Text>
        ) : (
          <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
            {/* the number first: on a phone the bar may be cut, the score not */}
            <span className="xz-num" style={{ minWidth: 44 }}>
              {formatScore(s.total)}
            </span>
            <Progress
              percent={Math.max(0, Math.min(100, s.total))}
              showInfo={false}
              size="small"
              style={{ flex: 1, minWidth: 60, margin: 0 }}
              aria-label={`${s.unitName} ${t('asmt.col.total')}`}
            />
          </div>
        ),
    },
    {
      title: t('asmt.col.actions'),
      key: 'actions',
      render: (_v, s) =>
        s.abilities.appeal ? (
          <Button size="small" onClick={() => onAppeal(s)} aria-label={t('asmt.appealLabel', { unit: s.unitName })}>
            {t('asmt.appeal')}
          </Button>
        ) : null,
    },
  ];
}

/** The expanded row: each item's score out of its maximum, and how it was computed. */
export function ScoreBreakdown({ score, t, lang }: { score: UnitScoreDto; t: Translate; lang: Lang }) {
  if (!score.isDetailVisible) return <Typography.Text type="secondary">{t('asmt.hidden')}</Typography.Text>;
  return (
    <Table<ScoreLineDto>
      rowKey="code"
      size="small"
      pagination={false}
      dataSource={score.breakdown}
      columns={[
        { title: t('asmt.col.item'), key: 'item', render: (_v, l) => l.name[lang] },
        {
          title: t('asmt.col.score'),
          key: 'score',
          align: 'right',
          render: (_v, l) => <span className="xz-num">{`${formatScore(l.score)} / ${formatScore(l.max)}`}</span>,
        },
        { title: t('asmt.col.detail'), key: 'detail', render: (_v, l) => l.detail[lang] },
      ]}
    />
  );
}
