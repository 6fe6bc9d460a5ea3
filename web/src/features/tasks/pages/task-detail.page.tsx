import { Alert, Col, Descriptions, Empty, Flex, Progress, Row, Spin, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import {
  DOCUMENT_KIND_LABELS,
  INDICATOR_STATUS_LABELS,
  recordType,
  TASK_BASIS_LABELS,
  TASK_CADENCE_LABELS,
  type Lang,
  type TaskDetailDto,
} from '@xiezuo/domain';
import { useT, type Translate } from '../../../app/i18n';
import { PageHeader } from '../../../components/page-header';
import { useTask } from '../api/use-tasks.query';
import { ReportForm } from '../components/report.form';
import { ReportList } from '../components/report.list';
import { TaskStatusTags } from '../components/task-status.tag';
import '../components/tasks.css';

function Indicators({ task, lang }: { task: TaskDetailDto; lang: Lang }) {
  return (
    <Flex vertical gap={4}>
      {task.indicators.map((i) => (
        <span key={i.code}>
          <Link
            to={`/dashboard?year=${task.year}&ind=${encodeURIComponent(i.code)}&drill=${encodeURIComponent(i.code)}`}
          >
            {i.name[lang]}
          </Link>
          {i.status ? ` · ${INDICATOR_STATUS_LABELS[i.status][lang]}` : ''}
          {i.completion !== null ? ` · ${i.completion}%` : ''}
        </span>
      ))}
    </Flex>
  );
}

function Facts({ task, t, lang }: { task: TaskDetailDto; t: Translate; lang: Lang }) {
  const ledger = (type: string) => `/ledger?year=${task.year}&type=${type}&status=confirmed`;
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, md: 2 }}
      items={[
        {
          key: 'doc',
          label: t('tasks.detail.document'),
          span: 'filled',
          children: `${DOCUMENT_KIND_LABELS[task.document.kind][lang]} · ${task.document.title}`,
        },
        { key: 'lead', label: t('tasks.col.lead'), children: task.leadUnit.name },
        { key: 'co', label: t('tasks.col.co'), children: task.coUnits.map((u) => u.name).join('、') || '—' },
        { key: 'group', label: t('tasks.detail.group'), children: task.group?.name ?? '—' },
        {
          key: 'due',
          label: t('tasks.col.deadline'),
          children: (
            <span className={task.status === 'overdue' ? 'xz-task-late' : undefined}>
              {task.cadence === 'once'
                ? task.deadline
                : `${TASK_CADENCE_LABELS[task.cadence][lang]}（${task.dueDate}）`}
            </span>
          ),
        },
        { key: 'deliverable', label: t('tasks.detail.deliverable'), children: task.deliverable ?? '—' },
        { key: 'basis', label: t('tasks.detail.basis'), children: TASK_BASIS_LABELS[task.basis][lang] },
        {
          key: 'percent',
          label: t('tasks.detail.percent'),
          children: <Progress percent={task.percent} size="small" style={{ width: 200 }} />,
        },
        ...(task.indicators.length
          ? [
              {
                key: 'ind',
                label: t('tasks.detail.indicators'),
                span: 'filled' as const,
                children: <Indicators task={task} lang={lang} />,
              },
            ]
          : []),
        ...(task.recordTypes.length
          ? [
              {
                key: 'rec',
                label: t('tasks.detail.records'),
                span: 'filled' as const,
                children: (
                  <>
                    {task.recordTypes.map((c) => (
                      <Link key={c} to={ledger(c)} style={{ marginRight: 12 }}>
                        {recordType(c)?.label[lang] ?? c}
                      </Link>
                    ))}
                    <Typography.Text type="secondary">
                      {t('tasks.detail.recordCount', { n: task.evidence.records })}
                    </Typography.Text>
                  </>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}

/** One task: what it asks of whom by when, where it stands, its reports and evidence, and the caller's report form. */
export function TaskDetailPage() {
  const { t, lang } = useT();
  const { id = '' } = useParams();
  const res = useTask(id);
  const task = res.data;
  if (!task) return res.error ? <Empty description={res.error.message} /> : <Spin />;
  const what = task.basis === 'records' ? t('tasks.detail.evidenceRecords') : t('tasks.detail.evidenceFiles');
  return (
    <>
      <PageHeader title={`${task.clauseNo} ${task.text}`} subtitle={<TaskStatusTags task={task} t={t} lang={lang} />} />
      <Typography.Paragraph>
        <Link to={`/tasks?year=${task.year}`}>{t('tasks.detail.back')}</Link>
      </Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Flex vertical gap={12}>
            {task.needsEvidence ? (
              <Alert type="warning" showIcon title={t('tasks.detail.needsEvidence', { what })} />
            ) : null}
            {task.reportsMissing.length ? (
              <Alert
                type="error"
                showIcon
                title={t('tasks.detail.missing', { periods: task.reportsMissing.join('、') })}
              />
            ) : null}
            <Facts task={task} t={t} lang={lang} />
          </Flex>
          <ReportList task={task} />
        </Col>
        <Col xs={24} xl={8}>
          {task.abilities.report ? <ReportForm task={task} /> : null}
        </Col>
      </Row>
    </>
  );
}
