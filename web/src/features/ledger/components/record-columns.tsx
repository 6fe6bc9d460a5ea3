import { Typography, type TableProps } from 'antd';
import { Link } from 'react-router';
import { recordType, type Lang } from '@xiezuo/domain';
import type { Translate } from '../../../app/i18n';
import type { RecordSummary } from '../api/ledger.types';
import { headlineOf } from '../utils/field-controls';
import { compactMeasures } from '../utils/measures';
import { sortOrderOf, type RecordSort } from '../utils/record-filters';
import { StatusTag } from './status-tag';

export const typeLabel = (code: string, lang: Lang) => recordType(code)?.label[lang] ?? code;

/** 环县 · 曲子镇, or 区级 for a district-level record without a county. */
export function placeOf(r: Pick<RecordSummary, 'countyCode' | 'countyName' | 'regionName'>, t: Translate): string {
  if (!r.countyCode) return t('ledger.districtLevel');
  return r.regionName ? `${r.countyName} · ${r.regionName}` : r.countyName;
}

function Headline({ code, values }: { code: string; values: Record<string, unknown> }) {
  const h = headlineOf(recordType(code), values);
  return h ? (
    <Typography.Text className="xz-ledger-sub" ellipsis={{ tooltip: h }}>
      {h}
    </Typography.Text>
  ) : null;
}

type Opts = { t: Translate; lang: Lang; sort: RecordSort; compact: boolean };

/** Column config of the ledger table; on phones the date, unit, place and figures fold into the type cell. */
export function recordColumns({ t, lang, sort, compact }: Opts): NonNullable<TableProps<RecordSummary>['columns']> {
  const cols: NonNullable<TableProps<RecordSummary>['columns']> = [];
  if (!compact)
    cols.push({
      title: t('ledger.col.date'),
      dataIndex: 'occurredOn',
      key: 'occurredOn',
      width: 112,
      sorter: true,
      sortOrder: sortOrderOf(sort, 'occurredOn'),
      render: (d: string) => <time dateTime={d}>{d}</time>,
    });
  cols.push({
    title: t('ledger.col.type'),
    dataIndex: 'type',
    key: 'type',
    sorter: true,
    sortDirections: ['ascend'],
    sortOrder: sortOrderOf(sort, 'type'),
    width: compact ? undefined : 170,
    render: (code: string, r) => (
      <>
        <Link to={`/ledger/${r.id}`} onClick={(e) => e.stopPropagation()}>
          {typeLabel(code, lang)}
        </Link>
        <Headline code={code} values={r.values} />
        {compact ? (
          <Typography.Text type="secondary" className="xz-ledger-sub">
            <time dateTime={r.occurredOn}>{r.occurredOn}</time> · {r.eastUnit.name} · {placeOf(r, t)}
            {Object.keys(r.measures).length ? <br /> : null}
            {compactMeasures(r.measures, lang)}
          </Typography.Text>
        ) : null}
      </>
    ),
  });
  if (!compact)
    cols.push(
      { title: t('ledger.col.unit'), key: 'unit', width: 180, ellipsis: true, render: (_v, r) => r.eastUnit.name },
      { title: t('ledger.col.place'), key: 'place', width: 150, render: (_v, r) => placeOf(r, t) },
      { title: t('ledger.col.measures'), key: 'measures', render: (_v, r) => compactMeasures(r.measures, lang) || '—' },
    );
  cols.push({
    title: t('ledger.col.status'),
    dataIndex: 'status',
    key: 'status',
    width: compact ? 104 : 150,
    sorter: true,
    sortDirections: ['ascend'],
    sortOrder: sortOrderOf(sort, 'status'),
    render: (_v, r) => (
      <StatusTag status={r.status} periodClosed={r.periodClosed} isMineToConfirm={r.abilities.confirm} />
    ),
  });
  if (!compact)
    cols.push({
      title: t('ledger.col.updatedAt'),
      dataIndex: 'updatedAt',
      key: 'updatedAt',
      width: 112,
      responsive: ['xl'],
      sorter: true,
      sortOrder: sortOrderOf(sort, 'updatedAt'),
      render: (at: string) => <time dateTime={at}>{at.slice(0, 10)}</time>,
    });
  return cols;
}
