import { actingOf, type PledgeBoardDto, type PledgeBody, type PledgeDto } from '@xiezuo/domain';
import type { Actor, AppContext, RequestMeta } from '../../http/context';
import { AppError } from '../../http/app-error';
import { withAudit } from '../../lib/audit-tx';
import * as repo from './pledges.repository';
import { canAcceptPledge, canSetPledge, consumptionScope } from './consumption.policy';

/**
 * The pledge board of a year: every member unit in scope with its pledge and what it bought and counts (confirmed
 * purchases of products certified on the purchase date), and the district target's gap.
 */
export async function board(ctx: AppContext, actor: Actor, year: number): Promise<PledgeBoardDto> {
  const scope = consumptionScope(actor);
  if (scope.kind === 'some' && !scope.units.length && !actingOf(actor).counties.length) throw new AppError('FORBIDDEN');
  const list = await repo.memberUnits(ctx.db, actor.tenantId, scope.kind === 'district' ? undefined : scope.units);
  const [pledges, bought, targetFen] = await Promise.all([
    repo.pledgesOfYear(ctx.db, actor.tenantId, year),
    repo.boughtByUnit(ctx.db, actor.tenantId, year),
    repo.planTarget(ctx.db, actor.tenantId, year, 'consumption.amount'),
  ]);
  const byUnit = new Map(pledges.map((p) => [p.unitId, p]));
  const items: PledgeDto[] = list.map((u) => {
    const p = byUnit.get(u.id);
    return {
      unitId: u.id,
      unitName: u.name,
      pledgeFen: p?.pledgeFen ?? 0,
      boughtFen: bought.get(u.id) ?? 0,
      acceptedAt: p?.acceptedAt?.toISOString() ?? null,
      abilities: { set: canSetPledge(actor), accept: !!p && !p.acceptedAt && canAcceptPledge(actor, u.id) },
    };
  });
  const pledgedFen = items.reduce((s, i) => s + i.pledgeFen, 0);
  const boughtFen = items.reduce((s, i) => s + i.boughtFen, 0);
  const whole = scope.kind === 'district';
  return {
    year,
    items,
    total: items.length,
    pledgedFen,
    boughtFen,
    targetFen: whole ? targetFen : null,
    gapFen: whole && targetFen !== null ? Math.max(0, targetFen - pledgedFen) : null,
  };
}

/** The office sets a unit's pledge; it may not go below what the unit has already bought (and counts) that year. */
export async function setPledge(ctx: AppContext, actor: Actor, meta: RequestMeta, body: PledgeBody) {
  if (!canSetPledge(actor)) throw new AppError('FORBIDDEN');
  const unit = await repo.unitById(ctx.db, actor.tenantId, body.unitId);
  if (!unit?.isMember || unit.side !== 'east')
    throw new AppError('VALIDATION_FAILED', { fields: { unitId: 'not a member unit' } });
  await withAudit(ctx.db, actor, meta, async (tx) => {
    const bought = (await repo.boughtByUnit(tx, actor.tenantId, body.year, body.unitId)).get(body.unitId) ?? 0;
    if (body.pledgeFen < bought) throw new AppError('PLEDGE_BELOW_BOUGHT', { boughtFen: bought });
    const r = await repo.upsertPledge(tx, actor.tenantId, body.year, body.unitId, body.pledgeFen);
    return {
      result: r,
      audit: {
        action: 'consumption.pledge_set',
        outcome: 'success',
        objectType: 'pledge',
        objectId: r.id,
        details: { year: body.year, pledgeFen: body.pledgeFen },
      },
    };
  });
  return board(ctx, actor, body.year);
}

/** The unit accepts the pledge the office set for it (once per amount). */
export async function acceptPledge(ctx: AppContext, actor: Actor, meta: RequestMeta, year: number, unitId: string) {
  if (!canAcceptPledge(actor, unitId)) throw new AppError('FORBIDDEN');
  await withAudit(ctx.db, actor, meta, async (tx) => {
    const r = await repo.acceptPledge(tx, actor.tenantId, year, unitId, actor.userId);
    if (!r) throw new AppError('INVALID_TRANSITION');
    return {
      result: r,
      audit: { action: 'consumption.pledge_accept', outcome: 'success', objectType: 'pledge', objectId: r.id },
    };
  });
  return board(ctx, actor, year);
}
