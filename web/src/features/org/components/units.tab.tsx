import { Alert, Input, Skeleton, Table, Tag, Tooltip, Typography, type TableProps } from 'antd';
import type { UnitDto } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { EmptyState } from '../../../components/empty-state';
import { useOrgOverview } from '../api/use-org-overview.query';
import { matchesUnit, parseUnitTypes, type NameSort, type UnitType } from '../utils/org-params';

/** `types` is the raw `?type=` value; it is checked against the types present in the data. */
export type UnitsView = { q: string; types: string | null; sort: NameSort };

/** Units of the tenant: sortable by name, filterable by type, searchable; the whole view lives in the URL. */
export function UnitsTab({
  view,
  onView,
}: {
  view: UnitsView;
  onView: (v: { q?: string; types?: UnitType[]; sort?: NameSort }) => void;
}) {
  const { t } = useT();
  const org = useOrgOverview();
  if (org.isPending) return <Skeleton active />;
  if (org.error) return <Alert type="error" showIcon title={org.error.message} />;

  const presentTypes = [...new Set(org.data.units.map((u) => u.type))];
  const types = parseUnitTypes(view.types, presentTypes);
  // filtering is done here (not by antd) so the count below matches what is shown
  const rows = org.data.units.filter((u) => matchesUnit(u, view.q) && (types.length === 0 || types.includes(u.type)));

  const columns: TableProps<UnitDto>['columns'] = [
    {
      title: t('org.unit.name'),
      dataIndex: 'name',
      key: 'name',
      sorter: (a, b) => a.name.localeCompare(b.name, 'zh-Hans-CN'),
      sortOrder: view.sort,
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
      title: t('org.unit.type'),
      dataIndex: 'type',
      key: 'type',
      width: 180,
      filters: presentTypes.map((type) => ({ text: t(`unitType.${type}`), value: type })),
      filteredValue: types.length ? types : null,
      render: (type: UnitType) => t(`unitType.${type}`),
    },
    {
      title: t('org.unit.side'),
      dataIndex: 'side',
      key: 'side',
      width: 100,
      render: (s: UnitDto['side']) => t(s === 'east' ? 'org.side.east' : 'org.side.west'),
    },
  ];

  const onChange: TableProps<UnitDto>['onChange'] = (_p, filters, sorter) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    const chosen = filters.type ?? [];
    const picked = presentTypes.filter((type) => chosen.includes(type));
    onView({ types: picked, sort: s?.order ?? null });
  };

  return (
    <>
      <Input.Search
        allowClear
        aria-label={t('org.unit.search')}
        placeholder={t('org.unit.search')}
        defaultValue={view.q}
        onChange={(e) => onView({ q: e.target.value })}
        style={{ maxWidth: 360, marginBottom: 12 }}
      />
      <Table<UnitDto>
        rowKey="id"
        size="middle"
        dataSource={rows}
        columns={columns}
        onChange={onChange}
        scroll={{ x: 640 }}
        pagination={{ defaultPageSize: 50, hideOnSinglePage: true, showTotal: (n) => t('common.total', { n }) }}
        locale={{ emptyText: <EmptyState description={t('org.unit.none')} /> }}
      />
      <Typography.Text type="secondary">{t('common.total', { n: rows.length })}</Typography.Text>
    </>
  );
}
