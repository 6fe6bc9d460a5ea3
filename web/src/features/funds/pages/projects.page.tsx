import { useMemo, useState } from 'react';
import { Button, Grid, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useT } from '../../../app/i18n';
import { useUrlParams } from '../../../app/use-url-params';
import { EmptyState } from '../../../components/empty-state';
import { PageHeader } from '../../../components/page-header';
import { useCurrentSession, useHasAbility } from '../../auth/session-context';
import { fenToWan } from '../../ledger/utils/money';
import type { ProjectSummary } from '../api/funds.types';
import { useProjects } from '../api/use-funds.queries';
import { projectColumns } from '../components/project-columns';
import { ProjectFiltersBar } from '../components/project-filters.bar';
import { ProjectsExcelBar } from '../components/projects-excel.bar';
import { ProposeProjectDrawer } from '../components/propose-project.drawer';
import { fundsRoles } from '../utils/funds-roles';
import { PAGE_SIZES, parseProjectFilters, sortFromTable, toProjectQuery } from '../utils/project-filters';

/** 项目库: projects in scope; filters, sort and page live in the URL; totals cover every match, in 万元. */
export function ProjectsPage() {
  const { t, lang } = useT();
  const navigate = useNavigate();
  const session = useCurrentSession();
  const canWrite = useHasAbility('business.write');
  const roles = fundsRoles(session.roles, session.abilities);
  const { params, update } = useUrlParams();
  const f = parseProjectFilters(params);
  const projects = useProjects(toProjectQuery(f));
  const [proposing, setProposing] = useState(false);
  const compact = Grid.useBreakpoint().md === false;
  const columns = useMemo(() => projectColumns({ t, lang, sort: f.sort, compact }), [t, lang, f.sort, compact]);
  const totals = projects.data?.totals;
  const proposes = canWrite && roles.proposes;

  return (
    <>
      <PageHeader
        title={t('fund.projects.title')}
        subtitle={t('fund.projects.subtitle')}
        extra={
          proposes ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setProposing(true)}>
              {t('fund.projects.propose')}
            </Button>
          ) : null
        }
      />
      <ProjectsExcelBar filters={f} canImport={proposes} />
      <ProjectFiltersBar
        filters={f}
        onChange={update}
        onReset={() => update(Object.fromEntries([...params.keys()].map((k) => [k, null])))}
        showCounty={roles.counties.length !== 1}
      />
      {totals ? (
        <Typography.Paragraph className="xz-funds-totals" role="status">
          {t('fund.projects.totals', {
            planned: fenToWan(totals.plannedFen),
            approved: fenToWan(totals.approvedFen),
            paid: fenToWan(totals.paidFen),
            received: fenToWan(totals.receivedFen),
            spent: fenToWan(totals.spentFen),
          })}
        </Typography.Paragraph>
      ) : null}
      <Table<ProjectSummary>
        rowKey="id"
        size="middle"
        className="xz-funds-table"
        columns={columns}
        dataSource={projects.data?.items ?? []}
        loading={projects.isFetching}
        scroll={compact ? undefined : { x: 1200 }}
        onRow={(p) => ({ onClick: () => void navigate(`/funds/projects/${p.id}`) })}
        onChange={(p, _f, sorter, extra) => {
          if (extra.action === 'sort') {
            const s = Array.isArray(sorter) ? sorter[0] : sorter;
            update({ sort: sortFromTable(s?.columnKey ? String(s.columnKey) : undefined, s?.order), page: null });
          } else update({ page: p.current === 1 ? null : p.current, pageSize: p.pageSize === 20 ? null : p.pageSize });
        }}
        pagination={{
          current: f.page,
          pageSize: f.pageSize,
          total: projects.data?.total ?? 0,
          showSizeChanger: !compact,
          pageSizeOptions: PAGE_SIZES.map(String),
          showTotal: (n) => t('common.total', { n }),
          size: compact ? 'small' : undefined,
        }}
        locale={{
          emptyText: projects.error ? projects.error.message : <EmptyState description={t('fund.projects.empty')} />,
        }}
      />
      {proposes ? (
        <ProposeProjectDrawer open={proposing} onClose={() => setProposing(false)} counties={roles.counties} />
      ) : null}
    </>
  );
}
