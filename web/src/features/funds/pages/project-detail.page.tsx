import { Button, Card, Col, Row, Spin } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import { isApiError } from '../../../api/api-error';
import { useT } from '../../../app/i18n';
import { EmptyState } from '../../../components/empty-state';
import { PageHeader } from '../../../components/page-header';
import { useProject } from '../api/use-funds.queries';
import { AdjustmentsCard } from '../components/adjustments.card';
import { ProjectActionsBar } from '../components/project-actions.bar';
import { StageTag } from '../components/project-columns';
import { ProjectFactsCard, ProjectMoneyCard, ProjectResultsCard } from '../components/project-facts.card';
import { ProjectFilesCard, ProjectFindingsCard, ProjectPaymentsCard } from '../components/project-lists.cards';
import { StageSteps, StageTimeline } from '../components/stage-timeline';

// back keeps the list's filters (they are in its URL); a project opened from a link goes to the list instead
const cameFromApp = () => ((window.history.state as { idx?: number } | null)?.idx ?? 0) > 0;

/** One project: its stage on the path and every step taken, the money, outputs and assets, payments, findings, files. */
export function ProjectDetailPage() {
  const { t, lang } = useT();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const project = useProject(id);
  const p = project.data;
  const back = (
    <Button
      type="link"
      icon={<ArrowLeftOutlined />}
      onClick={() => void (cameFromApp() ? navigate(-1) : navigate('/funds/projects'))}
      style={{ paddingInline: 0 }}
    >
      {t('fund.detail.back')}
    </Button>
  );
  if (project.isPending)
    return (
      <div className="xz-content__loading" role="status">
        <Spin description={t('common.loading')} />
      </div>
    );
  if (!p) {
    const missing =
      isApiError(project.error) && (project.error.code === 'NOT_FOUND' || project.error.code === 'VALIDATION_FAILED');
    return (
      <EmptyState description={missing ? t('fund.detail.notFound') : (project.error?.message ?? '')} action={back} />
    );
  }
  return (
    <>
      {back}
      <PageHeader
        title={p.name}
        subtitle={
          <>
            {p.code} · {p.countyName} · <StageTag stage={p.stage} lang={lang} />
          </>
        }
      />
      <Card size="small" className="xz-funds-card">
        <StageSteps project={p} />
        <ProjectActionsBar project={p} />
      </Card>
      <ProjectMoneyCard project={p} />
      <Row gutter={16}>
        <Col xs={24} lg={14}>
          <ProjectFactsCard project={p} />
          <ProjectResultsCard project={p} />
          <ProjectPaymentsCard project={p} />
          <ProjectFindingsCard project={p} />
        </Col>
        <Col xs={24} lg={10}>
          <Card size="small" className="xz-funds-card" title={t('fund.detail.timeline')}>
            <StageTimeline project={p} />
          </Card>
          <ProjectFilesCard project={p} />
          <AdjustmentsCard project={p} />
        </Col>
      </Row>
    </>
  );
}
