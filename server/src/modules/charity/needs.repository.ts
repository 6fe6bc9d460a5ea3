import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { NeedKind, NeedStatus, Scope } from '@xiezuo/domain';
import type { DbOrTx } from '../../db/client';
import { charityEvents, charityNeeds, charitySettings, regions, tenantCounties } from '../../db/schema';

export type NeedRow = typeof charityNeeds.$inferSelect;
/** A need with its place names and its money: live claims and money received (module working facts, not counted). */
export type NeedView = NeedRow & {
  countyName: string;
  regionName: string | null;
  claimedFen: number;
  receivedFen: number;
};

const county = sql<string>`(select name from regions r where r.code = charity_needs.county_code)`;
const place = sql<string | null>`(select name from regions r where r.code = charity_needs.region_code)`;
/** Live claims: money on its way, or a reservation not lapsed as of `now`. */
const claimedAt = (now: Date) =>
  sql<string>`coalesce((select sum(c.amount_fen) from charity_claims c where c.need_id = charity_needs.id
    and (c.status in ('received', 'passed_on', 'confirmed')
      or (c.status = 'reserved' and c.reserved_until > ${now.toISOString()}::timestamptz))), 0)`;
const received = sql<string>`coalesce((select sum(c.amount_fen) from charity_claims c where c.need_id = charity_needs.id
    and c.status in ('received', 'passed_on', 'confirmed')), 0)`;

const view = (now: Date) => ({
  n: charityNeeds,
  countyName: county,
  regionName: place,
  claimedFen: claimedAt(now),
  receivedFen: received,
});
type Selected = { n: NeedRow; countyName: string; regionName: string | null; claimedFen: string; receivedFen: string };
const flatten = (r: Selected): NeedView => ({
  ...r.n,
  countyName: r.countyName,
  regionName: r.regionName,
  claimedFen: Number(r.claimedFen),
  receivedFen: Number(r.receivedFen),
});

export type NeedFilter = { county?: string; kind?: NeedKind; status?: NeedStatus; statuses?: readonly NeedStatus[] };

function where(tenantId: string, scope: Scope, f: NeedFilter): SQL {
  return and(
    eq(charityNeeds.tenantId, tenantId),
    scope.kind === 'some'
      ? scope.counties.length
        ? inArray(charityNeeds.countyCode, scope.counties)
        : sql`false`
      : undefined,
    f.county ? eq(charityNeeds.countyCode, f.county) : undefined,
    f.kind ? eq(charityNeeds.kind, f.kind) : undefined,
    f.status ? eq(charityNeeds.status, f.status) : undefined,
    f.statuses ? inArray(charityNeeds.status, [...f.statuses]) : undefined,
  )!;
}

export async function listNeeds(
  db: DbOrTx,
  tenantId: string,
  scope: Scope,
  f: NeedFilter,
  page: { limit: number; offset: number },
  now: Date,
): Promise<{ items: NeedView[]; total: number }> {
  const w = where(tenantId, scope, f);
  const [rows, [t]] = await Promise.all([
    db
      .select(view(now))
      .from(charityNeeds)
      .where(w)
      .orderBy(desc(charityNeeds.createdAt), asc(charityNeeds.id))
      .limit(page.limit)
      .offset(page.offset),
    db
      .select({ n: sql<string>`count(*)` })
      .from(charityNeeds)
      .where(w),
  ]);
  return { items: rows.map(flatten), total: Number(t?.n ?? 0) };
}

export async function findNeed(db: DbOrTx, tenantId: string, id: string, now: Date): Promise<NeedView | undefined> {
  const [r] = await db
    .select(view(now))
    .from(charityNeeds)
    .where(and(eq(charityNeeds.tenantId, tenantId), eq(charityNeeds.id, id)));
  return r ? flatten(r) : undefined;
}

/** Locks the need's row for a change of its money or status (claims on one need are serialised by it). */
export async function lockNeed(tx: DbOrTx, tenantId: string, id: string) {
  const [r] = await tx
    .select({ id: charityNeeds.id })
    .from(charityNeeds)
    .where(and(eq(charityNeeds.tenantId, tenantId), eq(charityNeeds.id, id)))
    .for('update');
  return r;
}

export async function insertNeed(tx: DbOrTx, row: typeof charityNeeds.$inferInsert): Promise<NeedRow> {
  const [r] = await tx.insert(charityNeeds).values(row).returning();
  return r!;
}

/** Updates a need if it still has `version`; undefined when someone else changed it first. */
export async function updateNeed(
  tx: DbOrTx,
  tenantId: string,
  id: string,
  version: number,
  set: Partial<typeof charityNeeds.$inferInsert>,
): Promise<NeedRow | undefined> {
  const [r] = await tx
    .update(charityNeeds)
    .set({ ...set, version: version + 1, updatedAt: new Date() })
    .where(and(eq(charityNeeds.tenantId, tenantId), eq(charityNeeds.id, id), eq(charityNeeds.version, version)))
    .returning();
  return r;
}

/** What one beneficiary (by ID blind index) is asking in a year across needs not cancelled, except one need. */
export async function beneficiaryYearTotal(
  tx: DbOrTx,
  tenantId: string,
  idIndex: string,
  year: number,
  exceptId: string | null,
) {
  const [r] = await tx
    .select({ s: sql<string>`coalesce(sum(${charityNeeds.amountFen}), 0)` })
    .from(charityNeeds)
    .where(
      and(
        eq(charityNeeds.tenantId, tenantId),
        eq(charityNeeds.beneficiaryIdIndex, idIndex),
        eq(charityNeeds.year, year),
        sql`${charityNeeds.status} <> 'cancelled'`,
        exceptId ? sql`${charityNeeds.id} <> ${exceptId}` : undefined,
      ),
    );
  return Number(r?.s ?? 0);
}

/** Whether a county is one the tenant assists, and a place lies inside it (its code starts with the county's). */
export async function placeFacts(db: DbOrTx, tenantId: string, countyCode: string, regionCode: string | null) {
  const [c] = await db
    .select({ code: tenantCounties.regionCode })
    .from(tenantCounties)
    .where(and(eq(tenantCounties.tenantId, tenantId), eq(tenantCounties.regionCode, countyCode)));
  const [r] = regionCode
    ? await db.select({ code: regions.code }).from(regions).where(eq(regions.code, regionCode))
    : [undefined];
  return { isCounty: !!c, regionExists: !regionCode || !!r };
}

export async function insertEvent(tx: DbOrTx, row: typeof charityEvents.$inferInsert) {
  await tx.insert(charityEvents).values(row);
}

export async function eventsOf(db: DbOrTx, objectType: 'need' | 'claim' | 'receipt' | 'transfer', id: string) {
  return db
    .select()
    .from(charityEvents)
    .where(and(eq(charityEvents.objectType, objectType), eq(charityEvents.objectId, id)))
    .orderBy(asc(charityEvents.id));
}

export async function findSettings(db: DbOrTx, tenantId: string) {
  const [r] = await db.select().from(charitySettings).where(eq(charitySettings.tenantId, tenantId));
  return r;
}

/**
 * Writes the tenant's settings if they are still at `version` (0: no row yet); false when someone changed them
 * first (or created the row).
 */
export async function saveSettings(
  tx: DbOrTx,
  tenantId: string,
  values: { reservationDays: number; beneficiaryYearCapFen: number },
  version: number,
): Promise<boolean> {
  if (version === 0) {
    const rows = await tx
      .insert(charitySettings)
      .values({ tenantId, ...values })
      .onConflictDoNothing()
      .returning({ v: charitySettings.version });
    return rows.length === 1;
  }
  const rows = await tx
    .update(charitySettings)
    .set({ ...values, version: version + 1, updatedAt: new Date() })
    .where(and(eq(charitySettings.tenantId, tenantId), eq(charitySettings.version, version)))
    .returning({ v: charitySettings.version });
  return rows.length === 1;
}

/** The needs' current money, for moving their status after claims, receipts or lapsed reservations. */
export async function moneyOf(tx: DbOrTx, needIds: string[], now: Date) {
  if (!needIds.length) return [];
  return (
    await tx
      .select({ ...view(now) })
      .from(charityNeeds)
      .where(inArray(charityNeeds.id, needIds))
  ).map(flatten);
}
