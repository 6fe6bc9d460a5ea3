import dayjs from 'dayjs';
import { Steps, Timeline, Typography } from 'antd';
import { PROJECT_STAGE_LABELS, type ProjectStage } from '@xiezuo/domain';
import { useT, type MessageKey } from '../../../app/i18n';
import type { Project } from '../api/funds.types';
import { stageText } from '../utils/labels';

/** The main path a project walks; returned and cancelled are side branches shown on the current step. */
const PATH: readonly ProjectStage[] = [
  'proposed',
  'approved',
  'allocated',
  'received',
  'under_way',
  'completed',
  'assets_transferred',
  'evaluated',
];

const ACTION_LABELS: Record<string, MessageKey> = {
  propose: 'fund.event.propose',
  edit: 'fund.event.edit',
  approve_override: 'fund.event.approve_override',
  adjust_request: 'fund.event.adjust',
  adjust_approve: 'fund.event.adjust_approve',
  adjust_reject: 'fund.event.adjust_reject',
  spend: 'fund.event.spend',
  attach: 'fund.event.file',
};

/** Where the project stands on its path; returned or cancelled show on the first step in red. */
export function StageSteps({ project }: { project: Project }) {
  const { lang } = useT();
  const off = project.stage === 'returned' || project.stage === 'cancelled';
  const current = off ? 0 : PATH.indexOf(project.stage);
  return (
    <Steps
      size="small"
      responsive
      current={current}
      status={off ? 'error' : project.stage === 'evaluated' ? 'finish' : 'process'}
      items={PATH.map((s, i) => ({ title: off && i === 0 ? stageText(project.stage, lang) : stageText(s, lang) }))}
      style={{ marginBottom: 16 }}
    />
  );
}

/** Every event so far, oldest first, with who, when and why. */
export function StageTimeline({ project }: { project: Project }) {
  const { t, lang } = useT();
  // an event that is not a step of the path (an edit, an adjustment, a file) says what happened, not the stage it left
  const label = (action: string, to: string | null) => {
    const key = ACTION_LABELS[action];
    if (key) return t(key);
    if (to && to in PROJECT_STAGE_LABELS) return stageText(to as ProjectStage, lang);
    return action;
  };
  return (
    <Timeline
      className="xz-funds-timeline"
      items={project.history.map((e, i) => ({
        key: `${e.at}-${i}`,
        color: e.action === 'approve_override' || e.toStage === 'returned' ? 'red' : 'blue',
        content: (
          <>
            <Typography.Text strong>{label(e.action, e.toStage)}</Typography.Text>{' '}
            <Typography.Text type="secondary">
              <time dateTime={e.at}>{dayjs(e.at).format('YYYY-MM-DD HH:mm')}</time> · {e.user ?? '—'}
            </Typography.Text>
            {e.reason ? <Typography.Paragraph style={{ margin: 0 }}>{e.reason}</Typography.Paragraph> : null}
          </>
        ),
      }))}
    />
  );
}
