import { lazy, Suspense, useState } from 'react';
import { Alert, App, Button, Flex, Grid } from 'antd';
import { useNavigate } from 'react-router';
import type { RecordAction } from '@xiezuo/domain';
import { notify } from '../../../app/error-notifier';
import { useT } from '../../../app/i18n';
import type { RecordDetail } from '../api/ledger.types';
import { useRecordAction } from '../api/use-record-action.mutation';
import { ReasonDialog } from './reason.dialog';
import { useDeferredAction } from './use-deferred-confirm';

// The unlock dialog carries the whole entry form; it loads only when a reporter opens it.
const UnlockRequestDialog = lazy(() =>
  import('./unlock-request.dialog').then((m) => ({ default: m.UnlockRequestDialog })),
);

// Order of the buttons; only those the server's abilities allow are drawn.
const ACTIONS = ['confirm', 'review', 'submit', 'edit', 'dispute', 'return', 'withdraw', 'requestUnlock'] as const;
type ButtonKey = (typeof ACTIONS)[number];
const PRIMARY: readonly ButtonKey[] = ['confirm', 'review', 'submit'];
// confirm asks nothing: it waits a few seconds with an inline undo instead (one tap, the thumb's button)
const ASK: Partial<Record<RecordAction, 'ledger.ask.submit' | 'ledger.ask.review' | 'ledger.ask.withdraw'>> = {
  submit: 'ledger.ask.submit',
  review: 'ledger.ask.review',
  withdraw: 'ledger.ask.withdraw',
};

/** The workflow buttons the record's `abilities` allow, and nothing else; dispute and return ask for a reason. */
export function RecordWorkflowBar({ record }: { record: RecordDetail }) {
  const { t } = useT();
  const { modal } = App.useApp();
  const navigate = useNavigate();
  const act = useRecordAction(record.id);
  const [reasonFor, setReasonFor] = useState<'dispute' | 'return' | null>(null);
  const [unlocking, setUnlocking] = useState(false);

  const compact = Grid.useBreakpoint().md === false;
  const run = (action: RecordAction, reason?: string, keepalive = false) =>
    act.mutateAsync({ action, reason, keepalive }).then(() => {
      setReasonFor(null);
      notify('success', t('ledger.done', { action: t(`ledger.action.${action}`) }));
    });
  const confirm = useDeferredAction(
    ({ keepalive }) => void run('confirm', undefined, keepalive).catch(() => undefined),
  );

  const onClick = (key: ButtonKey) => {
    if (key === 'edit') return void navigate(`/ledger/${record.id}/edit`);
    if (key === 'requestUnlock') return setUnlocking(true);
    if (key === 'dispute' || key === 'return') return setReasonFor(key);
    if (key === 'confirm') return confirm.start();
    const ask = ASK[key];
    if (!ask) return void run(key).catch(() => undefined);
    void modal.confirm({
      title: t(`ledger.action.${key}`),
      content: t(ask),
      okButtonProps: { danger: key === 'withdraw' },
      onOk: () => run(key).catch(() => undefined),
    });
  };

  const shown = ACTIONS.filter((a) => record.abilities[a]);
  if (!shown.length) return null;
  const counting = confirm.secondsLeft !== null;
  return (
    <>
      <div className={compact ? 'xz-ledger-workflow xz-ledger-workflow--thumb' : 'xz-ledger-workflow'}>
        {counting ? (
          <Alert
            type="info"
            showIcon
            role="status"
            title={t('ledger.confirming', { s: confirm.secondsLeft ?? 0 })}
            action={
              <Flex gap={8}>
                <Button size={compact ? 'large' : 'middle'} onClick={confirm.undo}>
                  {t('ledger.undo')}
                </Button>
                <Button size={compact ? 'large' : 'middle'} type="primary" onClick={confirm.now}>
                  {t('ledger.confirmNow')}
                </Button>
              </Flex>
            }
          />
        ) : (
          <Flex wrap gap={8}>
            {shown.map((a) => (
              <Button
                key={a}
                type={PRIMARY.includes(a) ? 'primary' : 'default'}
                size={compact && PRIMARY.includes(a) ? 'large' : 'middle'}
                danger={a === 'dispute' || a === 'withdraw'}
                loading={act.isPending && act.variables?.action === a}
                onClick={() => onClick(a)}
                className={compact && PRIMARY.includes(a) ? 'xz-ledger-workflow__primary' : undefined}
              >
                {/* a draft was never sent: taking it back is discarding it, not 撤回 */}
                {t(a === 'withdraw' && record.status === 'draft' ? 'ledger.action.discard' : `ledger.action.${a}`)}
              </Button>
            ))}
          </Flex>
        )}
      </div>
      <ReasonDialog
        open={reasonFor !== null}
        title={reasonFor ? t(`ledger.action.${reasonFor}`) : ''}
        okText={reasonFor ? t(`ledger.action.${reasonFor}`) : ''}
        danger
        loading={act.isPending}
        onOk={(reason) => reasonFor && void run(reasonFor, reason).catch(() => undefined)}
        onClose={() => setReasonFor(null)}
      />
      {unlocking ? (
        <Suspense fallback={null}>
          <UnlockRequestDialog record={record} open onClose={() => setUnlocking(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
