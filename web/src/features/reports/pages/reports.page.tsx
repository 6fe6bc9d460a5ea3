import { useMemo } from 'react';
import { Button, Card, Col, Form, Row, Skeleton, Space, Typography } from 'antd';
import { Select } from '../../../components/select';
import { FileExcelOutlined, FilePdfOutlined, FileTextOutlined, FileWordOutlined } from '@ant-design/icons';
import { useT } from '../../../app/i18n';
import { intParam, useUrlParams } from '../../../app/use-url-params';
import { PageHeader } from '../../../components/page-header';
import { useSession } from '../../auth/api/use-session.query';
import { useOrgOverview } from '../../org/api/use-org-overview.query';
import { EmptyState } from '../../../components/empty-state';
import { usePlanYears } from '../../plans/api/use-plan-years.query';
import { chosenScope, reportUrl, scopeOptions } from '../utils/report-links';
import { TemplateEditor } from '../components/template-editor';

/** Year-end summary and plan-vs-actual downloads, in the caller's scope. */
export function ReportsPage() {
  const { t } = useT();
  const session = useSession();
  const org = useOrgOverview();
  const planYears = usePlanYears();
  const { get, update } = useUrlParams();
  const options = useMemo(
    () =>
      session.data && org.data
        ? scopeOptions(
            session.data.roles,
            {
              counties: org.data.counties,
              groups: org.data.workingGroups.map((g) => ({ code: g.code, name: g.name })),
              units: org.data.units,
            },
            t('reports.scope.district'),
          )
        : [],
    [session.data, org.data, t],
  );
  // the newest plan is the year under way: a year-end report is, by default, of the one before it
  const year = intParam(get('year'), planYears.years[1] ?? planYears.years[0] ?? new Date().getFullYear());
  const scope = chosenScope(options, get('scope'));
  const header = <PageHeader title={t('reports.title')} subtitle={t('reports.subtitle')} />;
  if (session.isPending || org.isPending || planYears.isPending)
    return (
      <>
        {header}
        <Skeleton active />
      </>
    );
  // nothing the caller may report on: say so, never offer a scope the server would refuse
  if (!scope)
    return (
      <>
        {header}
        <EmptyState description={t('reports.noScope')} />
      </>
    );
  const link = (kind: 'summary' | 'plan-vs-actual', format: string) => reportUrl(kind, year, scope, format);
  return (
    <>
      {header}
      <Form layout="inline" style={{ marginBottom: 16 }}>
        <Form.Item label={t('reports.year')} htmlFor="report-year">
          <Select
            id="report-year"
            style={{ width: 110 }}
            value={year}
            options={planYears.years.map((y) => ({ value: y, label: String(y) }))}
            onChange={(v) => update({ year: v })}
          />
        </Form.Item>
        <Form.Item label={t('reports.scope')} htmlFor="report-scope">
          <Select
            id="report-scope"
            style={{ minWidth: 200 }}
            value={scope}
            options={options}
            showSearch={{ optionFilterProp: 'label' }}
            onChange={(v) => update({ scope: v })}
          />
        </Form.Item>
      </Form>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card
            title={
              <Typography.Title level={2} className="xz-card-title">
                {t('reports.summary')}
              </Typography.Title>
            }
          >
            <Typography.Paragraph type="secondary">{t('reports.summaryHint')}</Typography.Paragraph>
            <Space wrap>
              <Button icon={<FileWordOutlined />} href={link('summary', 'docx')}>
                Word
              </Button>
              <Button icon={<FilePdfOutlined />} href={link('summary', 'pdf')}>
                PDF
              </Button>
              <Button icon={<FileTextOutlined />} href={link('summary', 'html')} target="_blank" rel="noopener">
                {t('reports.preview')}
              </Button>
            </Space>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card
            title={
              <Typography.Title level={2} className="xz-card-title">
                {t('reports.planVsActual')}
              </Typography.Title>
            }
          >
            <Typography.Paragraph type="secondary">{t('reports.planVsActualHint')}</Typography.Paragraph>
            <Space wrap>
              <Button icon={<FileExcelOutlined />} href={link('plan-vs-actual', 'xlsx')}>
                Excel
              </Button>
              <Button icon={<FileWordOutlined />} href={link('plan-vs-actual', 'docx')}>
                Word
              </Button>
            </Space>
          </Card>
        </Col>
      </Row>
      {session.data?.abilities.includes('org.manage') ? <TemplateEditor year={year} scope={scope} /> : null}
    </>
  );
}
