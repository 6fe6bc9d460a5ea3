import { Tag } from 'antd';
import { TASK_STATUS_LABELS, type Lang, type TaskDto, type TaskStatus } from '@xiezuo/domain';
import type { Translate } from '../../../app/i18n';

export const TASK_STATUS_COLOR: Record<TaskStatus, string> = {
  not_started: 'default',
  under_way: 'blue',
  done: 'green',
  overdue: 'red',
};

/** The status, and what still stands out in words (not colour alone): evidence awaited, reports missing. */
export function TaskStatusTags({
  task,
  t,
  lang,
}: {
  task: Pick<TaskDto, 'status' | 'needsEvidence' | 'reportsMissing'>;
  t: Translate;
  lang: Lang;
}) {
  return (
    <>
      <Tag color={TASK_STATUS_COLOR[task.status]}>{TASK_STATUS_LABELS[task.status][lang]}</Tag>
      {task.needsEvidence ? <Tag color="gold">{t('tasks.needsEvidence')}</Tag> : null}
      {task.reportsMissing.length ? (
        <Tag color="orange">{t('tasks.missing', { n: task.reportsMissing.length })}</Tag>
      ) : null}
    </>
  );
}
