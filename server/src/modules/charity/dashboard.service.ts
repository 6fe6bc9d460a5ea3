import { NEED_KINDS, type CharityDashboardDto } from '@xiezuo/domain';
import type { Actor, AppContext } from '../../http/context';
import { workingDate, workingNow } from '../settings/working-date.service';
import { lapseReservations } from './claims.service';
import { needScope } from './charity.policy';
import * as stats from './stats.repository';

type Flow = CharityDashboardDto['totals'];
const zero = (): Flow => ({ raisedFen: 0, claimedFen: 0, receivedFen: 0, passedOnFen: 0, deliveredFen: 0 });
function add(f: Flow, r: stats.FlowRow) {
  f.raisedFen += r.askedFen;
  f.claimedFen += r.claimedFen;
  f.receivedFen += r.receivedFen;
  f.passedOnFen += r.passedOnFen;
  f.deliveredFen += r.deliveredFen;
}
const quantile = (xs: number[], q: number) =>
  xs.length ? xs[Math.min(xs.length - 1, Math.floor(q * xs.length))]! : null;

/** The office's dashboard over the caller's counties: the money path by county, kind and donor type, and timing. */
export async function charityDashboard(ctx: AppContext, actor: Actor): Promise<CharityDashboardDto> {
  await lapseReservations(ctx, actor.tenantId);
  const scope = needScope(actor);
  const inScope = (c: string) => scope.kind === 'district' || scope.counties.includes(c);
  const [asOf, now] = [await workingDate(ctx.db, actor.tenantId), await workingNow(ctx.db, actor.tenantId)];
  const [rows, donors, days, counts] = await Promise.all([
    stats.flowByCountyKind(ctx.db, actor.tenantId, now),
    stats.byDonorKind(ctx.db, actor.tenantId),
    stats.deliveryDays(ctx.db, actor.tenantId),
    stats.statusCounts(ctx.db, actor.tenantId),
  ]);
  const mine = rows.filter((r) => inScope(r.countyCode));
  const totals = zero();
  const counties = new Map<string, Flow & { countyCode: string; countyName: string }>();
  const kinds = new Map(NEED_KINDS.map((k) => [k, { ...zero(), kind: k }]));
  for (const r of mine) {
    add(totals, r);
    if (!counties.has(r.countyCode))
      counties.set(r.countyCode, { ...zero(), countyCode: r.countyCode, countyName: r.countyName });
    add(counties.get(r.countyCode)!, r);
    add(kinds.get(r.kind)!, r);
  }
  const district = scope.kind === 'district';
  return {
    asOf,
    totals,
    byCounty: [...counties.values()],
    byKind: [...kinds.values()],
    byDonorKind: district ? donors : [],
    daysToDelivery: district
      ? { median: quantile(days, 0.5), p90: quantile(days, 0.9), count: days.length }
      : { median: null, p90: null, count: 0 },
    counts: district ? counts : {},
  };
}
