import { App, Button, Space, Spin, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { UNIT_PLAN_STATE_LABELS, UNIT_PLAN_STATES, type UnitPlanDto, type UnitPlanState } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { useUrlParams } from '../../../app/use-url-params';
import { EmptyState } from '../../../components/empty-state';
import { PageHeader } from '../../../components/page-header';
import { useOversightYear } from '../../oversight/components/oversight-year';
import { useCreateUnitPlan, usePlanTransition, useUnitPlans } from '../api/use-documents';
import { TasksNav } from '../components/tasks-nav';

const STATE_COLOR: Record<UnitPlanState, string> = {
  missing: 'red',
  draft: 'default',
  submitted: 'blue',
  returned: 'orange',
  accepted: 'green',
};

/** Each member unit's plan for the year: its state, whether it came late, its tasks; start, submit, review. */
export function UnitPlansPage() {
  const { t, lang } = useT();
  const { message } = App.useApp();
  const { params } = useUrlParams();
  const year = useOversightYear(Number(params.get('year')) || null);
  const res = useUnitPlans(year ?? 0);
  const create = useCreateUnitPlan();
  const transition = usePlanTransition();
  if (year === null) return <Spin description={t('common.loading')} />;
  const data = res.data;
  const start = (p: UnitPlanDto) =>
    create.mutate(
      { year, title: `${p.unit.name}${year}年东西部扶贫协作工作计划`, unitId: p.unit.id },
      { onSuccess: () => message.success(t('tasks.plans.created')) },
    );
  return (
    <>
      <PageHeader
        title={t('tasks.plans.title', { year })}
        subtitle={t('tasks.plans.subtitle', { due: data?.dueOn ?? t('tasks.plans.noDue') })}
      />
      <TasksNav />
      {data ? (
        <Space wrap style={{ marginBottom: 12 }} role="status">
          {UNIT_PLAN_STATES.map((s) => (
            <Tag key={s} color={STATE_COLOR[s]}>{`${UNIT_PLAN_STATE_LABELS[s][lang]} ${data.summary[s]}`}</Tag>
          ))}
        </Space>
      ) : null}
      <Table<UnitPlanDto>
        rowKey={(p) => p.unit.id}
        size="middle"
        dataSource={data?.items ?? []}
        loading={res.isFetching}
        scroll={{ x: 'max-content' }}
        pagination={false}
        locale={{ emptyText: res.error ? res.error.message : <EmptyState description={t('tasks.empty')} /> }}
        columns={[
          { title: t('tasks.plans.col.unit'), key: 'unit', render: (_v, p) => p.unit.name },
          {
            title: t('tasks.plans.col.state'),
            key: 'state',
            render: (_v, p) => (
              <>
                <Tag color={STATE_COLOR[p.state]}>{UNIT_PLAN_STATE_LABELS[p.state][lang]}</Tag>
                {p.isLate ? <Tag color="red">{t('tasks.plans.late')}</Tag> : null}
              </>
            ),
          },
          {
            title: t('tasks.plans.col.submitted'),
            key: 'submitted',
            render: (_v, p) => (p.plan?.submittedAt ? p.plan.submittedAt.slice(0, 10) : '—'),
          },
          { title: t('tasks.plans.col.division'), key: 'division', render: (_v, p) => p.divisionTasks },
          {
            title: t('tasks.plans.col.own'),
            key: 'own',
            render: (_v, p) =>
              p.plan ? <Link to={`/tasks?year=${year}&document=${p.plan.id}`}>{p.plan.taskCount}</Link> : '—',
          },
          {
            title: t('tasks.plans.col.actions'),
            key: 'actions',
            render: (_v, p) => (
              <Space wrap size={4}>
                {p.abilities.create ? (
                  <Button size="small" type="primary" loading={create.isPending} onClick={() => start(p)}>
                    {t('tasks.plans.create')}
                  </Button>
                ) : null}
                {p.plan?.abilities.submit ? (
                  <Button
                    size="small"
                    type="primary"
                    onClick={() => transition.mutate({ id: p.plan!.id, body: { action: 'submit' } })}
                  >
                    {t('tasks.docs.submit')}
                  </Button>
                ) : null}
                {p.plan?.abilities.accept ? (
                  <Button
                    size="small"
                    onClick={() => transition.mutate({ id: p.plan!.id, body: { action: 'accept' } })}
                  >
                    {t('tasks.docs.accept')}
                  </Button>
                ) : null}
                {p.plan?.reviewNote ? <Typography.Text type="secondary">{p.plan.reviewNote}</Typography.Text> : null}
              </Space>
            ),
          },
        ]}
      />
    </>
  );
}
