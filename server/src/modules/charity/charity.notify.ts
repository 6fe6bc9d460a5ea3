import type { DbOrTx } from '../../db/client';
import type { AppContext } from '../../http/context';
import { enqueueMessage } from '../messages/outbox';
import type { ClaimView } from './custody.repository';

/** The steps a donor is told about, in the words of the message (zh and en). */
const STEPS = {
  claimed: { zh: '已认领，请在预留期内通过区红十字会捐赠', en: 'claimed; please give through the district Red Cross' },
  received: { zh: '已由区红十字会接收', en: 'received by the district Red Cross' },
  passed_on: { zh: '已由区红十字会划转至受援县', en: 'passed on to the county by the Red Cross' },
  confirmed: { zh: '受援县已确认到账', en: 'confirmed as arrived by the county' },
  delivered: { zh: '已送达受助方', en: 'delivered to the beneficiary' },
} as const;
export type DonorStep = keyof typeof STEPS;

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
