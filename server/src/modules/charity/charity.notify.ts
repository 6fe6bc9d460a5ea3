import { CHARITY_DONOR_STEPS, type CharityDonorStep } from '@xiezuo/domain';
import type { DbOrTx } from '../../db/client';
import type { AppContext } from '../../http/context';
import { enqueueMessage } from '../messages/outbox';
import type { ClaimView } from './custody.repository';

const STEPS = CHARITY_DONOR_STEPS;
export type DonorStep = CharityDonorStep;

const yuan = (fen: number) => (fen / 100).toLocaleString('zh-CN', { maximumFractionDigits: 2 });

/**
 * Tells the donors of these claims (those who sign in by phone) that their donation reached a step, in the step's
 * transaction through the outbox; once per claim and step. The text names the need, never the beneficiary.
 */
export async function tellDonors(
  ctx: AppContext,
  tx: DbOrTx,
  tenantId: string,
  claims: readonly ClaimView[],
  step: DonorStep,
  note = '',
) {
  for (const c of claims) {
    if (!c.donorAccountId) continue;
    await enqueueMessage(ctx, tx, {
      tenantId,
      to: [{ kind: 'account', id: c.donorAccountId }],
      template: 'charity.step',
      vars: { step: STEPS[step].zh, stepEn: STEPS[step].en, need: c.needTitle, amount: yuan(c.amountFen), note },
      link: `/charity/donor?claim=${c.id}`,
      key: `charity.${step}:${c.id}`,
    });
  }
}
