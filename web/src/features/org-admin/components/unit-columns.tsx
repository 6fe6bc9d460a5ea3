import { Button, Tag, Tooltip, type TableProps } from 'antd';
import type { UnitDto } from '@xiezuo/domain';
import type { Translate } from '../../../app/i18n';
import type { UnitSort } from '../utils/unit-filters';

/** Column config of the units table; name and type sort on the server. */
export function unitColumns({
  t,
  sort,
  onEdit,
}: {
  t: Translate;
  sort: UnitSort;
  onEdit: (u: UnitDto) => void;
}): NonNullable<TableProps<UnitDto>['columns']> {
  return [
    {
      title: t('orgAdmin.col.name'),
      dataIndex: 'name',
      key: 'name',
      width: 240,
      sorter: true,
      sortDirections: ['ascend'],
      sortOrder: sort === 'name' ? 'ascend' : null,
      render: (name: string, u) => (
        <>
          {name}{' '}
          {u.isIllustrative ? (
            <Tooltip title={t('common.illustrativeHint')}>
              <Tag color="orange" tabIndex={0}>
                {t('common.illustrative')}
              </Tag>
            </Tooltip>
          ) : null}
        </>
      ),
    },
    {
      title: t('orgAdmin.col.code'),
      dataIndex: 'code',
      key: 'code',
      width: 180,
      render: (c: string) => <span className="xz-mono">{c}</span>,
    },
    {
      title: t('orgAdmin.col.type'),
      dataIndex: 'type',
      key: 'type',
      width: 130,
      sorter: true,
      sortDirections: ['ascend'],
      sortOrder: sort === 'type' ? 'ascend' : null,
      render: (type: UnitDto['type']) => t(`unitType.${type}`),
    },
    {
      title: t('orgAdmin.col.side'),
      dataIndex: 'side',
      key: 'side',
      width: 80,
      render: (s: UnitDto['side']) => t(s === 'east' ? 'org.side.east' : 'org.side.west'),
    },
    {
      title: t('orgAdmin.col.region'),
      dataIndex: 'regionCode',
      key: 'region',
      width: 130,
      render: (c: string | null) => (c ? <span className="xz-mono">{c}</span> : '—'),
    },
    {
      title: t('orgAdmin.col.creditCode'),
      dataIndex: 'creditCode',
      key: 'creditCode',
      width: 190,
      render: (c: string | null) => (c ? <span className="xz-mono">{c}</span> : '—'),
    },
    {
      title: t('orgAdmin.col.member'),
      dataIndex: 'isMember',
      key: 'member',
      width: 90,
      render: (m: boolean) => (m ? <Tag color="blue">{t('common.yes')}</Tag> : t('common.no')),
    },
    {
      title: t('orgAdmin.col.actions'),
      key: 'actions',
      width: 80,
      fixed: 'end',
      render: (_v, u) => (
        <Button
          type="link"
          size="small"
          onClick={() => onEdit(u)}
          aria-label={`${t('orgAdmin.units.edit')}：${u.name}`}
        >
          {t('orgAdmin.units.edit')}
        </Button>
      ),
    },
  ];
}
