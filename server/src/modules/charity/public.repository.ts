import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { PUBLIC_NEED_STATUSES, type PublicNeedsQuery } from '@xiezuo/domain';
import type { DbOrTx } from '../../db/client';
import { charityNeeds, charityReceipts, charityTransfers, tenants } from '../../db/schema';

/**
 * The public page's reads. They select named public columns only: no encrypted column, no evidence or receipt note,
 * no user id is ever read here, so nothing personal can reach a public response by accident.
 */
const publicColumns = (now: Date) => ({
  id: charityNeeds.id,
  countyCode: charityNeeds.countyCode,
  countyName: sql<string>`(select name from regions r where r.code = charity_needs.county_code)`,
  placeName: sql<string | null>`(select name from regions r where r.code = charity_needs.region_code)`,
  kind: charityNeeds.kind,
  title: charityNeeds.title,
  description: charityNeeds.description,
  amountFen: charityNeeds.amountFen,
  claimedFen: sql<string>`coalesce((select sum(c.amount_fen) from charity_claims c where c.need_id = charity_needs.id
    and (c.status in ('received', 'passed_on', 'confirmed')
      or (c.status = 'reserved' and c.reserved_until > ${now.toISOString()}::timestamptz))), 0)`,
  receivedFen: sql<string>`coalesce((select sum(c.amount_fen) from charity_claims c where c.need_id = charity_needs.id
    and c.status in ('received', 'passed_on', 'confirmed')), 0)`,
  status: charityNeeds.status,
  publishedOn: charityNeeds.publishedOn,
  deadline: charityNeeds.deadline,
  deliveredOn: charityNeeds.deliveredOn,
  thanks: charityNeeds.deliveryNote,
  initial: charityNeeds.beneficiaryInitial,
  ageBand: charityNeeds.beneficiaryAgeBand,
});
export async function publicNeeds(db: DbOrTx, tenantId: string, q: PublicNeedsQuery, now: Date) {
  const w = and(
    eq(charityNeeds.tenantId, tenantId),
    inArray(charityNeeds.status, q.status ? [q.status] : [...PUBLIC_NEED_STATUSES]),
    q.county ? eq(charityNeeds.countyCode, q.county) : undefined,
    q.kind ? eq(charityNeeds.kind, q.kind) : undefined,
  );
  const [items, [t]] = await Promise.all([
    db
      .select(publicColumns(now))
      .from(charityNeeds)
      .where(w)
      // open needs first (the closest deadline first), then the fulfilled ones, latest delivery first
      .orderBy(
        sql`case ${charityNeeds.status} when 'published' then 0 when 'claimed' then 1 when 'funded' then 2 else 3 end`,
        asc(charityNeeds.deadline),
        desc(charityNeeds.deliveredOn),
        asc(charityNeeds.id),
      )
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db
      .select({ n: sql<string>`count(*)` })
      .from(charityNeeds)
      .where(w),
  ]);
  return { items, total: Number(t?.n ?? 0) };
}

export async function publicNeedsByIds(db: DbOrTx, ids: string[], now: Date) {
  if (!ids.length) return [];
  return db
    .select(publicColumns(now))
    .from(charityNeeds)
    .where(and(inArray(charityNeeds.id, ids), inArray(charityNeeds.status, [...PUBLIC_NEED_STATUSES])));
}

/** A receipt or batch by its verification code, with the public facts of its step. */
export async function stepByCode(db: DbOrTx, code: string) {
  const [r] = await db
    .select({
      id: charityReceipts.id,
      tenantId: charityReceipts.tenantId,
      number: charityReceipts.receiptNo,
      amountFen: charityReceipts.amountFen,
      date: charityReceipts.receivedOn,
      digest: charityReceipts.digest,
      digestInput: charityReceipts.digestInput,
      donorId: charityReceipts.donorId,
    })
    .from(charityReceipts)
    .where(eq(charityReceipts.verifyCode, code));
  if (r) return { kind: 'receipt' as const, ...r };
  const [t] = await db
    .select({
      id: charityTransfers.id,
      tenantId: charityTransfers.tenantId,
      number: charityTransfers.batchNo,
      amountFen: charityTransfers.amountFen,
      date: charityTransfers.transferredOn,
      digest: charityTransfers.digest,
      digestInput: charityTransfers.digestInput,
    })
    .from(charityTransfers)
    .where(eq(charityTransfers.verifyCode, code));
  return t ? { kind: 'transfer' as const, ...t, donorId: null } : undefined;
}

/** The claims behind a step: their needs, and the dates of the later steps (passed on, confirmed, delivered). */
export async function stepClaims(db: DbOrTx, kind: 'receipt' | 'transfer', id: string) {
  const r = await db.execute<{
    need_id: string;
    county_name: string;
    received_on: string | null;
    transferred_on: string | null;
    confirmed_on: string | null;
    delivered_on: string | null;
  }>(sql`
    select c.need_id, (select name from regions g where g.code = n.county_code) as county_name,
      x.received_on::text, t.transferred_on::text, (t.confirmed_at at time zone 'Asia/Shanghai')::date::text as confirmed_on,
      n.delivered_on::text
    from charity_claims c join charity_needs n on n.id = c.need_id
    left join charity_receipts x on x.id = c.receipt_id left join charity_transfers t on t.id = c.transfer_id
    where ${kind === 'receipt' ? sql`c.receipt_id = ${id}` : sql`c.transfer_id = ${id}`}`);
  return r.rows;
}

export async function honouredDonor(db: DbOrTx, donorId: string) {
  const r = await db.execute<{ kind: 'enterprise' | 'individual'; name: string }>(
    sql`select kind, name from charity_donors where id = ${donorId} and is_honoured`,
  );
  return r.rows[0];
}

/** The tenant a public page shows: by its code, else the first (a one-district deployment has one). */
export async function publicTenant(db: DbOrTx, code: string | undefined) {
  const [t] = await db
    .select({ id: tenants.id })
    .from(tenants)
    .where(code ? eq(tenants.code, code) : undefined)
    .orderBy(asc(tenants.createdAt))
    .limit(1);
  return t;
}
