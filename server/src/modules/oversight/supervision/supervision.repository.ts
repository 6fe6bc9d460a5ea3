import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { SupervisionStatus } from '@xiezuo/domain';
import type { DbOrTx } from '../../../db/client';
import type { EvidenceTable } from '../../../lib/files/evidence.repository';
import {
  files,
  indicators,
  orgGroupMembers,
  orgGroups,
  records,
  supervisionEvents,
  supervisionFiles,
  supervisionOrders,
  supervisionOrderUnits,
  supervisionResponses,
  units,
  users,
} from '../../../db/schema';

export type OrderRow = typeof supervisionOrders.$inferSelect;
export type OrderWide = OrderRow & { createdByName: string | null; units: { id: string; name: string }[] };

/** Which orders a list may show: all of the tenant's, or those assigned to some units. */
export type OrderScope = { kind: 'all' } | { kind: 'units'; ids: string[] };
export type OrderFilter = {
  status?: SupervisionStatus;
  kind?: OrderRow['kind'];
  unit?: string;
  overdue?: { on: string; is: boolean };
  /** any of these statuses, assigned to any of these units (when given) */
  awaiting?: { statuses: readonly SupervisionStatus[]; units?: string[] };
};

const assignedTo = (ids: string[]) =>
  ids.length
    ? sql`exists (select 1 from ${supervisionOrderUnits} ou where ou.order_id = ${supervisionOrders.id} and ou.unit_id in (${sql.join(
        ids.map((i) => sql`${i}::uuid`),
        sql`, `,
      )}))`
    : sql`false`;

function listWhere(tenantId: string, scope: OrderScope, f: OrderFilter): SQL {
  return and(
    eq(supervisionOrders.tenantId, tenantId),
    scope.kind === 'units' ? assignedTo(scope.ids) : undefined,
    f.status ? eq(supervisionOrders.status, f.status) : undefined,
    f.kind ? eq(supervisionOrders.kind, f.kind) : undefined,
    f.unit ? assignedTo([f.unit]) : undefined,
    f.overdue
      ? sql`(${supervisionOrders.status} <> 'closed' and ${supervisionOrders.dueDate} < ${f.overdue.on}::date) = ${f.overdue.is}`
      : undefined,
    f.awaiting ? inArray(supervisionOrders.status, [...f.awaiting.statuses]) : undefined,
    f.awaiting?.units ? assignedTo(f.awaiting.units) : undefined,
  )!;
}

async function widen(db: DbOrTx, rows: OrderRow[]): Promise<OrderWide[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const us = await db
    .select({ orderId: supervisionOrderUnits.orderId, id: units.id, name: units.name })
    .from(supervisionOrderUnits)
    .innerJoin(units, eq(units.id, supervisionOrderUnits.unitId))
    .where(inArray(supervisionOrderUnits.orderId, ids))
    .orderBy(asc(supervisionOrderUnits.sort));
  const creatorIds = [...new Set(rows.map((r) => r.createdBy).filter((x): x is string => !!x))];
  const creators = creatorIds.length
    ? await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, creatorIds))
    : [];
  const names = new Map(creators.map((c) => [c.id, c.name]));
  return rows.map((r) => ({
    ...r,
    createdByName: r.createdBy ? (names.get(r.createdBy) ?? null) : null,
    units: us.filter((u) => u.orderId === r.id).map((u) => ({ id: u.id, name: u.name })),
  }));
}

export async function listPage(
  db: DbOrTx,
  tenantId: string,
  scope: OrderScope,
  f: OrderFilter,
  page: number,
  pageSize: number,
) {
  const where = listWhere(tenantId, scope, f);
  const [rows, total] = await Promise.all([
    db
      .select()
      .from(supervisionOrders)
      .where(where)
      .orderBy(desc(supervisionOrders.createdAt), desc(supervisionOrders.serialNo))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(supervisionOrders)
      .where(where),
  ]);
  return { rows: await widen(db, rows), total: total[0]?.n ?? 0 };
}

export async function findWide(db: DbOrTx, tenantId: string, id: string): Promise<OrderWide | undefined> {
  const rows = await db
    .select()
    .from(supervisionOrders)
    .where(and(eq(supervisionOrders.tenantId, tenantId), eq(supervisionOrders.id, id)));
  return (await widen(db, rows))[0];
}

/** The latest order (in scope) citing each of some warnings. */
export async function latestByWarning(
  db: DbOrTx,
  tenantId: string,
  scope: OrderScope,
  warningIds: string[],
): Promise<OrderRow[]> {
  if (!warningIds.length) return [];
  return db
    .selectDistinctOn([supervisionOrders.warningId])
    .from(supervisionOrders)
    .where(and(listWhere(tenantId, scope, {}), inArray(supervisionOrders.warningId, warningIds)))
    .orderBy(supervisionOrders.warningId, desc(supervisionOrders.createdAt), desc(supervisionOrders.serialNo));
}

/** The next serial of a year (one sequence for orders and decisions), under a transaction-scoped advisory lock. */
export async function nextSerial(tx: DbOrTx, tenantId: string, year: number): Promise<number> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`supervision:${tenantId}:${year}`}))`);
  const r = await tx
    .select({ n: sql<number>`coalesce(max(${supervisionOrders.serialNo}), 0)::int` })
    .from(supervisionOrders)
    .where(and(eq(supervisionOrders.tenantId, tenantId), eq(supervisionOrders.year, year)));
  return (r[0]?.n ?? 0) + 1;
}

export async function insertOrder(
  tx: DbOrTx,
  row: typeof supervisionOrders.$inferInsert,
  unitIds: string[],
): Promise<OrderRow> {
  const [order] = await tx.insert(supervisionOrders).values(row).returning();
  await tx
    .insert(supervisionOrderUnits)
    .values(unitIds.map((unitId, sort) => ({ orderId: order!.id, unitId, tenantId: row.tenantId, sort })));
  return order!;
}

/** Moves an order between statuses only if it is still in one of `from`; undefined when it was not. */
export async function transition(
  tx: DbOrTx,
  id: string,
  from: readonly SupervisionStatus[],
  patch: Partial<typeof supervisionOrders.$inferInsert>,
): Promise<OrderRow | undefined> {
  const rows = await tx
    .update(supervisionOrders)
    .set({ ...patch, version: sql`${supervisionOrders.version} + 1`, updatedAt: new Date() })
    .where(and(eq(supervisionOrders.id, id), inArray(supervisionOrders.status, [...from])))
    .returning();
  return rows[0];
}

export async function insertEvent(tx: DbOrTx, row: typeof supervisionEvents.$inferInsert) {
  await tx.insert(supervisionEvents).values(row);
}

export async function insertResponse(tx: DbOrTx, row: typeof supervisionResponses.$inferInsert) {
  return (await tx.insert(supervisionResponses).values(row).returning())[0]!;
}

export async function responsesOf(db: DbOrTx, orderId: string) {
  return db
    .select({
      id: supervisionResponses.id,
      unitId: units.id,
      unitName: units.name,
      text: supervisionResponses.text,
      by: users.displayName,
      at: supervisionResponses.at,
    })
    .from(supervisionResponses)
    .innerJoin(units, eq(units.id, supervisionResponses.unitId))
    .leftJoin(users, eq(users.id, supervisionResponses.userId))
    .where(eq(supervisionResponses.orderId, orderId))
    .orderBy(asc(supervisionResponses.at));
}

export async function eventsOf(db: DbOrTx, orderId: string) {
  return db
    .select({
      at: supervisionEvents.at,
      action: supervisionEvents.action,
      fromStatus: supervisionEvents.fromStatus,
      toStatus: supervisionEvents.toStatus,
      user: users.displayName,
      note: supervisionEvents.note,
    })
    .from(supervisionEvents)
    .leftJoin(users, eq(users.id, supervisionEvents.userId))
    .where(eq(supervisionEvents.orderId, orderId))
    .orderBy(asc(supervisionEvents.at), asc(supervisionEvents.id));
}

export async function filesOf(db: DbOrTx, orderId: string) {
  return db
    .select({
      id: supervisionFiles.id,
      filename: supervisionFiles.filename,
      hash: files.hash,
      size: files.size,
      mime: files.mime,
      unitName: units.name,
      createdAt: supervisionFiles.createdAt,
    })
    .from(supervisionFiles)
    .innerJoin(files, eq(files.hash, supervisionFiles.fileHash))
    .leftJoin(units, eq(units.id, supervisionFiles.unitId))
    .where(eq(supervisionFiles.orderId, orderId))
    .orderBy(asc(supervisionFiles.createdAt));
}

/** Where an order's evidence files are listed (lib/files evidence). */
export const orderEvidence: EvidenceTable = { table: supervisionFiles, ownerKey: 'orderId' };

export async function eastUnitIds(db: DbOrTx, tenantId: string, ids: string[]): Promise<string[]> {
  if (!ids.length) return [];
  return (
    await db
      .select({ id: units.id })
      .from(units)
      .where(and(eq(units.tenantId, tenantId), eq(units.side, 'east'), inArray(units.id, ids)))
  ).map((r) => r.id);
}

export async function recordIdsIn(db: DbOrTx, tenantId: string, ids: string[]): Promise<string[]> {
  if (!ids.length) return [];
  return (
    await db
      .select({ id: records.id })
      .from(records)
      .where(and(eq(records.tenantId, tenantId), inArray(records.id, ids)))
  ).map((r) => r.id);
}

export async function indicatorCodesIn(db: DbOrTx, tenantId: string, codes: string[]): Promise<string[]> {
  if (!codes.length) return [];
  return (
    await db
      .selectDistinct({ code: indicators.code })
      .from(indicators)
      .where(and(eq(indicators.tenantId, tenantId), inArray(indicators.code, codes)))
  ).map((r) => r.code);
}

/** The names of indicators by code, from the latest plan that declares each (an order may outlive its year's plan). */
export async function indicatorNames(
  db: DbOrTx,
  tenantId: string,
  codes: string[],
): Promise<Map<string, { zh: string; en: string }>> {
  if (!codes.length) return new Map();
  const rows = await db
    .select({ code: indicators.code, decl: indicators.decl })
    .from(indicators)
    .where(and(eq(indicators.tenantId, tenantId), inArray(indicators.code, codes)))
    .orderBy(indicators.year);
  const names = new Map<string, { zh: string; en: string }>();
  for (const r of rows) {
    const name = r.decl.name as { zh?: unknown; en?: unknown } | undefined;
    if (typeof name?.zh === 'string' && typeof name.en === 'string') names.set(r.code, { zh: name.zh, en: name.en });
  }
  return names;
}

/** Units of a working group in the latest year that declares the group. */
export async function latestGroupUnitIds(db: DbOrTx, tenantId: string, groupCodes: string[]): Promise<string[]> {
  if (!groupCodes.length) return [];
  const rows = await db
    .select({ id: orgGroupMembers.unitId, year: orgGroups.year, code: orgGroups.code })
    .from(orgGroupMembers)
    .innerJoin(orgGroups, eq(orgGroups.id, orgGroupMembers.groupId))
    .where(and(eq(orgGroups.tenantId, tenantId), eq(orgGroups.kind, 'working'), inArray(orgGroups.code, groupCodes)));
  const latest = new Map<string, number>();
  for (const r of rows) latest.set(r.code, Math.max(latest.get(r.code) ?? 0, r.year));
  return [...new Set(rows.filter((r) => r.year === latest.get(r.code)).map((r) => r.id))];
}

/** Each order falling due in a year, per responsible unit: due date and the date (Beijing) of the unit's first answer. */
export async function firstResponses(db: DbOrTx, tenantId: string, year: number) {
  return db
    .select({
      orderId: supervisionOrders.id,
      unitId: supervisionOrderUnits.unitId,
      dueDate: supervisionOrders.dueDate,
      firstResponseOn: sql<
        string | null
      >`(select min((r.at at time zone 'Asia/Shanghai')::date)::text from ${supervisionResponses} r where r.order_id = ${supervisionOrders.id} and r.unit_id = ${supervisionOrderUnits.unitId})`,
    })
    .from(supervisionOrders)
    .innerJoin(supervisionOrderUnits, eq(supervisionOrderUnits.orderId, supervisionOrders.id))
    .where(
      and(eq(supervisionOrders.tenantId, tenantId), sql`extract(year from ${supervisionOrders.dueDate}) = ${year}`),
    );
}

/** Orders not closed whose due date is on or before a date, with their units (for reminders). */
export async function openDueBy(db: DbOrTx, tenantId: string, until: string): Promise<OrderWide[]> {
  const rows = await db
    .select()
    .from(supervisionOrders)
    .where(
      and(
        eq(supervisionOrders.tenantId, tenantId),
        sql`${supervisionOrders.status} <> 'closed'`,
        sql`${supervisionOrders.dueDate} <= ${until}::date`,
      ),
    );
  return widen(db, rows);
}
