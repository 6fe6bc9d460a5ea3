import { and, asc, count, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { HEALTH_GROUP, ROLE_TRAITS, ROLES, type Scope, type TelemedListQuery } from '@xiezuo/domain';
import type { DbOrTx } from '../../db/client';
import { pairings, records, regions, telemedFiles, telemedRequests, units, userRoles, users } from '../../db/schema';
import type { EvidenceTable } from '../../lib/files/evidence.repository';

export type TelemedRow = typeof telemedRequests.$inferSelect;
export const telemedEvidence: EvidenceTable = { table: telemedFiles, ownerKey: 'requestId' };

const west = alias(units, 'west_hospital');
const east = alias(units, 'east_hospital');
const requester = alias(users, 'requester');
const expert = alias(users, 'expert');

const wide = (db: DbOrTx) =>
  db
    .select({
      r: telemedRequests,
      countyName: regions.name,
      westName: west.name,
      eastName: east.name,
      requesterName: requester.displayName,
      expertName: expert.displayName,
      recordId: records.id,
    })
    .from(telemedRequests)
    .innerJoin(regions, eq(regions.code, telemedRequests.countyCode))
    .innerJoin(west, eq(west.id, telemedRequests.westUnitId))
    .innerJoin(east, eq(east.id, telemedRequests.eastUnitId))
    .leftJoin(requester, eq(requester.id, telemedRequests.requestedBy))
    .leftJoin(expert, eq(expert.id, telemedRequests.expertUserId))
    .leftJoin(
      records,
      and(
        eq(records.tenantId, telemedRequests.tenantId),
        eq(records.sourceType, 'telemedicine_request'),
        eq(records.sourceId, telemedRequests.id),
      ),
    );
export type TelemedWide = Awaited<ReturnType<ReturnType<typeof wide>['execute']>>[number];

/** The caller's scope as a condition: both hospitals, the county, the health group; nothing for no scope. */
function scopeWhere(scope: Scope): SQL | undefined {
  if (scope.kind === 'district') return undefined;
  if (scope.groups.includes(HEALTH_GROUP)) return undefined;
  const parts: SQL[] = [];
  if (scope.units.length)
    parts.push(inArray(telemedRequests.westUnitId, scope.units), inArray(telemedRequests.eastUnitId, scope.units));
  if (scope.counties.length) parts.push(inArray(telemedRequests.countyCode, scope.counties));
  return parts.length ? or(...parts) : sql`false`;
}

function listWhere(tenantId: string, scope: Scope, q: TelemedListQuery) {
  return and(
    eq(telemedRequests.tenantId, tenantId),
    scopeWhere(scope),
    q.county ? eq(telemedRequests.countyCode, q.county) : undefined,
    q.status ? eq(telemedRequests.status, q.status) : undefined,
    q.kind ? eq(telemedRequests.kind, q.kind) : undefined,
    q.pairing ? eq(telemedRequests.pairingId, q.pairing) : undefined,
    q.year
      ? sql`extract(year from ${telemedRequests.requestedAt} at time zone 'Asia/Shanghai') = ${q.year}`
      : undefined,
  );
}

export async function list(db: DbOrTx, tenantId: string, scope: Scope, q: TelemedListQuery) {
  const where = listWhere(tenantId, scope, q);
  const [items, total] = await Promise.all([
    wide(db)
      .where(where)
      .orderBy(desc(telemedRequests.requestedAt), desc(telemedRequests.number))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(telemedRequests).where(where),
  ]);
  return { items, total: total[0]?.n ?? 0 };
}

export async function findWide(db: DbOrTx, tenantId: string, id: string) {
  return (await wide(db).where(and(eq(telemedRequests.tenantId, tenantId), eq(telemedRequests.id, id))))[0];
}

export async function findForUpdate(db: DbOrTx, tenantId: string, id: string) {
  return (
    await db
      .select()
      .from(telemedRequests)
      .where(and(eq(telemedRequests.tenantId, tenantId), eq(telemedRequests.id, id)))
      .for('update')
  )[0];
}

/** A hospital pair of the tenant, with its two hospitals. */
export async function findHospitalPair(db: DbOrTx, tenantId: string, pairingId: string) {
  return (
    await db
      .select()
      .from(pairings)
      .where(
        and(
          eq(pairings.tenantId, tenantId),
          eq(pairings.id, pairingId),
          eq(pairings.kind, 'hospital_hospital'),
          eq(pairings.status, 'active'),
        ),
      )
  )[0];
}

/** The next request number of a kind in a year: 远程会诊-2019-0007. */
export async function nextNumber(db: DbOrTx, tenantId: string, prefix: string) {
  const r = await db
    .select({ n: count() })
    .from(telemedRequests)
    .where(and(eq(telemedRequests.tenantId, tenantId), sql`${telemedRequests.number} like ${`${prefix}-%`}`));
  return `${prefix}-${String((r[0]?.n ?? 0) + 1).padStart(4, '0')}`;
}

export async function insert(db: DbOrTx, row: typeof telemedRequests.$inferInsert) {
  return (await db.insert(telemedRequests).values(row).returning())[0]!;
}

export async function updateVersioned(
  db: DbOrTx,
  tenantId: string,
  id: string,
  version: number,
  set: Partial<typeof telemedRequests.$inferInsert>,
) {
  return (
    await db
      .update(telemedRequests)
      .set({ ...set, version: version + 1, updatedAt: new Date() })
      .where(
        and(eq(telemedRequests.tenantId, tenantId), eq(telemedRequests.id, id), eq(telemedRequests.version, version)),
      )
      .returning()
  )[0];
}

const ACTING_UNIT_ROLES = ROLES.filter((r) => ROLE_TRAITS[r].acts && ROLE_TRAITS[r].scope === 'unit');

/** The active users who act for a unit (a hospital's doctors), by name. */
export async function unitDoctors(db: DbOrTx, tenantId: string, unitId: string) {
  return db
    .selectDistinct({ id: users.id, name: users.displayName })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(
      and(
        eq(users.tenantId, tenantId),
        eq(users.isActive, true),
        eq(userRoles.scopeType, 'unit'),
        eq(userRoles.scopeId, unitId),
        inArray(userRoles.role, ACTING_UNIT_ROLES),
      ),
    )
    .orderBy(asc(users.displayName));
}
