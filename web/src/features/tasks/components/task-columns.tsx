import { Progress, Typography, type TableProps } from 'antd';
import { Link } from 'react-router';
import { TASK_CADENCE_LABELS, type Lang, type TaskDto } from '@xiezuo/domain';
import type { Translate } from '../../../app/i18n';
import { TaskStatusTags } from './task-status.tag';

const deadlineText = (t: TaskDto, lang: Lang) =>
  t.cadence === 'once' ? (t.deadline ?? '—') : TASK_CADENCE_LABELS[t.cadence][lang];

/** Declarative columns of the division table: clause, task, lead, co-units, deadline, status, last report. */
export function taskColumns(t: Translate, lang: Lang): NonNullable<TableProps<TaskDto>['columns']> {
  return [
    {
      title: t('tasks.col.clause'),
      dataIndex: 'clauseNo',
      key: 'clause',
      width: 80,
      render: (v: string) => <span className="xz-num">{v}</span>,
    },
    {
      title: t('tasks.col.text'),
      key: 'text',
      render: (_v, task) => (
        <Link to={`/tasks/${task.id}`} style={{ display: 'inline-block', minWidth: 220, maxWidth: 440 }}>
          {task.text}
        </Link>
      ),
    },
    { title: t('tasks.col.lead'), key: 'lead', render: (_v, task) => task.leadUnit.name },
    {
      title: t('tasks.col.co'),
      key: 'co',
      responsive: ['lg'],
      render: (_v, task) => (
        <span style={{ display: 'inline-block', maxWidth: 200 }}>{task.coUnits.map((u) => u.name).join('、')}</span>
      ),
    },
    {
      title: t('tasks.col.deadline'),
      key: 'deadline',
      responsive: ['sm'],
      render: (_v, task) => (
        <time dateTime={task.dueDate} className={task.status === 'overdue' ? 'xz-task-late' : undefined}>
          {deadlineText(task, lang)}
        </time>
      ),
    },
    {
      title: t('tasks.col.status'),
      key: 'status',
      render: (_v, task) => (
        <>
          <TaskStatusTags task={task} t={t} lang={lang} />
          <Progress percent={task.percent} size="small" aria-label={`${task.percent}%`} style={{ width: 120 }} />
        </>
      ),
    },
    {
      title: t('tasks.col.lastReport'),
      key: 'last',
      responsive: ['md'],
      render: (_v, task) =>
        task.lastReport ? (
          <Typography.Paragraph
            ellipsis={{ rows: 2, tooltip: task.lastReport.text }}
            style={{ maxWidth: 280, margin: 0 }}
          >
            <span className="xz-num">{task.lastReport.period}</span> {task.lastReport.unit.name}：{task.lastReport.text}
          </Typography.Paragraph>
        ) : (
          <Typography.Text type="secondary">{t('tasks.noReport')}</Typography.Text>
        ),
    },
  ];
}
