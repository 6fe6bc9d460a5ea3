import { Tag, Tooltip } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { RECORD_STATUS_LABELS, type RecordStatus } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';

const COLORS: Record<RecordStatus, string | undefined> = {
  draft: undefined,
  in_review: 'blue',
  submitted: 'gold',
  confirmed: 'green',
  disputed: 'red',
  withdrawn: undefined,
};

type Props = {
  status: RecordStatus;
  periodClosed?: boolean;
  /** The caller is the party to confirm (the server's `confirm` ability): 待我确认, not 待对方确认. */
  isMineToConfirm?: boolean;
};

/** The record's status as the workflow names it from the caller's side, and a lock when its period is closed. */
export function StatusTag({ status, periodClosed = false, isMineToConfirm = false }: Props) {
  const { t, lang } = useT();
  return (
    <span className="xz-ledger-status">
      <Tag color={COLORS[status]} variant={status === 'withdrawn' ? 'outlined' : undefined}>
        {status === 'submitted' && isMineToConfirm ? t('ledger.awaiting.confirm') : RECORD_STATUS_LABELS[status][lang]}
      </Tag>
      {periodClosed ? (
        <Tooltip title={t('ledger.locked')}>
          <LockOutlined aria-label={t('ledger.locked')} role="img" className="xz-ledger-lock" />
        </Tooltip>
      ) : null}
    </span>
  );
}
