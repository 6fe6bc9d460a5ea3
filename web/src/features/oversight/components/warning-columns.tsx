import { Button, Flex, Tag, Typography, type TableProps } from 'antd';
import { Link } from 'react-router';
import {
  SUPERVISION_STATUS_LABELS,
  WARNING_KIND_LABELS,
  type Lang,
  type WarningDto,
  type WarningSeverity,
} from '@xiezuo/domain';
import type { Translate } from '../../../app/i18n';
import { formatValue } from '../../progress/utils/format';
import { warningHref } from '../utils/warning-view';
import './oversight.css';

const SEVERITY_COLOR: Record<WarningSeverity, string> = { critical: 'red', warning: 'gold' };
const NO_UNIT = { zh: '', en: '' };

type Input = { t: Translate; lang: Lang; year: number; asOf: string | null; onSupervise: (w: WarningDto) => void };

/** What a warning is short of: the gap for indicators, the days open for claims and disputes. */
function gapText(w: WarningDto, t: Translate, lang: Lang): string {
  if (w.gap) {
    const f = (v: number) => formatValue(v, w.gap!.format, NO_UNIT, lang).trim();
    return t('warn.gap', { value: f(w.gap.value), expected: f(w.gap.expected), target: f(w.gap.target) });
  }
  return w.daysOpen !== undefined ? t('warn.daysOpen', { n: w.daysOpen }) : '—';
}

/** Declarative columns of the warnings table; 发起督办 follows each warning's `abilities`, and an order already issued is linked. */
export function warningColumns({
  t,
  lang,
  year,
  asOf,
  onSupervise,
}: Input): NonNullable<TableProps<WarningDto>['columns']> {
  const actions = (w: WarningDto) => (
    <Flex gap={4} wrap>
      <Link to={warningHref(w, year, asOf)} aria-label={t('warn.openLabel', { title: w.title[lang] })}>
        {t('warn.open')}
      </Link>
      {w.abilities.supervise && w.responsibleUnits.length > 0 ? (
        <Button
          size="small"
          type="link"
          onClick={() => onSupervise(w)}
          aria-label={t('warn.superviseLabel', { title: w.title[lang] })}
        >
          {t('warn.supervise')}
        </Button>
      ) : null}
    </Flex>
  );
  return [
    {
      title: t('warn.col.severity'),
      dataIndex: 'severity',
      key: 'severity',
      width: 80,
      render: (s: WarningSeverity) => <Tag color={SEVERITY_COLOR[s]}>{t(`warn.severity.${s}`)}</Tag>,
    },
    {
      title: t('warn.col.warning'),
      key: 'title',
      render: (_v, w) => (
        <Flex vertical gap={2} style={{ minWidth: 220, maxWidth: 480 }}>
          <Typography.Text strong>{w.title[lang]}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {w.message[lang]}
          </Typography.Text>
          {w.order ? (
            <Link to={`/supervision/${w.order.id}`} style={{ fontSize: 12 }}>
              {t('warn.order', { serial: w.order.serial, status: SUPERVISION_STATUS_LABELS[w.order.status][lang] })}
            </Link>
          ) : null}
          {/* on a phone the actions column is hidden: the actions go under the message */}
          <div className="xz-xs-only">{actions(w)}</div>
        </Flex>
      ),
    },
    {
      title: t('warn.col.kind'),
      dataIndex: 'kind',
      key: 'kind',
      responsive: ['lg'],
      render: (k: WarningDto['kind']) => WARNING_KIND_LABELS[k][lang],
    },
    {
      title: t('warn.col.units'),
      key: 'units',
      responsive: ['md'],
      render: (_v, w) => <div style={{ maxWidth: 180 }}>{w.responsibleUnits.map((u) => u.name).join('、') || '—'}</div>,
    },
    // the message already states the gap in words; the column is for wide screens (beside the sider at 1366 it would push the actions out)
    { title: t('warn.col.gap'), key: 'gap', responsive: ['xxl'], render: (_v, w) => gapText(w, t, lang) },
    { title: t('warn.col.actions'), key: 'actions', responsive: ['sm'], render: (_v, w) => actions(w) },
  ];
}
