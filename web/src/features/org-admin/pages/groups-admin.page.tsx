import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Flex, Skeleton, Table, Tag, Typography } from 'antd';
import { Select } from '../../../components/select';
import { CopyOutlined, PlusOutlined } from '@ant-design/icons';
import type { GroupDto, OrgOverviewDto } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { useUrlParams } from '../../../app/use-url-params';
import { EmptyState } from '../../../components/empty-state';
import { PageHeader } from '../../../components/page-header';
import { useOrgOverview } from '../../org/api/use-org-overview.query';
import { usePlanYears } from '../../plans/api/use-plan-years.query';
import { parseYear } from '../../pairings/utils/pairing-filters';
import { CopyYearDialog } from '../components/copy-year.dialog';
import { GroupFormDialog } from '../components/group-form.dialog';

function Members({ ids, org }: { ids: string[]; org: OrgOverviewDto }) {
  const names = new Map(org.units.map((u) => [u.id, u.name]));
  return (
    <Flex wrap gap={4}>
      {ids.map((id) => (
        <Tag key={id} variant="filled">
          {names.get(id) ?? id}
        </Tag>
      ))}
    </Flex>
  );
}

/** 工作组管理 (org.manage): the leadership group and working groups of `?year=`, editable; new group; copy a year. */
export function GroupsAdminPage() {
  const { t } = useT();
  const { get, update } = useUrlParams();
  const org = useOrgOverview(parseYear(get('year')));
  const planYears = usePlanYears();
  const year = org.data?.year ?? parseYear(get('year')) ?? new Date().getFullYear();
  const [editing, setEditing] = useState<GroupDto | 'new' | null>(null);
  const [copying, setCopying] = useState(false);
  const edit = (g: GroupDto) => (
    <Button
      type="link"
      size="small"
      onClick={() => setEditing(g)}
      aria-label={`${t('orgAdmin.groups.edit')}：${g.name}`}
    >
      {t('orgAdmin.groups.edit')}
    </Button>
  );

  const toolbar = (
    <Flex wrap gap={8} align="center">
      <Typography.Text id="groups-year">{t('orgAdmin.groups.year')}</Typography.Text>
      <Select<number>
        aria-labelledby="groups-year"
        value={year}
        onChange={(y) => update({ year: y })}
        options={planYears.selectable.map((y) => ({ value: y, label: t('pairings.yearOption', { year: y }) }))}
        style={{ width: 110 }}
      />
      <Button icon={<CopyOutlined />} onClick={() => setCopying(true)}>
        {t('orgAdmin.groups.copy')}
      </Button>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
        {t('orgAdmin.groups.create')}
      </Button>
    </Flex>
  );

  let body;
  if (org.isPending) body = <Skeleton active />;
  else if (org.error) body = <Alert type="error" showIcon title={org.error.message} />;
  else {
    const { leadership, workingGroups } = org.data;
    body = (
      <>
        <Card
          size="small"
          title={
            <Typography.Title level={2} className="xz-card-title">
              {t('orgAdmin.groups.leadership')}
            </Typography.Title>
          }
          extra={leadership ? edit(leadership) : null}
          style={{ marginBottom: 16 }}
        >
          {leadership ? (
            <Descriptions
              size="small"
              column={1}
              items={[
                { key: 'name', label: t('orgAdmin.groups.col.name'), children: leadership.name },
                { key: 'leader', label: t('orgAdmin.groupForm.leaderTitle'), children: leadership.leaderTitle ?? '—' },
                {
                  key: 'members',
                  label: t('orgAdmin.groups.col.members'),
                  children: <Members ids={leadership.memberUnitIds} org={org.data} />,
                },
              ]}
            />
          ) : (
            <EmptyState description={t('orgAdmin.groups.empty')} />
          )}
        </Card>
        <Card
          size="small"
          title={
            <Typography.Title level={2} className="xz-card-title">
              {t('orgAdmin.groups.working', { n: workingGroups.length })}
            </Typography.Title>
          }
        >
          <Table<GroupDto>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={workingGroups}
            scroll={{ x: 720 }}
            locale={{ emptyText: <EmptyState description={t('orgAdmin.groups.empty')} /> }}
            columns={[
              {
                title: t('orgAdmin.groups.col.name'),
                key: 'name',
                width: 200,
                render: (_v, g) => (
                  <>
                    <Typography.Text strong>{g.name}</Typography.Text>
                    <br />
                    <span className="xz-mono">{g.code}</span>
                  </>
                ),
              },
              {
                title: t('orgAdmin.groups.col.lead'),
                key: 'lead',
                width: 160,
                render: (_v, g) => g.leadUnit?.name ?? '—',
              },
              {
                title: t('orgAdmin.groups.col.members'),
                key: 'members',
                render: (_v, g) => <Members ids={g.memberUnitIds} org={org.data} />,
              },
              { title: t('orgAdmin.col.actions'), key: 'actions', width: 80, render: (_v, g) => edit(g) },
            ]}
          />
        </Card>
      </>
    );
  }

  return (
    <>
      <PageHeader title={t('orgAdmin.groups.title')} subtitle={t('orgAdmin.groups.subtitle')} extra={toolbar} />
      {body}
      <GroupFormDialog group={editing} year={year} onClose={() => setEditing(null)} />
      <CopyYearDialog open={copying} year={year} onClose={() => setCopying(false)} />
    </>
  );
}
