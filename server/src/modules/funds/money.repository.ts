import { and, asc, desc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { FundSettings, PaymentListQuery, ReceiptListQuery } from '@xiezuo/domain';
import type { DbOrTx } from '../../db/client';
import {
  fundExpenditures,
  fundPaymentLines,
  fundPayments,
  fundProjects,
  fundReceipts,
  fundRuleOverrides,
  fundSettings,
  units,
  users,
} from '../../db/schema';
import type { FundsScope } from '@xiezuo/domain';
import { scopeWhere } from './projects.repository';

export type PaymentRow = typeof fundPayments.$inferSelect;
export type LineRow = typeof fundPaymentLines.$inferSelect;
export type ReceiptRow = typeof fundReceipts.$inferSelect;

// ───────────────────────────── payments ─────────────────────────────

/** Payments in scope, newest first, with whether each is matched (and by which receipt). */
export async function listPayments(
  db: DbOrTx,
  tenantId: string,
  scope: FundsScope,
  q: PaymentListQuery,
  unreceivedBefore: string,
) {
  const matched = sql`exists (select 1 from ${fundReceipts} r where r.payment_id = ${fundPayments.id})`;
  const where = and(
    eq(fundPayments.tenantId, tenantId),
    scopeWhere(scope, fundPayments.countyCode),
    q.year ? eq(fundPayments.year, q.year) : undefined,
    q.county ? eq(fundPayments.countyCode, q.county) : undefined,
    q.status ? eq(fundPayments.status, q.status) : undefined,
    q.project
      ? sql`exists (select 1 from ${fundPaymentLines} l where l.payment_id = ${fundPayments.id} and l.project_id = ${q.project})`
      : undefined,
    q.match === 'matched' ? matched : undefined,
    q.match === 'waiting'
      ? sql`${fundPayments.status} = 'confirmed' and not ${matched} and ${fundPayments.paidOn} >= ${unreceivedBefore}::date`
      : undefined,
    q.match === 'unreceived'
      ? sql`${fundPayments.status} = 'confirmed' and not ${matched} and ${fundPayments.paidOn} < ${unreceivedBefore}::date`
      : undefined,
  );
  const [rows, total] = await Promise.all([
    db
      .select()
      .from(fundPayments)
      .where(where)
      .orderBy(desc(fundPayments.paidOn), desc(fundPayments.createdAt))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(fundPayments)
      .where(where),
  ]);
  return { rows, total: total[0]?.n ?? 0 };
}

export async function findPayment(db: DbOrTx, tenantId: string, id: string, lock = false) {
  const q = db
    .select()
    .from(fundPayments)
    .where(and(eq(fundPayments.tenantId, tenantId), eq(fundPayments.id, id)));
  return (lock ? await q.for('update') : await q)[0];
}

/** Lines of payments with their projects' code and name, in entry order. */
export async function linesOf(db: DbOrTx, paymentIds: string[]) {
  if (!paymentIds.length) return [];
  return db
    .select({
      line: fundPaymentLines,
      projectCode: fundProjects.code,
      projectName: fundProjects.name,
    })
    .from(fundPaymentLines)
    .innerJoin(fundProjects, eq(fundProjects.id, fundPaymentLines.projectId))
    .where(inArray(fundPaymentLines.paymentId, paymentIds))
    .orderBy(asc(fundProjects.code));
}

export async function projectOfLine(db: DbOrTx, lineId: string): Promise<string | null> {
  const r = await db
    .select({ projectId: fundPaymentLines.projectId })
    .from(fundPaymentLines)
    .where(eq(fundPaymentLines.id, lineId));
  return r[0]?.projectId ?? null;
}

export async function lineIdsOfProject(db: DbOrTx, projectId: string): Promise<string[]> {
  const rows = await db
    .select({ id: fundPaymentLines.id })
    .from(fundPaymentLines)
    .where(eq(fundPaymentLines.projectId, projectId));
  return rows.map((r) => r.id);
}

export async function insertPayment(
  db: DbOrTx,
  row: typeof fundPayments.$inferInsert,
  lines: Omit<typeof fundPaymentLines.$inferInsert, 'paymentId' | 'tenantId'>[],
) {
  const p = (await db.insert(fundPayments).values(row).returning())[0]!;
  const ls = await db
    .insert(fundPaymentLines)
    .values(lines.map((l) => ({ ...l, paymentId: p.id, tenantId: row.tenantId })))
    .returning();
  return { payment: p, lines: ls };
}

export async function updatePayment(
  db: DbOrTx,
  id: string,
  version: number,
  patch: Partial<typeof fundPayments.$inferInsert>,
) {
  return (
    await db
      .update(fundPayments)
      .set({ ...patch, version: sql`${fundPayments.version} + 1` })
      .where(and(eq(fundPayments.id, id), eq(fundPayments.version, version)))
      .returning()
  )[0];
}

/** Confirmed payments of some counties not yet matched, with the projects they cover (for matching). */
export async function unmatchedPayments(db: DbOrTx, tenantId: string, counties: string[]) {
  if (!counties.length) return [];
  const rows = await db.execute<{
    id: string;
    county_code: string;
    paid_on: string;
    amount_fen: string;
    voucher: string;
    project_ids: string[];
  }>(sql`
    select p.id, p.county_code, p.paid_on::text as paid_on, p.amount_fen, p.voucher,
           array(select l.project_id from ${fundPaymentLines} l where l.payment_id = p.id) as project_ids
    from ${fundPayments} p
    where p.tenant_id = ${tenantId} and p.county_code in ${counties} and p.status = 'confirmed'
      and not exists (select 1 from ${fundReceipts} r where r.payment_id = p.id)
    for update of p`);
  return rows.rows.map((r) => ({
    id: r.id,
    countyCode: r.county_code,
    paidOn: r.paid_on,
    amountFen: Number(r.amount_fen),
    voucher: r.voucher,
    projectIds: r.project_ids,
  }));
}

// ───────────────────────────── receipts ─────────────────────────────

export async function listReceipts(db: DbOrTx, tenantId: string, scope: FundsScope, q: ReceiptListQuery) {
  const where = and(
    eq(fundReceipts.tenantId, tenantId),
    scopeWhere(scope, fundReceipts.countyCode),
    q.year ? eq(fundReceipts.year, q.year) : undefined,
    q.county ? eq(fundReceipts.countyCode, q.county) : undefined,
    q.matched === 'yes' ? isNotNull(fundReceipts.paymentId) : undefined,
    q.matched === 'no' ? isNull(fundReceipts.paymentId) : undefined,
  );
  const [rows, total] = await Promise.all([
    db
      .select()
      .from(fundReceipts)
      .where(where)
      .orderBy(desc(fundReceipts.receivedOn), desc(fundReceipts.createdAt))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(fundReceipts)
      .where(where),
  ]);
  return { rows, total: total[0]?.n ?? 0 };
}

/** Confirmed payments carrying any of these vouchers (to name a receipt's same-voucher mismatch). */
export async function paymentsByVouchers(db: DbOrTx, tenantId: string, vouchers: string[]) {
  const wanted = [...new Set(vouchers.map((v) => v.trim().toLowerCase()).filter(Boolean))];
  if (!wanted.length) return [];
  return db
    .select({
      id: fundPayments.id,
      voucher: fundPayments.voucher,
      amountFen: fundPayments.amountFen,
      countyCode: fundPayments.countyCode,
    })
    .from(fundPayments)
    .where(
      and(
        eq(fundPayments.tenantId, tenantId),
        eq(fundPayments.status, 'confirmed'),
        inArray(sql`lower(trim(${fundPayments.voucher}))`, wanted),
      ),
    );
}

export async function findReceipt(db: DbOrTx, tenantId: string, id: string) {
  return (
    await db
      .select()
      .from(fundReceipts)
      .where(and(eq(fundReceipts.tenantId, tenantId), eq(fundReceipts.id, id)))
  )[0];
}

export async function receiptsOfPayments(db: DbOrTx, paymentIds: string[]) {
  if (!paymentIds.length) return [];
  return db.select().from(fundReceipts).where(inArray(fundReceipts.paymentId, paymentIds));
}

/** Inserts receipts; those whose voucher the county already booked are skipped (an import read again). */
export async function insertReceipts(db: DbOrTx, rows: (typeof fundReceipts.$inferInsert)[]) {
  const out: ReceiptRow[] = [];
  for (let i = 0; i < rows.length; i += 1000)
    out.push(
      ...(await db
        .insert(fundReceipts)
        .values(rows.slice(i, i + 1000))
        .onConflictDoNothing({ target: [fundReceipts.tenantId, fundReceipts.countyCode, fundReceipts.voucher] })
        .returning()),
    );
  return out;
}

/** Unmatched receipts of some counties (for matching), locked. */
export async function unmatchedReceipts(db: DbOrTx, tenantId: string, counties: string[]) {
  if (!counties.length) return [];
  return db
    .select()
    .from(fundReceipts)
    .where(
      and(
        eq(fundReceipts.tenantId, tenantId),
        inArray(fundReceipts.countyCode, counties),
        isNull(fundReceipts.paymentId),
      ),
    )
    .for('update');
}

/** Sets the matched payment of many receipts in one statement. */
export async function setMatches(db: DbOrTx, pairs: { receiptId: string; paymentId: string }[]) {
  for (let i = 0; i < pairs.length; i += 5000) {
    const chunk = pairs.slice(i, i + 5000);
    await db.execute(sql`
      update ${fundReceipts} r set payment_id = m.payment_id, matched_at = now(), version = r.version + 1
      from unnest(${`{${chunk.map((p) => p.receiptId).join(',')}}`}::uuid[], ${`{${chunk.map((p) => p.paymentId).join(',')}}`}::uuid[])
        as m(receipt_id, payment_id)
      where r.id = m.receipt_id`);
  }
}

// ───────────────────────────── money per project ─────────────────────────────

/**
 * Recomputes the money columns of projects from the payment lines (confirmed: paid; recorded: pending; confirmed
 * and matched: received) and the expenditures. Called in every transaction that changes them.
 */
export async function recomputeProjectMoney(db: DbOrTx, projectIds: string[]) {
  const ids = [...new Set(projectIds)];
  for (let i = 0; i < ids.length; i += 5000) {
    const chunk = `{${ids.slice(i, i + 5000).join(',')}}`;
    await db.execute(sql`
      update ${fundProjects} p set
        paid_fen = coalesce(m.paid, 0), pending_fen = coalesce(m.pending, 0), received_fen = coalesce(m.received, 0),
        spent_fen = coalesce((select sum(e.amount_fen) from ${fundExpenditures} e where e.project_id = p.id), 0)
      from (
        select x.id,
          sum(l.amount_fen) filter (where pay.status = 'confirmed') as paid,
          sum(l.amount_fen) filter (where pay.status = 'recorded') as pending,
          sum(l.amount_fen) filter (where pay.status = 'confirmed'
            and exists (select 1 from ${fundReceipts} r where r.payment_id = pay.id)) as received
        from unnest(${chunk}::uuid[]) as x(id)
        left join ${fundPaymentLines} l on l.project_id = x.id
        left join ${fundPayments} pay on pay.id = l.payment_id
        group by x.id
      ) m
      where p.id = m.id`);
  }
}

// ───────────────────────────── expenditures, overrides, settings ─────────────────────────────

export async function insertExpenditure(db: DbOrTx, row: typeof fundExpenditures.$inferInsert) {
  return (await db.insert(fundExpenditures).values(row).returning())[0]!;
}

export async function expendituresOf(db: DbOrTx, projectId: string) {
  return db
    .select()
    .from(fundExpenditures)
    .where(eq(fundExpenditures.projectId, projectId))
    .orderBy(asc(fundExpenditures.spentOn));
}

export async function insertOverride(db: DbOrTx, row: typeof fundRuleOverrides.$inferInsert) {
  await db.insert(fundRuleOverrides).values(row);
}

export async function overridesOf(db: DbOrTx, tenantId: string, year: number) {
  return db
    .select({ o: fundRuleOverrides, user: users.displayName, project: fundProjects })
    .from(fundRuleOverrides)
    .leftJoin(users, eq(users.id, fundRuleOverrides.userId))
    .leftJoin(fundProjects, eq(fundProjects.id, fundRuleOverrides.projectId))
    .where(and(eq(fundRuleOverrides.tenantId, tenantId), eq(fundRuleOverrides.year, year)))
    .orderBy(asc(fundRuleOverrides.at));
}

export async function findSettings(db: DbOrTx, tenantId: string) {
  return (await db.select().from(fundSettings).where(eq(fundSettings.tenantId, tenantId)))[0];
}

export async function upsertSettings(db: DbOrTx, tenantId: string, settings: FundSettings, userId: string) {
  const now = new Date();
  await db
    .insert(fundSettings)
    .values({ tenantId, settings, updatedBy: userId, updatedAt: now })
    .onConflictDoUpdate({ target: fundSettings.tenantId, set: { settings, updatedBy: userId, updatedAt: now } });
}

export async function unitName(db: DbOrTx, id: string) {
  return (await db.select({ name: units.name }).from(units).where(eq(units.id, id)))[0]?.name ?? '';
}
