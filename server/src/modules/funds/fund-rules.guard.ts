import type { FundRulesDto } from '@xiezuo/domain';
import type { DbOrTx } from '../../db/client';
import type { Actor, AppContext } from '../../http/context';
import { AppError } from '../../http/app-error';
import { evaluateFundRules, type WhatIf } from './fund-rules.service';
import * as money from './money.repository';

export type OverrideAsk = { override: boolean; reason?: string };

/**
 * Before an approval: the what-if of the two fund rules. A break is refused (409 FUND_RULE_BROKEN with the shares
 * before and after) unless the approver overrides it with a reason; an override without a reason is 400.
 */
export async function checkRules(
  ctx: AppContext,
  actor: Actor,
  year: number,
  whatIf: WhatIf,
  ask: OverrideAsk,
): Promise<FundRulesDto> {
  if (ask.override && !ask.reason?.trim())
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ path: 'reason', message: 'an override needs a reason / 例外批准须说明理由' }],
    });
  const dto = await evaluateFundRules(ctx, actor, year, { whatIf });
  if (dto.breaks.length && !ask.override)
    throw new AppError('FUND_RULE_BROKEN', {
      breaks: dto.breaks,
      before: dto.before,
      after: { district: dto.district, counties: dto.counties },
    });
  return dto;
}

/** Keeps an overridden approval (it also shows as a warning) inside the approving transaction. */
export async function keepOverride(
  tx: DbOrTx,
  actor: Actor,
  dto: FundRulesDto,
  subject: { type: 'project' | 'payment' | 'adjustment'; id: string; projectId: string | null; countyCode: string },
  reason: string,
) {
  if (!dto.breaks.length) return;
  await money.insertOverride(tx, {
    tenantId: actor.tenantId,
    year: dto.year,
    countyCode: subject.countyCode,
    subjectType: subject.type,
    subjectId: subject.id,
    projectId: subject.projectId,
    breaks: dto.breaks,
    reason,
    userId: actor.userId,
  });
}
