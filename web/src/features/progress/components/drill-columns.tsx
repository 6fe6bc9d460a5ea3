import { Tag, type TableProps } from 'antd';
import { Link } from 'react-router';
import {
  MEASURES,
  RECORD_STATUS_LABELS,
  recordType,
  type Lang,
  type MeasureKey,
  type RecordStatus,
  type RecordSummaryDto,
} from '@xiezuo/domain';
import type { Translate } from '../../../app/i18n';
import type { DrillPersonDto as DrillPerson } from '@xiezuo/domain';
import { formatMeasureValue } from '../../ledger/utils/measures';

const STATUS_COLOR: Partial<Record<RecordStatus, string>> = {
  confirmed: 'green',
  submitted: 'gold',
  in_review: 'blue',
  disputed: 'red',
};

/** `金额 1,150.00 万元 · 人数 10 人 · 月数 12 个月`: the measures a record carries, each with its unit. */
export function measuresText(m: RecordSummaryDto['measures'], lang: Lang): string {
  return (Object.entries(m) as [MeasureKey, number | undefined][])
    .filter(([k, v]) => v !== undefined && v !== null && k in MEASURES)
    .map(([k, v]) => `${MEASURES[k][lang]} ${formatMeasureValue(k, v!, lang)}`)
    .join(' · ');
}

/** Columns of the records behind a number; each links to the record's own page. */
export function drillRecordColumns(t: Translate, lang: Lang): NonNullable<TableProps<RecordSummaryDto>['columns']> {
  const typeLabel = (code: string) => recordType(code)?.label[lang] ?? code;
  return [
    {
      title: t('drill.col.date'),
      dataIndex: 'occurredOn',
      key: 'date',
      render: (d: string) => <time dateTime={d}>{d}</time>,
    },
    { title: t('drill.col.type'), dataIndex: 'type', key: 'type', render: typeLabel },
    { title: t('drill.col.unit'), key: 'unit', render: (_v, r) => r.eastUnit.name, responsive: ['md'] },
    { title: t('drill.col.county'), dataIndex: 'countyName', key: 'county', responsive: ['sm'] },
    { title: t('drill.col.measures'), key: 'measures', render: (_v, r) => measuresText(r.measures, lang) },
    {
      title: t('drill.col.status'),
      dataIndex: 'status',
      key: 'status',
      responsive: ['md'],
      render: (s: RecordStatus) => <Tag color={STATUS_COLOR[s] ?? 'default'}>{RECORD_STATUS_LABELS[s][lang]}</Tag>,
    },
    {
      title: t('drill.col.open'),
      key: 'open',
      render: (_v, r) => (
        <Link to={`/ledger/${r.id}`} aria-label={t('drill.openLabel', { type: typeLabel(r.type), date: r.occurredOn })}>
          {t('drill.open')}
        </Link>
      ),
    },
  ];
}

/** Columns of the distinct persons behind a person rule (masked ID numbers only). */
export function drillPersonColumns(t: Translate): NonNullable<TableProps<DrillPerson>['columns']> {
  return [
    { title: t('drill.col.name'), dataIndex: 'name', key: 'name' },
    {
      title: t('drill.col.idMasked'),
      dataIndex: 'idMasked',
      key: 'id',
      render: (v: string) => <span className="xz-mono">{v}</span>,
    },
    {
      title: t('drill.col.count'),
      key: 'records',
      align: 'right',
      render: (_v, p) => (
        <>
          {p.records} {p.isDuplicate ? <Tag color="orange">{t('drill.duplicate')}</Tag> : null}
        </>
      ),
    },
  ];
}
