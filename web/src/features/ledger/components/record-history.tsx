import { Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { RECORD_ACTIONS, RECORD_STATUS_LABELS, RECORD_STATUSES, type RecordStatus } from '@xiezuo/domain';
import { useT, type Translate } from '../../../app/i18n';
import type { RecordEvent } from '../api/ledger.types';

const COLORS: Record<string, string> = {
  confirm: 'green',
  produce: 'blue',
  produce_withdraw: 'gray',
  dispute: 'red',
  return: 'orange',
  withdraw: 'gray',
  submit: 'blue',
  review: 'blue',
};

const EVENTS = [
  'create',
  'edit',
  'unlock_change',
  'produce',
  'produce_update',
  'produce_revive',
  'produce_withdraw',
] as const;

function actionLabel(action: string, t: Translate): string {
  const workflow = RECORD_ACTIONS.find((a) => a === action);
  if (workflow) return t(`ledger.action.${workflow}`);
  const event = EVENTS.find((a) => a === action);
  if (event) return t(`ledger.event.${event}`);
  return action;
}

const isStatus = (s: string | null): s is RecordStatus => RECORD_STATUSES.some((x) => x === s);

/** What happened to the record, oldest first: who did what, when, the status it moved to and any reason. */
export function RecordHistory({ events }: { events: RecordEvent[] }) {
  const { t, lang } = useT();
  return (
    <Timeline
      items={events.map((e, i) => ({
        key: `${e.at}-${i}`,
        color: COLORS[e.action] ?? 'gray',
        content: (
          <>
            <Typography.Text strong>{actionLabel(e.action, t)}</Typography.Text>
            {isStatus(e.toStatus) ? (
              <Typography.Text type="secondary">{` → ${RECORD_STATUS_LABELS[e.toStatus][lang]}`}</Typography.Text>
            ) : null}
            <div>
              <Typography.Text type="secondary">
                <time dateTime={e.at}>{dayjs(e.at).format('YYYY-MM-DD HH:mm')}</time>
                {e.user ? ` · ${e.user}` : ''}
              </Typography.Text>
            </div>
            {e.reason ? <div>{e.reason}</div> : null}
          </>
        ),
      }))}
    />
  );
}
