import { APPROVED_STAGES, type FundRulesDto, type FundRulesQuery } from '@xiezuo/domain';
import type { Actor, AppContext } from '../../http/context';
import { AppError } from '../../http/app-error';
import { evaluateFundRules, type WhatIf } from './fund-rules.service';
import { seesCounty } from './funds.policy';
import * as money from './money.repository';
import { projectWhatIf } from './project-stages.service';
import { openFenOf } from './projects.presenter';
import * as repo from './projects.repository';
import { loadVisible } from './projects.service';

/** What approving the named project, payment or adjustment would pay (nothing once it is paid or decided). */
async function whatIfOf(ctx: AppContext, actor: Actor, q: FundRulesQuery): Promise<WhatIf | null> {
  if (q.whatIfProject) {
    const p = await loadVisible(ctx.db, actor, q.whatIfProject);
    const approved = APPROVED_STAGES.includes(p.stage);
    return projectWhatIf(p, approved ? openFenOf(p) : p.stage === 'cancelled' ? 0 : p.plannedFen);
  }
  if (q.whatIfPayment) {
    const pay = await money.findPayment(ctx.db, actor.tenantId, q.whatIfPayment);
    if (!pay || !seesCounty(actor, pay.countyCode)) throw new AppError('NOT_FOUND');
    const lines = pay.status === 'recorded' ? await money.linesOf(ctx.db, [pay.id]) : [];
    const projects = new Map(
      (
        await repo.findManyWide(
          ctx.db,
          actor.tenantId,
          lines.map((l) => l.line.projectId),
        )
      ).map((p) => [p.id, p]),
    );
    return {
      kind: 'payment',
      id: pay.id,
      title: pay.voucher,
      rows: lines.map(({ line }) => {
        const p = projects.get(line.projectId)!;
        return {
          countyCode: pay.countyCode,
          fundKind: p.fundSource,
          purpose: p.category,
          level: p.level,
          amountFen: line.amountFen,
        };
      }),
    };
  }
  if (q.whatIfAdjustment) {
    const a = await repo.findAdjustment(ctx.db, actor.tenantId, q.whatIfAdjustment);
    if (!a) throw new AppError('NOT_FOUND');
    const p = await loadVisible(ctx.db, actor, a.projectId);
    const delta = a.status === 'pending' && a.kind === 'amount' ? a.newAmountFen! - (p.approvedFen ?? 0) : 0;
    return { ...projectWhatIf(p, delta), kind: 'adjustment', id: a.id };
  }
  return null;
}

/** GET /api/fund-rules/:year: the shares now, or before and after the what-if the query names. */
export async function fundRules(ctx: AppContext, actor: Actor, year: number, q: FundRulesQuery): Promise<FundRulesDto> {
  // the what-if's subject is read while the plan's rules load
  return evaluateFundRules(ctx, actor, year, { county: q.county, whatIf: whatIfOf(ctx, actor, q) });
}
