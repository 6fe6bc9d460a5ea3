import { sql } from 'drizzle-orm';
import type { NeedKind } from '@xiezuo/domain';
import type { DbOrTx } from '../../db/client';

/**
 * The charity platform's sums, read by the public page and the office dashboard: money per county and kind along the
 * path asked → claimed → received → passed on → delivered, over needs that are public. Only aggregates leave here.
 */
export type FlowRow = {
  countyCode: string;
  countyName: string;
  kind: NeedKind;
  needs: number;
  askedFen: number;
  claimedFen: number;
  receivedFen: number;
  passedOnFen: number;
  delivered: number;
  deliveredFen: number;
};

export async function flowByCountyKind(db: DbOrTx, tenantId: string, now: Date): Promise<FlowRow[]> {
  const r = await db.execute<Record<string, string>>(sql`
    select n.county_code, (select name from regions r where r.code = n.county_code) as county_name, n.kind,
      count(*) as needs, sum(n.amount_fen) as asked,
      coalesce(sum(c.claimed), 0) as claimed, coalesce(sum(c.received), 0) as received,
      coalesce(sum(c.passed), 0) as passed,
      count(*) filter (where n.status = 'delivered') as delivered,
      coalesce(sum(n.amount_fen) filter (where n.status = 'delivered'), 0) as delivered_fen
    from charity_needs n
    left join lateral (
      select
        sum(amount_fen) filter (where status in ('received', 'passed_on', 'confirmed')
          or (status = 'reserved' and reserved_until > ${now.toISOString()}::timestamptz)) as claimed,
        sum(amount_fen) filter (where status in ('received', 'passed_on', 'confirmed')) as received,
        sum(amount_fen) filter (where status in ('passed_on', 'confirmed')) as passed
      from charity_claims where need_id = n.id) c on true
    where n.tenant_id = ${tenantId} and n.status in ('published', 'claimed', 'funded', 'delivered')
    group by n.county_code, n.kind
    order by n.county_code, n.kind`);
  return r.rows.map((x) => ({
    countyCode: x.county_code!,
    countyName: x.county_name!,
    kind: x.kind as NeedKind,
    needs: Number(x.needs),
    askedFen: Number(x.asked),
    claimedFen: Number(x.claimed),
    receivedFen: Number(x.received),
    passedOnFen: Number(x.passed),
    delivered: Number(x.delivered),
    deliveredFen: Number(x.delivered_fen),
  }));
}

/** Donors who opted in to the honour list, with what the Red Cross received from them. */
export async function honourList(db: DbOrTx, tenantId: string, limit = 50) {
  const r = await db.execute<{ kind: 'enterprise' | 'individual'; name: string; amount: string }>(sql`
    select d.kind, d.name, sum(c.amount_fen) as amount
    from charity_donors d join charity_claims c on c.donor_id = d.id
    where d.tenant_id = ${tenantId} and d.is_honoured and c.status in ('received', 'passed_on', 'confirmed')
    group by d.id, d.kind, d.name order by amount desc, d.name limit ${limit}`);
  return r.rows.map((x) => ({ kind: x.kind, name: x.name, amountFen: Number(x.amount) }));
}

/** The latest receipts and batches with their public proofs (number, amount, date, digest, verification code). */
export async function chainEntries(db: DbOrTx, tenantId: string, limit = 30) {
  const r = await db.execute<{
    kind: 'receipt' | 'transfer';
    code: string;
    number: string;
    amount: string;
    date: string;
    digest: string;
  }>(sql`
    (select 'receipt' as kind, verify_code as code, receipt_no as number, amount_fen as amount,
       received_on::text as date, digest from charity_receipts where tenant_id = ${tenantId})
    union all
    (select 'transfer', verify_code, batch_no, amount_fen, transferred_on::text, digest
       from charity_transfers where tenant_id = ${tenantId})
    order by date desc, number desc limit ${limit}`);
  return r.rows.map((x) => ({ ...x, amountFen: Number(x.amount), amount: undefined })).map(({ amount: _a, ...x }) => x);
}

/** Received money by donor kind, and how many donors gave. */
export async function byDonorKind(db: DbOrTx, tenantId: string) {
  const r = await db.execute<{ kind: 'enterprise' | 'individual'; donors: string; received: string }>(sql`
    select d.kind, count(distinct d.id) as donors,
      coalesce(sum(c.amount_fen) filter (where c.status in ('received', 'passed_on', 'confirmed')), 0) as received
    from charity_donors d left join charity_claims c on c.donor_id = d.id
    where d.tenant_id = ${tenantId} group by d.kind order by d.kind`);
  return r.rows.map((x) => ({ kind: x.kind, donors: Number(x.donors), receivedFen: Number(x.received) }));
}

/** Days from publication to delivery of each delivered need. */
export async function deliveryDays(db: DbOrTx, tenantId: string): Promise<number[]> {
  const r = await db.execute<{ d: number }>(sql`
    select (delivered_on - published_on) as d from charity_needs
    where tenant_id = ${tenantId} and status = 'delivered' and published_on is not null order by d`);
  return r.rows.map((x) => Number(x.d));
}

/** Needs by status (all, the dashboard's board counts). */
export async function statusCounts(db: DbOrTx, tenantId: string) {
  const r = await db.execute<{ status: string; n: string }>(sql`
    select status, count(*) as n from charity_needs where tenant_id = ${tenantId} group by status`);
  return Object.fromEntries(r.rows.map((x) => [x.status, Number(x.n)]));
}
