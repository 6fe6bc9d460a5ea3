import { Tag, Tooltip } from 'antd';
import dayjs from 'dayjs';
import { PAIRING_KIND_LABELS, PAIRING_STATUS_LABELS, type Lang, type PairingDto } from '@xiezuo/domain';
import type { Translate } from '../../../app/i18n';

const STATUS_COLORS: Record<PairingDto['status'], string> = { active: 'green', suspended: 'gold', ended: 'default' };

export function KindTag({ kind, lang }: { kind: PairingDto['kind']; lang: Lang }) {
  return <Tag color="blue">{PAIRING_KIND_LABELS[kind][lang]}</Tag>;
}

export function StatusTag({ status, lang }: { status: PairingDto['status']; lang: Lang }) {
  return <Tag color={STATUS_COLORS[status]}>{PAIRING_STATUS_LABELS[status][lang]}</Tag>;
}

/** 示例 marker for demo rows, with its explanation on hover and focus. */
export function IllustrativeTag({ t }: { t: Translate }) {
  return (
    <Tooltip title={t('common.illustrativeHint')}>
      <Tag color="orange" tabIndex={0}>
        {t('common.illustrative')}
      </Tag>
    </Tooltip>
  );
}

/** Whether the county has confirmed the pairing, and when (Beijing date). */
export function ConfirmationTag({ at, t, compact = false }: { at: string | null; t: Translate; compact?: boolean }) {
  if (!at) return <Tag color="gold">{t('pairings.unconfirmed')}</Tag>;
  const date = dayjs(at).format('YYYY-MM-DD');
  if (!compact) return <Tag color="green">{t('pairings.confirmedOn', { date })}</Tag>;
  return (
    <Tooltip title={date}>
      <Tag color="green" tabIndex={0}>
        {t('pairings.confirmed')}
      </Tag>
    </Tooltip>
  );
}

/** "2018-01-01 起" or "2018-01-01 至 2020-12-31". */
export function dateRange(p: { startDate: string; endDate: string | null }, t: Translate): string {
  return p.endDate
    ? t('pairings.range', { start: p.startDate, end: p.endDate })
    : t('pairings.since', { start: p.startDate });
}
