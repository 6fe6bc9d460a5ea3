import { useState } from 'react';
import { Button, Flex } from 'antd';
import { useT } from '../../../app/i18n';
import { useCurrentSession, useHasAbility } from '../../auth/session-context';
import type { Project } from '../api/funds.types';
import { fundsRoles } from '../utils/funds-roles';
import { AskAdjustmentDialog } from './adjustment.dialogs';
import { RaiseFindingDialog } from './finding.dialogs';
import { PaymentFormDrawer } from './payment-form.drawer';
import { ProposeProjectDrawer } from './propose-project.drawer';
import { ReceiptFormDrawer } from './receipt-form.drawer';
import { SpendDialog } from './spend.dialog';
import type { Step } from './step-fields';
import { STEP_LABELS, TransitionDialog } from './transition.dialog';

type Open = { kind: 'step'; step: Step } | { kind: 'pay' | 'receive' | 'spend' | 'finding' | 'edit' | 'adjust' } | null;

// the step each ability leads to, in the order the buttons show
const STEPS: readonly [keyof Project['abilities'], Step][] = [
  ['approve', 'approved'],
  ['return', 'returned'],
  ['propose', 'proposed'],
  ['start', 'under_way'],
  ['complete', 'completed'],
  ['handOver', 'assets_transferred'],
  ['evaluate', 'evaluated'],
  ['cancel', 'cancelled'],
];

/** The buttons this caller's abilities allow on the project now, and the dialog each opens. */
export function ProjectActionsBar({ project: p }: { project: Project }) {
  const { t } = useT();
  const session = useCurrentSession();
  const canWrite = useHasAbility('business.write');
  const roles = fundsRoles(session.roles, session.abilities);
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const pays = canWrite && roles.pays && p.openFen > 0;
  const receives = canWrite && roles.counties.includes(p.countyCode) && p.paidFen > p.receivedFen;
  return (
    <>
      <Flex wrap gap={8} role="toolbar" aria-label={t('fund.detail.timeline')}>
        {STEPS.filter(([a]) => p.abilities[a]).map(([a, step], i) => (
          <Button
            key={a}
            type={i === 0 && step !== 'returned' && step !== 'cancelled' ? 'primary' : 'default'}
            danger={step === 'returned' || step === 'cancelled'}
            onClick={() => setOpen({ kind: 'step', step })}
          >
            {t(STEP_LABELS[step])}
          </Button>
        ))}
        {p.abilities.edit ? <Button onClick={() => setOpen({ kind: 'edit' })}>{t('fund.edit.title')}</Button> : null}
        {p.abilities.adjust ? <Button onClick={() => setOpen({ kind: 'adjust' })}>{t('fund.adj.ask')}</Button> : null}
        {pays ? <Button onClick={() => setOpen({ kind: 'pay' })}>{t('fund.act.pay')}</Button> : null}
        {receives ? <Button onClick={() => setOpen({ kind: 'receive' })}>{t('fund.rec.record')}</Button> : null}
        {p.abilities.spend ? <Button onClick={() => setOpen({ kind: 'spend' })}>{t('fund.act.spend')}</Button> : null}
        {p.abilities.raiseFinding ? (
          <Button onClick={() => setOpen({ kind: 'finding' })}>{t('fund.act.finding')}</Button>
        ) : null}
      </Flex>
      {open?.kind === 'step' ? <TransitionDialog project={p} step={open.step} onClose={close} /> : null}
      {open?.kind === 'pay' ? (
        <PaymentFormDrawer
          open
          onClose={close}
          preset={{ countyCode: p.countyCode, projectId: p.id, amountFen: p.openFen }}
        />
      ) : null}
      {open?.kind === 'receive' ? (
        <ReceiptFormDrawer
          open
          onClose={close}
          counties={roles.counties}
          preset={{ countyCode: p.countyCode, projectId: p.id }}
        />
      ) : null}
      {open?.kind === 'edit' ? (
        <ProposeProjectDrawer open onClose={close} counties={[p.countyCode]} project={p} />
      ) : null}
      {open?.kind === 'adjust' ? <AskAdjustmentDialog project={p} onClose={close} /> : null}
      {open?.kind === 'spend' ? <SpendDialog project={p} onClose={close} /> : null}
      {open?.kind === 'finding' ? (
        <RaiseFindingDialog subject={{ projectId: p.id }} title={p.name} onClose={close} />
      ) : null}
    </>
  );
}
