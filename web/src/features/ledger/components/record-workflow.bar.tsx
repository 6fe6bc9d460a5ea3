import { lazy, Suspense, useState } from 'react';
import { App, Button, Flex } from 'antd';
import { useNavigate } from 'react-router';
import type { RecordAction } from '@xiezuo/domain';
import { notify } from '../../../app/error-notifier';
import { useT } from '../../../app/i18n';
import type { RecordDetail } from '../api/ledger.types';
import { useRecordAction } from '../api/use-record-action.mutation';
import { ReasonDialog } from './reason.dialog';

// The unlock dialog carries the whole entry form; it loads only when a reporter opens it.
const UnlockRequestDialog = lazy(() =>
  import('./unlock-request.dialog').then((m) => ({ default: m.UnlockRequestDialog })),
);

// Order of the buttons; only those the server's abilities allow are drawn.
const ACTIONS = ['confirm', 'review', 'submit', 'edit', 'dispute', 'return', 'withdraw', 'requestUnlock'] as const;
type ButtonKey = (typeof ACTIONS)[number];
const PRIMARY: readonly ButtonKey[] = ['confirm', 'review', 'submit'];
const ASK: Partial<
  Record<RecordAction, 'ledger.ask.submit' | 'ledger.ask.review' | 'ledger.ask.withdraw' | 'ledger.ask.confirm'>
> = {
  submit: 'ledger.ask.submit',
  review: 'ledger.ask.review',
  withdraw: 'ledger.ask.withdraw',
  confirm: 'ledger.ask.confirm',
};

/** The workflow buttons the record's `abilities` allow, and nothing else; dispute and return ask for a reason. */
export function RecordWorkflowBar({ record }: { record: RecordDetail }) {
  const { t } = useT();
  const { modal } = App.useApp();
  const navigate = useNavigate();
  const act = useRecordAction(record.id);
  const [reasonFor, setReasonFor] = useState<'dispute' | 'return' | null>(null);
  const [unlocking, setUnlocking] = useState(false);

  const run = (action: RecordAction, reason?: string) =>
    act.mutateAsync({ action, reason }).then(() => {
      setReasonFor(null);
      notify('success', t('ledger.done', { action: t(`ledger.action.${action}`) }));
    });

  const onClick = (key: ButtonKey) => {
    if (key === 'edit') return void navigate(`/ledger/${record.id}/edit`);
    if (key === 'requestUnlock') return setUnlocking(true);
    if (key === 'dispute' || key === 'return') return setReasonFor(key);
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
  return (
    <>
      <Flex wrap gap={8} className="xz-ledger-workflow">
        {shown.map((a) => (
          <Button
            key={a}
            type={PRIMARY.includes(a) ? 'primary' : 'default'}
            danger={a === 'dispute' || a === 'withdraw'}
            loading={act.isPending && act.variables?.action === a}
            onClick={() => onClick(a)}
          >
            {t(`ledger.action.${a}`)}
          </Button>
        ))}
      </Flex>
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
