import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { ClaimStatus, Scope } from '@xiezuo/domain';
import type { DbOrTx } from '../../db/client';
import { charityClaims, charityDonors, charityNeeds, charityReceipts, charityTransfers } from '../../db/schema';

export type DonorRow = typeof charityDonors.$inferSelect;
export type ClaimRow = typeof charityClaims.$inferSelect;
export type ReceiptRow = typeof charityReceipts.$inferSelect;
export type TransferRow = typeof charityTransfers.$inferSelect;
/** A claim with the facts its pages and checks need: the need's title, kind, county, the donor, the receipt. */
export type ClaimView = ClaimRow & {
  needTitle: string;
  needKind: (typeof charityNeeds.$inferSelect)['kind'];
  needRegionCode: string | null;
  countyCode: string;
  countyName: string;
  donorName: string;
  donorKind: DonorRow['kind'];
  donorAccountId: string | null;
  receiptNo: string | null;
};

const claimView = {
  c: charityClaims,
  needTitle: charityNeeds.title,
  needKind: charityNeeds.kind,
  needRegionCode: charityNeeds.regionCode,
  countyCode: charityNeeds.countyCode,
  countyName: sql<string>`(select name from regions r where r.code = charity_needs.county_code)`,
  donorName: charityDonors.name,
  donorKind: charityDonors.kind,
  donorAccountId: charityDonors.accountId,
  receiptNo: sql<string | null>`(select receipt_no from charity_receipts x where x.id = charity_claims.receipt_id)`,
};
type Selected = { c: ClaimRow } & Omit<ClaimView, keyof ClaimRow>;
const flat = ({ c, ...rest }: Selected): ClaimView => ({ ...c, ...rest });

function claimsFrom(db: DbOrTx) {
  return db
    .select(claimView)
    .from(charityClaims)
    .innerJoin(charityNeeds, eq(charityNeeds.id, charityClaims.needId))
    .innerJoin(charityDonors, eq(charityDonors.id, charityClaims.donorId));
}

export type ClaimFilter = { status?: ClaimStatus; county?: string; donorId?: string; ids?: string[] };
function claimWhere(tenantId: string, scope: Scope, f: ClaimFilter): SQL {
  return and(
    eq(charityClaims.tenantId, tenantId),
    scope.kind === 'some'
      ? scope.counties.length
        ? inArray(charityNeeds.countyCode, scope.counties)
        : sql`false`
      : undefined,
    f.status ? eq(charityClaims.status, f.status) : undefined,
    f.county ? eq(charityNeeds.countyCode, f.county) : undefined,
    f.donorId ? eq(charityClaims.donorId, f.donorId) : undefined,
    f.ids ? inArray(charityClaims.id, f.ids) : undefined,
  )!;
}

export async function listClaims(db: DbOrTx, tenantId: string, scope: Scope, f: ClaimFilter, limit = 500, offset = 0) {
  const w = claimWhere(tenantId, scope, f);
  const [rows, [t]] = await Promise.all([
    claimsFrom(db).where(w).orderBy(desc(charityClaims.createdAt), asc(charityClaims.id)).limit(limit).offset(offset),
    db
      .select({ n: sql<string>`count(*)` })
      .from(charityClaims)
      .innerJoin(charityNeeds, eq(charityNeeds.id, charityClaims.needId))
      .where(w),
  ]);
  return { items: rows.map(flat), total: Number(t?.n ?? 0) };
}

/** The claims with these ids, locked for the step that moves them (a receipt, a transfer, a confirmation). */
export async function claimsForUpdate(tx: DbOrTx, tenantId: string, ids: string[]): Promise<ClaimView[]> {
  if (!ids.length) return [];
  const rows = await claimsFrom(tx)
    .where(and(eq(charityClaims.tenantId, tenantId), inArray(charityClaims.id, ids)))
    .for('update', { of: charityClaims });
  return rows.map(flat);
}

export async function claimsOfTransfer(db: DbOrTx, transferId: string) {
  return (await claimsFrom(db).where(eq(charityClaims.transferId, transferId)).orderBy(asc(charityClaims.id))).map(
    flat,
  );
}
export async function claimsOfReceipts(db: DbOrTx, receiptIds: string[]) {
  if (!receiptIds.length) return [];
  return (await claimsFrom(db).where(inArray(charityClaims.receiptId, receiptIds))).map(flat);
}
export async function claimsOfNeed(db: DbOrTx, needId: string) {
  return (await claimsFrom(db).where(eq(charityClaims.needId, needId))).map(flat);
}

export async function insertClaim(tx: DbOrTx, row: typeof charityClaims.$inferInsert) {
  const [r] = await tx.insert(charityClaims).values(row).returning();
  return r!;
}

export async function setClaims(
  tx: DbOrTx,
  ids: string[],
  set: Partial<Pick<ClaimRow, 'status' | 'receiptId' | 'transferId'>>,
) {
  if (!ids.length) return;
  await tx
    .update(charityClaims)
    .set({ ...set, version: sql`${charityClaims.version} + 1`, updatedAt: new Date() })
    .where(inArray(charityClaims.id, ids));
}

/** Reservations that lapsed before `now`: marked expired; returns their needs (to move back to published). */
export async function lapseReservations(tx: DbOrTx, tenantId: string, now: Date) {
  return tx
    .update(charityClaims)
    .set({ status: 'expired', version: sql`${charityClaims.version} + 1`, updatedAt: new Date() })
    .where(
      and(
        eq(charityClaims.tenantId, tenantId),
        eq(charityClaims.status, 'reserved'),
        sql`${charityClaims.reservedUntil} <= ${now.toISOString()}::timestamptz`,
      ),
    )
    .returning({ id: charityClaims.id, needId: charityClaims.needId });
}

export async function findDonor(db: DbOrTx, tenantId: string, id: string) {
  const [r] = await db
    .select()
    .from(charityDonors)
    .where(and(eq(charityDonors.tenantId, tenantId), eq(charityDonors.id, id)));
  return r;
}
export async function donorOfAccount(db: DbOrTx, tenantId: string, accountId: string) {
  const [r] = await db
    .select()
    .from(charityDonors)
    .where(and(eq(charityDonors.tenantId, tenantId), eq(charityDonors.accountId, accountId)));
  return r;
}
export async function insertDonor(tx: DbOrTx, row: typeof charityDonors.$inferInsert) {
  const [r] = await tx.insert(charityDonors).values(row).returning();
  return r!;
}
export async function listDonors(db: DbOrTx, tenantId: string) {
  return db.select().from(charityDonors).where(eq(charityDonors.tenantId, tenantId)).orderBy(asc(charityDonors.name));
}

/** The next number of a receipt or batch in a year, under a transaction lock so two steps never share one. */
export async function nextNumber(tx: DbOrTx, tenantId: string, kind: 'receipt' | 'transfer', year: number) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`charity:${kind}:${tenantId}`}))`);
  const t = kind === 'receipt' ? charityReceipts : charityTransfers;
  const d = kind === 'receipt' ? charityReceipts.receivedOn : charityTransfers.transferredOn;
  const [r] = await tx
    .select({ n: sql<string>`count(*)` })
    .from(t)
    .where(and(eq(t.tenantId, tenantId), sql`extract(year from ${d}) = ${year}`));
  return Number(r?.n ?? 0) + 1;
}

export async function insertReceipt(tx: DbOrTx, row: typeof charityReceipts.$inferInsert) {
  const [r] = await tx.insert(charityReceipts).values(row).returning();
  return r!;
}
export async function insertTransfer(tx: DbOrTx, row: typeof charityTransfers.$inferInsert) {
  const [r] = await tx.insert(charityTransfers).values(row).returning();
  return r!;
}

export async function listReceipts(db: DbOrTx, tenantId: string, limit: number, offset: number) {
  const w = eq(charityReceipts.tenantId, tenantId);
  const [rows, [t]] = await Promise.all([
    db
      .select({ r: charityReceipts, donorName: charityDonors.name })
      .from(charityReceipts)
      .innerJoin(charityDonors, eq(charityDonors.id, charityReceipts.donorId))
      .where(w)
      .orderBy(desc(charityReceipts.receivedOn), desc(charityReceipts.receiptNo))
      .limit(limit)
      .offset(offset),
    db
      .select({ n: sql<string>`count(*)` })
      .from(charityReceipts)
      .where(w),
  ]);
  return { items: rows.map((x) => ({ ...x.r, donorName: x.donorName })), total: Number(t?.n ?? 0) };
}
export async function findReceipt(db: DbOrTx, tenantId: string, id: string) {
  const [r] = await db
    .select({ r: charityReceipts, donorName: charityDonors.name })
    .from(charityReceipts)
    .innerJoin(charityDonors, eq(charityDonors.id, charityReceipts.donorId))
    .where(and(eq(charityReceipts.tenantId, tenantId), eq(charityReceipts.id, id)));
  return r ? { ...r.r, donorName: r.donorName } : undefined;
}
export async function receiptsByIds(db: DbOrTx, ids: string[]) {
  if (!ids.length) return [];
  return db.select().from(charityReceipts).where(inArray(charityReceipts.id, ids));
}

const transferCounty = sql<string>`(select name from regions r where r.code = charity_transfers.county_code)`;
export async function listTransfers(
  db: DbOrTx,
  tenantId: string,
  scope: Scope,
  county: string | undefined,
  limit: number,
  offset: number,
) {
  const w = and(
    eq(charityTransfers.tenantId, tenantId),
    scope.kind === 'some'
      ? scope.counties.length
        ? inArray(charityTransfers.countyCode, scope.counties)
        : sql`false`
      : undefined,
    county ? eq(charityTransfers.countyCode, county) : undefined,
  );
  const [rows, [t]] = await Promise.all([
    db
      .select({ t: charityTransfers, countyName: transferCounty })
      .from(charityTransfers)
      .where(w)
      .orderBy(desc(charityTransfers.transferredOn), desc(charityTransfers.batchNo))
      .limit(limit)
      .offset(offset),
    db
      .select({ n: sql<string>`count(*)` })
      .from(charityTransfers)
      .where(w),
  ]);
  return { items: rows.map((x) => ({ ...x.t, countyName: x.countyName })), total: Number(t?.n ?? 0) };
}
export async function findTransfer(db: DbOrTx, tenantId: string, id: string, lock = false) {
  const q = db
    .select({ t: charityTransfers, countyName: transferCounty })
    .from(charityTransfers)
    .where(and(eq(charityTransfers.tenantId, tenantId), eq(charityTransfers.id, id)));
  const [r] = lock ? await q.for('update', { of: charityTransfers }) : await q;
  return r ? { ...r.t, countyName: r.countyName } : undefined;
}
export async function updateTransfer(
  tx: DbOrTx,
  id: string,
  version: number,
  set: Partial<typeof charityTransfers.$inferInsert>,
) {
  const [r] = await tx
    .update(charityTransfers)
    .set({ ...set, version: version + 1, updatedAt: new Date() })
    .where(and(eq(charityTransfers.id, id), eq(charityTransfers.version, version)))
    .returning();
  return r;
}
