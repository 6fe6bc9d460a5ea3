import { Button, Grid, Table, Tag, Tooltip, type TableProps } from 'antd';
import { EyeOutlined, WarningOutlined } from '@ant-design/icons';
import { useT } from '../../../app/i18n';
import type { RecordPerson } from '../api/ledger.types';

type Props = { people: RecordPerson[]; onReveal?: (p: RecordPerson) => void };

/** People on a record, masked; a person also counted on another record of the type this year is flagged 重复. */
export function PeopleTable({ people, onReveal }: Props) {
  const { t } = useT();
  const compact = Grid.useBreakpoint().sm === false;
  const columns: NonNullable<TableProps<RecordPerson>['columns']> = [
    { title: '#', key: 'n', width: 48, responsive: ['sm'], render: (_v, _p, i) => i + 1 },
    {
      title: t('ledger.roster.name'),
      dataIndex: 'name',
      key: 'name',
      width: compact ? undefined : 140,
      render: (name: string, p) => (
        <>
          {name}
          {p.countedElsewhere ? (
            <Tooltip title={t('ledger.detail.duplicateHint')}>
              <Tag color="orange" icon={<WarningOutlined />} style={{ marginInlineStart: 6 }}>
                {t('ledger.detail.duplicate')}
              </Tag>
            </Tooltip>
          ) : null}
        </>
      ),
    },
    {
      title: t('ledger.roster.idNumber'),
      dataIndex: 'idMasked',
      key: 'id',
      width: compact ? undefined : 200,
      render: (v: string) => <span className="xz-mono">{v}</span>,
    },
    {
      title: t('ledger.roster.phone'),
      dataIndex: 'phoneMasked',
      key: 'phone',
      width: 130,
      responsive: ['sm'],
      render: (v: string | null) => <span className="xz-mono">{v ?? '—'}</span>,
    },
    {
      title: t('ledger.roster.isPoor'),
      dataIndex: 'isPoor',
      key: 'poor',
      width: compact ? 64 : 90,
      render: (v: boolean) => (v ? t('common.yes') : t('common.no')),
    },
  ];
  if (onReveal)
    columns.push({
      key: 'reveal',
      width: compact ? 40 : 130,
      // on phones an eye icon (named for screen readers) keeps the column narrow
      render: (_v, p) => (
        <Button
          type="link"
          size="small"
          icon={<EyeOutlined />}
          aria-label={t('ledger.detail.revealOf', { name: p.name })}
          onClick={() => onReveal(p)}
          style={{ paddingInline: 0 }}
        >
          {compact ? null : t('ledger.detail.reveal')}
        </Button>
      ),
    });
  return (
    <Table<RecordPerson>
      rowKey="personId"
      size="small"
      columns={columns}
      dataSource={people}
      pagination={people.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      scroll={compact ? undefined : { x: 560 }}
      locale={{ emptyText: t('ledger.detail.noPeople') }}
    />
  );
}
