import type { AppContext } from '../../http/context';
import { AppError } from '../../http/app-error';
import { figures } from './dashboard.repository';
import { workerCounties, type Caller } from './labour.policy';

/** The labour dashboard: open posts, the pool by county and wish, the push funnel, retention after follow-up. */
export async function labourDashboard(ctx: AppContext, c: Caller) {
  if (c.kind !== 'staff') throw new AppError('FORBIDDEN');
  const f = await figures(ctx.db, c.actor.tenantId, workerCounties(c.actor));
  return {
    postsOpen: f.posts.open,
    openings: f.posts.openings,
    workers: f.workers.map((w) => ({ countyCode: w.county_code, wish: w.wish, available: w.available })),
    pushes: f.pushes,
    retention: f.retention.map((r) => ({
      countyCode: r.county_code,
      destination: r.destination,
      followed: r.followed,
      stayed: r.stayed,
      rate: r.followed ? Math.round((r.stayed / r.followed) * 1000) / 1000 : null,
    })),
  };
}
