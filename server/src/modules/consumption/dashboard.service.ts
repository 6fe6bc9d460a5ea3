import type { ConsumptionDashboardDto } from '@xiezuo/domain';
import type { Actor, AppContext } from '../../http/context';
import * as repo from './dashboard.repository';
import { consumptionScope } from './consumption.policy';

/** The consumption dashboard of a year in the caller's scope (counted purchases only in the breakdowns). */
export async function dashboard(ctx: AppContext, actor: Actor, year: number): Promise<ConsumptionDashboardDto> {
  const scope = consumptionScope(actor);
  const by = (key: keyof typeof repo.KEYS, limit?: number) =>
    repo.countedBy(ctx.db, actor.tenantId, year, scope, repo.KEYS[key], limit);
  const [t, byMonth, byChannel, byCounty, byCategory, top] = await Promise.all([
    repo.totals(ctx.db, actor.tenantId, year, scope),
    by('month'),
    by('channel'),
    by('county'),
    by('category'),
    by('product', 10),
  ]);
  return {
    year,
    countedFen: t.counted,
    notCountedFen: t.notCounted,
    awaitingFen: t.awaiting,
    byMonth: byMonth.sort((a, b) => a.key.localeCompare(b.key)),
    byChannel,
    byCounty,
    byCategory,
    topProducts: top.map((p) => {
      const [key, name, supplierName] = p.key.split('|') as [string, string, string];
      return { key, fen: p.fen, name, supplierName };
    }),
  };
}
