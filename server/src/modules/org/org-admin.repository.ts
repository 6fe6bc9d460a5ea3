import { and, asc, count, eq, ilike, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { orgGroupMembers, orgGroups, units } from '../../db/schema';

export type UnitFilter = {
  side?: 'east' | 'west';
  type?: (typeof units.$inferSelect)['type'];
  member?: boolean;
  q?: string;
};

export async function listUnitsPage(
  db: DbOrTx,
  tenantId: string,
  f: UnitFilter,
  page: number,
  pageSize: number,
  sort: 'name' | 'type' | 'sort',
) {
  const where = and(
    eq(units.tenantId, tenantId),
    f.side ? eq(units.side, f.side) : undefined,
    f.type ? eq(units.type, f.type) : undefined,
    f.member !== undefined ? eq(units.isMember, f.member) : undefined,
    f.q ? ilike(units.name, `%${f.q}%`) : undefined,
  );
  const order =
    sort === 'name'
      ? [asc(units.name)]
      : sort === 'type'
        ? [asc(units.type), asc(units.name)]
        : [asc(units.sort), asc(units.name)];
  const [rows, total] = await Promise.all([
    db
      .select()
      .from(units)
      .where(where)
      .orderBy(...order, asc(units.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(units).where(where),
  ]);
  return { rows, total: total[0]?.n ?? 0 };
}

export async function unitCodeTaken(db: DbOrTx, tenantId: string, code: string) {
  return (
    (
      await db
        .select({ id: units.id })
        .from(units)
        .where(and(eq(units.tenantId, tenantId), eq(units.code, code)))
    ).length > 0
  );
}

export async function insertUnit(db: DbOrTx, row: typeof units.$inferInsert) {
  return (await db.insert(units).values(row).returning())[0]!;
}

export async function updateUnit(
  db: DbOrTx,
  tenantId: string,
  id: string,
  version: number,
  patch: Partial<typeof units.$inferInsert>,
) {
  return (
    await db
      .update(units)
      .set({ ...patch, updatedAt: new Date(), version: sql`${units.version} + 1` })
      .where(and(eq(units.tenantId, tenantId), eq(units.id, id), eq(units.version, version)))
      .returning()
  )[0];
}

export async function findUnit(db: DbOrTx, tenantId: string, id: string) {
  return (
    await db
      .select()
      .from(units)
      .where(and(eq(units.tenantId, tenantId), eq(units.id, id)))
  )[0];
}

export async function countUnits(db: DbOrTx, tenantId: string, ids: string[]) {
  if (!ids.length) return 0;
  return (
    (
      await db
        .select({ n: count() })
        .from(units)
        .where(and(eq(units.tenantId, tenantId), inArray(units.id, ids)))
    )[0]?.n ?? 0
  );
}

export async function findGroup(db: DbOrTx, tenantId: string, id: string) {
  return (
    await db
      .select()
      .from(orgGroups)
      .where(and(eq(orgGroups.tenantId, tenantId), eq(orgGroups.id, id)))
  )[0];
}

export async function groupCodeTaken(db: DbOrTx, tenantId: string, year: number, code: string) {
  return (
    (
      await db
        .select({ id: orgGroups.id })
        .from(orgGroups)
        .where(and(eq(orgGroups.tenantId, tenantId), eq(orgGroups.year, year), eq(orgGroups.code, code)))
    ).length > 0
  );
}

export async function insertGroup(db: DbOrTx, row: typeof orgGroups.$inferInsert) {
  return (await db.insert(orgGroups).values(row).returning())[0]!;
}

export async function updateGroup(
  db: DbOrTx,
  tenantId: string,
  id: string,
  version: number,
  patch: Partial<typeof orgGroups.$inferInsert>,
) {
  return (
    await db
      .update(orgGroups)
      .set({ ...patch, updatedAt: new Date(), version: sql`${orgGroups.version} + 1` })
      .where(and(eq(orgGroups.tenantId, tenantId), eq(orgGroups.id, id), eq(orgGroups.version, version)))
      .returning()
  )[0];
}

export async function memberIds(db: DbOrTx, groupId: string) {
  return (
    await db.select({ id: orgGroupMembers.unitId }).from(orgGroupMembers).where(eq(orgGroupMembers.groupId, groupId))
  ).map((r) => r.id);
}

export async function replaceMembers(db: DbOrTx, tenantId: string, groupId: string, unitIds: string[]) {
  await db.delete(orgGroupMembers).where(eq(orgGroupMembers.groupId, groupId));
  if (unitIds.length)
    await db.insert(orgGroupMembers).values([...new Set(unitIds)].map((unitId) => ({ tenantId, groupId, unitId })));
}

export async function groupsOfYear(db: DbOrTx, tenantId: string, year: number) {
  return db
    .select()
    .from(orgGroups)
    .where(and(eq(orgGroups.tenantId, tenantId), eq(orgGroups.year, year)))
    .orderBy(asc(orgGroups.sort));
}
