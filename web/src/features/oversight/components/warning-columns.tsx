import { Button, Flex, Tag, Typography, type TableProps } from 'antd';
import { Link } from 'react-router';
import { WARNING_KIND_LABELS, type Lang, type WarningDto, type WarningSeverity } from '@xiezuo/domain';
import type { Translate } from '../../../app/i18n';
import { formatValue } from '../../dashboard/utils/format';
import { warningHref } from '../utils/warning-view';

const SEVERITY_COLOR: Record<WarningSeverity, string> = { critical: 'red', warning: 'gold' };
const NO_UNIT = { zh: '', en: '' };

type Input = { t: Translate; lang: Lang; year: number; asOf: string | null; canSupervise: boolean; onSupervise: (w: WarningDto) => void };

/** What a warning is short of: the gap for indicators, the days open for claims and disputes. */
function gapText(w: WarningDto, t: Translate, lang: Lang): string {
  if (w.gap) {
    const f = (v: number) => formatValue(v, w.gap!.format, NO_UNIT, lang).trim();
    return t('warn.gap', { value: f(w.gap.value), expected: f(w.gap.expected), target: f(w.gap.target) });
  }
  return w.daysOpen !== undefined ? t('warn.daysOpen', { n: w.daysOpen }) : '—';
}

/** Declarative columns of the warnings table. */
export function warningColumns({ t, lang, year, asOf, canSupervise, onSupervise }: Input): NonNullable<TableProps<WarningDto>['columns']> {
  return [
    { title: t('warn.col.severity'), dataIndex: 'severity', key: 'severity', width: 80, render: (s: WarningSeverity) => <Tag color={SEVERITY_COLOR[s]}>{t(`warn.severity.${s}`)}</Tag> },
    {
      title: t('warn.col.warning'),
      key: 'title',
      render: (_v, w) => (
        <Flex vertical gap={2} style={{ minWidth: 220, maxWidth: 520 }}>
          <Typography.Text strong>{w.title[lang]}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {w.message[lang]}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: t('warn.col.kind'), dataIndex: 'kind', key: 'kind', responsive: ['lg'], render: (k: WarningDto['kind']) => WARNING_KIND_LABELS[k][lang] },
    { title: t('warn.col.units'), key: 'units', responsive: ['md'], render: (_v, w) => w.responsibleUnits.map((u) => u.name).join('、') || '—' },
    { title: t('warn.col.gap'), key: 'gap', responsive: ['xl'], render: (_v, w) => gapText(w, t, lang) },
    {
      title: t('warn.col.actions'),
      key: 'actions',
      render: (_v, w) => (
        <Flex gap={4} wrap>
          <Link to={warningHref(w, year, asOf)} aria-label={t('warn.openLabel', { title: w.title[lang] })}>
            {t('warn.open')}
          </Link>
          {canSupervise && w.responsibleUnits.length > 0 ? (
            <Button size="small" type="link" onClick={() => onSupervise(w)} aria-label={t('warn.superviseLabel', { title: w.title[lang] })}>
              {t('warn.supervise')}
            </Button>
          ) : null}
        </Flex>
      ),
    },
  ];
}
