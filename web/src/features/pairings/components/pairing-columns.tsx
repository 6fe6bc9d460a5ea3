import { Flex, Typography, type TableProps } from 'antd';
import { Link } from 'react-router';
import type { Lang, PairingDto } from '@xiezuo/domain';
import type { Translate } from '../../../app/i18n';
import { columnOrder, type PairingSort } from '../utils/pairing-filters';
import { ConfirmationTag, dateRange, IllustrativeTag, KindTag, StatusTag } from './pairing-tags';

type Columns = NonNullable<TableProps<PairingDto>['columns']>;

function Party({ name, path }: { name: string; path: string | null }) {
  return (
    <>
      <div>{name}</div>
      {path ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {path}
        </Typography.Text>
      ) : null}
    </>
  );
}

const WIDE: ('sm' | 'md')[] = ['sm'];

/** On phones one column carries the pairing: kind, parties (link), county and dates, status and confirmation. */
function PhoneSummary({ p, t, lang }: { p: PairingDto; t: Translate; lang: Lang }) {
  return (
    <Flex vertical gap={4}>
      <Flex wrap gap={4}>
        <KindTag kind={p.kind} lang={lang} />
        {p.isIllustrative ? <IllustrativeTag t={t} /> : null}
      </Flex>
      <Link to={`/pairings/${p.id}`}>
        {p.east.name} — {p.west.name}
      </Link>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {p.countyName} · {dateRange(p, t)}
      </Typography.Text>
      <Flex wrap gap={4}>
        <StatusTag status={p.status} lang={lang} />
        <ConfirmationTag at={p.westConfirmedAt} t={t} compact />
      </Flex>
    </Flex>
  );
}

/** Column config of the pairings table; sortable columns follow the server sort held in the URL. */
export function pairingColumns({ t, lang, sort }: { t: Translate; lang: Lang; sort: PairingSort }): Columns {
  const columns: Columns = [
    {
      title: t('pairings.col.kind'),
      key: 'kind',
      width: 160,
      sorter: true,
      sortDirections: ['ascend'],
      sortOrder: columnOrder(sort, 'kind'),
      render: (_v, p) => (
        <Flex wrap gap={4}>
          <KindTag kind={p.kind} lang={lang} />
          {p.isIllustrative ? <IllustrativeTag t={t} /> : null}
        </Flex>
      ),
    },
    {
      title: t('pairings.col.east'),
      key: 'east',
      width: 170,
      sorter: true,
      sortDirections: ['ascend'],
      sortOrder: columnOrder(sort, 'east'),
      render: (_v, p) => <Link to={`/pairings/${p.id}`}>{p.east.name}</Link>,
    },
    {
      title: t('pairings.col.west'),
      key: 'west',
      width: 220,
      render: (_v, p) => <Party name={p.west.name} path={p.west.regionPath} />,
    },
    {
      title: t('pairings.col.county'),
      key: 'county',
      width: 84,
      sorter: true,
      sortDirections: ['ascend'],
      sortOrder: columnOrder(sort, 'county'),
      render: (_v, p) => p.countyName,
    },
    {
      title: t('pairings.col.dates'),
      key: 'startDate',
      width: 120,
      sorter: true,
      sortDirections: ['descend', 'ascend'],
      sortOrder: columnOrder(sort, 'startDate'),
      render: (_v, p) => dateRange(p, t),
    },
    {
      title: t('pairings.col.status'),
      key: 'status',
      width: 76,
      render: (_v, p) => <StatusTag status={p.status} lang={lang} />,
    },
    {
      title: t('pairings.col.confirmed'),
      key: 'confirmed',
      width: 104,
      render: (_v, p) => <ConfirmationTag at={p.westConfirmedAt} t={t} compact />,
    },
    { title: t('pairings.col.agreements'), dataIndex: 'agreementCount', key: 'agreements', width: 56, align: 'right' },
    {
      title: t('pairings.col.actions'),
      key: 'actions',
      width: 60,
      fixed: 'end',
      render: (_v, p) => (
        <Link to={`/pairings/${p.id}`} aria-label={`${t('pairings.view')}：${p.east.name} — ${p.west.name}`}>
          {t('pairings.view')}
        </Link>
      ),
    },
  ];
  // 'xs' alone: only below 576 px; the full columns from 'sm' up
  return [
    {
      title: t('nav.pairings'),
      key: 'summary',
      responsive: ['xs'],
      render: (_v, p) => <PhoneSummary p={p} t={t} lang={lang} />,
    },
    ...columns.map((c) => ({ ...c, responsive: WIDE })),
  ];
}
