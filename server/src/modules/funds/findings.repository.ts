import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { FindingListQuery } from '@xiezuo/domain';
import type { DbOrTx } from '../../db/client';
import { auditFindingEvents, auditFindings, fundPayments, fundProjects, users } from '../../db/schema';
import type { FundsScope } from '@xiezuo/domain';
import { scopeWhere } from './projects.repository';

export type FindingRow = typeof auditFindings.$inferSelect;

export async function listPage(db: DbOrTx, tenantId: string, scope: FundsScope, q: FindingListQuery) {
  const where = and(
    eq(auditFindings.tenantId, tenantId),
    scopeWhere(scope, auditFindings.countyCode),
    q.year ? eq(auditFindings.year, q.year) : undefined,
    q.county ? eq(auditFindings.countyCode, q.county) : undefined,
    q.status ? eq(auditFindings.status, q.status) : undefined,
    q.project ? eq(auditFindings.projectId, q.project) : undefined,
  );
  const [rows, total] = await Promise.all([
    db
      .select()
      .from(auditFindings)
      .where(where)
      .orderBy(desc(auditFindings.year), desc(auditFindings.serialNo))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(auditFindings)
      .where(where),
  ]);
  return { rows, total: total[0]?.n ?? 0 };
}

export async function findById(db: DbOrTx, tenantId: string, id: string) {
  return (
    await db
      .select()
      .from(auditFindings)
      .where(and(eq(auditFindings.tenantId, tenantId), eq(auditFindings.id, id)))
  )[0];
}

/** The next serial number of the tenant's findings in a year, taken under a transaction lock. */
export async function nextSerial(db: DbOrTx, tenantId: string, year: number): Promise<number> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`audit_findings:${tenantId}:${year}`}))`);
  const r = await db
    .select({ n: sql<number>`coalesce(max(${auditFindings.serialNo}), 0)::int` })
    .from(auditFindings)
    .where(and(eq(auditFindings.tenantId, tenantId), eq(auditFindings.year, year)));
  return (r[0]?.n ?? 0) + 1;
}

export async function insert(db: DbOrTx, row: typeof auditFindings.$inferInsert) {
  return (await db.insert(auditFindings).values(row).returning())[0]!;
}

export async function updateVersioned(
  db: DbOrTx,
  id: string,
  version: number,
  patch: Partial<typeof auditFindings.$inferInsert>,
) {
  return (
    await db
      .update(auditFindings)
      .set({ ...patch, updatedAt: new Date(), version: sql`${auditFindings.version} + 1` })
      .where(and(eq(auditFindings.id, id), eq(auditFindings.version, version)))
      .returning()
  )[0];
}

export async function insertEvent(db: DbOrTx, row: typeof auditFindingEvents.$inferInsert) {
  await db.insert(auditFindingEvents).values(row);
}

export async function eventsOf(db: DbOrTx, findingIds: string[]) {
  if (!findingIds.length) return [];
  return db
    .select({
      findingId: auditFindingEvents.findingId,
      at: auditFindingEvents.at,
      action: auditFindingEvents.action,
      toStatus: auditFindingEvents.toStatus,
      user: users.displayName,
      text: auditFindingEvents.text,
    })
    .from(auditFindingEvents)
    .leftJoin(users, eq(users.id, auditFindingEvents.userId))
    .where(inArray(auditFindingEvents.findingId, findingIds))
    .orderBy(asc(auditFindingEvents.at));
}

/** Codes and names of the findings' projects and vouchers of their payments. */
export async function subjectsOf(db: DbOrTx, rows: FindingRow[]) {
  const projectIds = [...new Set(rows.flatMap((r) => (r.projectId ? [r.projectId] : [])))];
  const paymentIds = [...new Set(rows.flatMap((r) => (r.paymentId ? [r.paymentId] : [])))];
  const [projects, payments] = await Promise.all([
    projectIds.length
      ? db
          .select({ id: fundProjects.id, code: fundProjects.code, name: fundProjects.name })
          .from(fundProjects)
          .where(inArray(fundProjects.id, projectIds))
      : [],
    paymentIds.length
      ? db
          .select({ id: fundPayments.id, voucher: fundPayments.voucher })
          .from(fundPayments)
          .where(inArray(fundPayments.id, paymentIds))
      : [],
  ]);
  return { projects: new Map(projects.map((p) => [p.id, p])), payments: new Map(payments.map((p) => [p.id, p])) };
}

/** Findings not closed, with their deadline and responsible side (for warnings and the assessment). */
export async function openFindings(db: DbOrTx, tenantId: string, year?: number) {
  return db
    .select()
    .from(auditFindings)
    .where(
      and(
        eq(auditFindings.tenantId, tenantId),
        sql`${auditFindings.status} <> 'closed'`,
        year ? eq(auditFindings.year, year) : undefined,
      ),
    )
    .orderBy(asc(auditFindings.deadline));
}
