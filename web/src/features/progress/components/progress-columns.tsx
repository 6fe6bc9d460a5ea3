import { Button, Tag, Typography, type TableProps } from 'antd';
import { Link } from 'react-router';
import {
  INDICATOR_STATUS_LABELS,
  type IndicatorProgressDto,
  type IndicatorStatus,
  type Lang,
  type ValueFormat,
} from '@xiezuo/domain';
import type { Translate } from '../../../app/i18n';
import type { DrillState } from '../utils/dashboard-params';
import { formatNumber, formatValue } from '../utils/format';
import { hasClaimed, STATUS_TAG_COLOR } from '../utils/progress-view';
import { CompletionBar } from './completion-bar';

export type PartFormats = ReadonlyMap<string, { numerator: ValueFormat; denominator: ValueFormat }>;

export type ColumnsInput = {
  t: Translate;
  lang: Lang;
  /** Counties shown as columns (none when the view is one county). */
  counties: readonly { code: string; name: string }[];
  partFormats: PartFormats;
  groupName: (code: string) => string;
  /** Link search of the scoped pages (keeps year and day). */
  carry: string;
  onDrill: (d: DrillState) => void;
  onSelect: (code: string) => void;
};

type Row = IndicatorProgressDto;

export function StatusTag({ status, lang }: { status: IndicatorStatus; lang: Lang }) {
  return <Tag color={STATUS_TAG_COLOR[status]}>{INDICATOR_STATUS_LABELS[status][lang]}</Tag>;
}

/** A figure that opens the records behind it. */
function DrillNumber({ text, what, onClick, t }: { text: string; what: string; onClick: () => void; t: Translate }) {
  return (
    <Button
      type="link"
      className="xz-num-link"
      onClick={onClick}
      aria-label={`${text} — ${t('dash.openDrill', { what })}`}
    >
      {text}
    </Button>
  );
}

const UNITLESS = { zh: '', en: '' };

/** `不少于 140 人`, `力争 3,000 万元`, `3 个县`: the target with its kind. */
export function targetText(
  t: Translate,
  r: Pick<Row, 'targetKind' | 'target' | 'format' | 'unit'> & { isTargetDistrictOnly?: boolean },
  lang: Lang,
): string {
  if (r.isTargetDistrictOnly) return t('dash.target.districtOnly');
  const v =
    r.targetKind === 'qualitative' && r.target !== null
      ? formatNumber(r.target, 'count', lang)
      : formatValue(r.target, r.format, r.unit, lang);
  return t(`dash.target.${r.targetKind}`, { v });
}

/** Declarative columns of the progress table: indicator, value, target, completion bar, status, claimed, counties. */
export function progressColumns(i: ColumnsInput): NonNullable<TableProps<Row>['columns']> {
  const { t, lang } = i;
  const fmt = (r: Row, v: number | null) => formatValue(v, r.format, r.unit, lang);
  const drill = (r: Row, patch: Partial<DrillState> = {}) =>
    i.onDrill({ code: r.code, part: 'value', which: 'confirmed', county: null, ...patch });
  const columns: NonNullable<TableProps<Row>['columns']> = [
    {
      title: t('dash.col.indicator'),
      key: 'name',
      render: (_v, r) => (
        <div className="xz-ind-name">
          <Button
            type="link"
            className="xz-num-link"
            onClick={() => i.onSelect(r.code)}
            aria-label={`${r.name[lang]} — ${t('dash.chartsFor')}`}
          >
            {r.name[lang]}
          </Button>
          {i.groupName(r.group) ? (
            <Link to={`/dashboard/groups/${encodeURIComponent(r.group)}${i.carry}`} className="xz-no-print">
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {i.groupName(r.group)}
              </Typography.Text>
            </Link>
          ) : null}
        </div>
      ),
    },
    {
      title: t('dash.col.value'),
      key: 'value',
      align: 'right',
      render: (_v, r) => {
        const parts = i.partFormats.get(r.code);
        return (
          <div className="xz-county-cell" style={{ alignItems: 'flex-end' }}>
            <DrillNumber text={fmt(r, r.value)} what={t('dash.col.value')} t={t} onClick={() => drill(r)} />
            {parts && r.numerator !== undefined && r.denominator !== undefined ? (
              <span className="xz-num" style={{ fontSize: 12 }}>
                <DrillNumber
                  text={formatValue(r.numerator, parts.numerator, UNITLESS, lang).trim()}
                  what={t('drill.part.numerator')}
                  t={t}
                  onClick={() => drill(r, { part: 'numerator' })}
                />
                {' / '}
                <DrillNumber
                  text={formatValue(r.denominator, parts.denominator, UNITLESS, lang).trim()}
                  what={t('drill.part.denominator')}
                  t={t}
                  onClick={() => drill(r, { part: 'denominator' })}
                />
              </span>
            ) : null}
          </div>
        );
      },
    },
    {
      title: t('dash.col.target'),
      key: 'target',
      align: 'right',
      responsive: ['sm'],
      render: (_v, r) => <span className="xz-num">{targetText(t, r, lang)}</span>,
    },
    {
      title: t('dash.col.progress'),
      key: 'progress',
      width: 180,
      render: (_v, r) => <CompletionBar cell={r} status={r.status} />,
    },
    {
      title: t('dash.col.status'),
      key: 'status',
      // a county is not judged on a target set only for the whole district
      render: (_v, r) =>
        r.isTargetDistrictOnly ? <span aria-hidden>—</span> : <StatusTag status={r.status} lang={lang} />,
    },
    {
      title: t('dash.col.claimed'),
      key: 'claimed',
      align: 'right',
      responsive: ['md'],
      render: (_v, r) => {
        if (!hasClaimed(r, r.format)) return <span aria-hidden>—</span>;
        const text =
          r.format === 'percent'
            ? t('dash.claimedRatio', { v: fmt(r, r.claimed) })
            : t('dash.claimedPlus', { v: fmt(r, r.claimed) });
        return (
          <DrillNumber text={text} what={t('dash.col.claimed')} t={t} onClick={() => drill(r, { which: 'claimed' })} />
        );
      },
    },
  ];
  for (const c of i.counties) {
    columns.push({
      // plain text: antd copies titles into an aria-hidden measuring row, where a link would be a hidden focus stop
      title: c.name,
      key: `county-${c.code}`,
      responsive: ['lg'],
      render: (_v, r) => {
        const cell = r.counties.find((x) => x.countyCode === c.code);
        if (!cell) return '—';
        return (
          <div className="xz-county-cell">
            <DrillNumber
              text={fmt(r, cell.value)}
              what={`${c.name} ${t('dash.col.value')}`}
              t={t}
              onClick={() => drill(r, { county: c.code })}
            />
            <StatusTag status={cell.status} lang={lang} />
          </div>
        );
      },
    });
  }
  return columns;
}
