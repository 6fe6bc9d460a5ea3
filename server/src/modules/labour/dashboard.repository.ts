import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';

const inCounties = (col: string, counties: string[] | null) =>
  counties ? sql`and ${sql.raw(col)} = any(${`{${counties.join(',')}}`}::text[])` : sql``;

/** The labour dashboard's figures, within the caller's counties (null for all). */
export async function figures(db: DbOrTx, tenantId: string, counties: string[] | null) {
  const posts = await db.execute<{ open: number; openings: number }>(sql`
    select count(*)::int as open, coalesce(sum(openings), 0)::int as openings
    from labour_posts where tenant_id = ${tenantId} and status = 'open'`);
  const workers = await db.execute<{ county_code: string; wish: string; available: number }>(sql`
    select county_code, wish, count(*)::int as available from labour_workers
    where tenant_id = ${tenantId} and status = 'available' ${inCounties('county_code', counties)}
    group by county_code, wish order by county_code, wish`);
  const pushes = await db.execute<{ sent: number; opened: number; applied: number; hired: number }>(sql`
    select count(*)::int as sent, count(r.opened_at)::int as opened,
      count(a.id)::int as applied, count(a.id) filter (where a.status in ('hired', 'confirmed', 'left'))::int as hired
    from labour_push_recipients r
    join labour_workers w on w.id = r.worker_id
    left join labour_applications a on a.post_id = r.post_id and a.worker_id = r.worker_id
    where r.tenant_id = ${tenantId} and r.outcome = 'queued' ${inCounties('w.county_code', counties)}`);
  // retention: of the hires whose 1-month follow-up went out, those not answered "left" by any follow-up
  const retention = await db.execute<{
    county_code: string;
    destination: string;
    followed: number;
    stayed: number;
  }>(sql`
    select w.county_code, p.destination, count(*)::int as followed,
      count(*) filter (where a.status <> 'left')::int as stayed
    from labour_applications a
    join labour_workers w on w.id = a.worker_id
    join labour_posts p on p.id = a.post_id
    where a.tenant_id = ${tenantId} and a.status in ('confirmed', 'left')
      and exists (select 1 from labour_followups f where f.application_id = a.id and f.sent_at is not null)
      ${inCounties('w.county_code', counties)}
    group by w.county_code, p.destination order by w.county_code, p.destination`);
  return { posts: posts.rows[0]!, workers: workers.rows, pushes: pushes.rows[0]!, retention: retention.rows };
}
