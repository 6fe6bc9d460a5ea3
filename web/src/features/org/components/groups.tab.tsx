import { Alert, Card, Descriptions, Flex, Segmented, Skeleton, Table, Tag, Typography } from 'antd';
import type { GroupDto, OrgOverviewDto } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { EmptyState } from '../../../components/empty-state';
import { useOrgOverview } from '../api/use-org-overview.query';
import { usePlanYears } from '../../plans/api/use-plan-years.query';

function UnitTags({ ids, org }: { ids: string[]; org: OrgOverviewDto }) {
  const { t } = useT();
  const names = new Map(org.units.map((u) => [u.id, u]));
  return (
    <Flex wrap gap={4}>
      {ids.map((id) => {
        const u = names.get(id);
        return (
          <Tag key={id} color={u?.isIllustrative ? 'default' : undefined} variant="filled">
            {u?.name ?? id}
            {u?.isIllustrative ? ` · ${t('common.illustrative')}` : ''}
          </Tag>
        );
      })}
    </Flex>
  );
}

/** 领导小组 with its leader title and member units, then the working groups with lead unit and members, for `?year=`. */
export function GroupsTab({ year, onYear }: { year: number | null; onYear: (y: number) => void }) {
  const { t } = useT();
  const org = useOrgOverview(year);
  const planYears = usePlanYears();
  const shownYear = org.data?.year ?? year;
  const years = [...new Set<number>([...planYears.years, ...(shownYear ? [shownYear] : [])])].sort((a, b) => b - a);

  const selector = (
    <Flex align="center" gap={8} style={{ marginBottom: 16 }}>
      <Typography.Text id="org-year-label">{t('org.year')}</Typography.Text>
      <Segmented<number>
        aria-labelledby="org-year-label"
        options={years.map((y) => ({ label: t('org.yearOption', { year: y }), value: y }))}
        value={shownYear ?? undefined}
        onChange={onYear}
      />
    </Flex>
  );

  if (org.isPending)
    return (
      <>
        {selector}
        <Skeleton active />
      </>
    );
  if (org.error)
    return (
      <>
        {selector}
        <Alert type="error" showIcon title={org.error.message} />
      </>
    );
  const { leadership, workingGroups } = org.data;

  return (
    <>
      {selector}
      <Card
        size="small"
        title={
          <Typography.Title level={2} className="xz-card-title">
            {t('org.leadership')}
          </Typography.Title>
        }
        style={{ marginBottom: 16 }}
      >
        {leadership ? (
          <>
            <Typography.Paragraph strong>{leadership.name}</Typography.Paragraph>
            <Descriptions
              size="small"
              column={1}
              items={[
                { key: 'leader', label: t('org.leaderTitle'), children: leadership.leaderTitle ?? '—' },
                {
                  key: 'members',
                  label: t('org.memberUnits', { n: leadership.memberUnitIds.length }),
                  children: <UnitTags ids={leadership.memberUnitIds} org={org.data} />,
                },
              ]}
            />
          </>
        ) : (
          <EmptyState description={t('org.noLeadership')} />
        )}
      </Card>
      <Card
        size="small"
        title={
          <Typography.Title level={2} className="xz-card-title">
            {t('org.workingGroups', { n: workingGroups.length })}
          </Typography.Title>
        }
      >
        <Table<GroupDto>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={workingGroups}
          locale={{ emptyText: <EmptyState description={t('org.noGroups')} /> }}
          columns={[
            {
              title: t('org.group'),
              dataIndex: 'name',
              width: '28%',
              render: (name: string) => <Typography.Text strong>{name}</Typography.Text>,
            },
            { title: t('org.leadUnit'), key: 'lead', width: '20%', render: (_v, g) => g.leadUnit?.name ?? '—' },
            {
              title: t('org.members'),
              key: 'members',
              render: (_v, g) => <UnitTags ids={g.memberUnitIds} org={org.data} />,
            },
          ]}
        />
      </Card>
    </>
  );
}
