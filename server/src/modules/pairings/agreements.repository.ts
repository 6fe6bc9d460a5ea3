import { and, asc, count, eq, gte, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Scope } from '@xiezuo/domain';
import type { DbOrTx } from '../../db/client';
import { listByOwners, type EvidenceTable } from '../../lib/files/evidence.repository';
import { agreementFiles, agreements, agreementTargets, pairings } from '../../db/schema';
import { scopeWhere } from './pairings.repository';

export type AgreementRow = typeof agreements.$inferSelect & {
  pairingKind: (typeof pairings.$inferSelect)['kind'];
  countyCode: string;
  eastUnitOfPairing: string | null;
  westUnitOfPairing: string | null;
};

function base(db: DbOrTx) {
  return db
    .select({
      a: agreements,
      pairingKind: pairings.kind,
      countyCode: pairings.countyCode,
      eastUnitOfPairing: pairings.eastUnitId,
      westUnitOfPairing: pairings.westUnitId,
    })
    .from(agreements)
    .innerJoin(pairings, eq(pairings.id, agreements.pairingId));
}

function flatten(r: {
  a: typeof agreements.$inferSelect;
  pairingKind: AgreementRow['pairingKind'];
  countyCode: string;
  eastUnitOfPairing: string | null;
  westUnitOfPairing: string | null;
}): AgreementRow {
  return {
    ...r.a,
    pairingKind: r.pairingKind,
    countyCode: r.countyCode,
    eastUnitOfPairing: r.eastUnitOfPairing,
    westUnitOfPairing: r.westUnitOfPairing,
  };
}

export type AgreementFilter = { year?: number; pairing?: string; county?: string };

function where(tenantId: string, scope: Scope, f: AgreementFilter): SQL {
  return and(
    eq(agreements.tenantId, tenantId),
    // a unit sees the agreements under its pairings and those it signed itself
    scope.kind === 'some' && scope.units.length
      ? or(scopeWhere(scope), inArray(agreements.eastUnitId, scope.units))
      : scopeWhere(scope),
    f.year ? and(lte(agreements.yearFrom, f.year), gte(agreements.yearTo, f.year)) : undefined,
    f.pairing ? eq(agreements.pairingId, f.pairing) : undefined,
    f.county ? eq(pairings.countyCode, f.county) : undefined,
  )!;
}

export async function listPage(
  db: DbOrTx,
  tenantId: string,
  scope: Scope,
  f: AgreementFilter,
  page: number,
  pageSize: number,
) {
  const w = where(tenantId, scope, f);
  const [rows, total] = await Promise.all([
    base(db)
      .where(w)
      .orderBy(asc(agreements.signedOn), asc(agreements.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(agreements).innerJoin(pairings, eq(pairings.id, agreements.pairingId)).where(w),
  ]);
  return { rows: rows.map(flatten), total: total[0]?.n ?? 0 };
}

export async function countInYear(db: DbOrTx, tenantId: string, scope: Scope, year: number | undefined) {
  const r = await db
    .select({ n: count() })
    .from(agreements)
    .innerJoin(pairings, eq(pairings.id, agreements.pairingId))
    .where(where(tenantId, scope, { year }));
  return r[0]?.n ?? 0;
}

export async function findById(db: DbOrTx, tenantId: string, id: string): Promise<AgreementRow | undefined> {
  const r = (await base(db).where(and(eq(agreements.tenantId, tenantId), eq(agreements.id, id))))[0];
  return r ? flatten(r) : undefined;
}

export async function insert(db: DbOrTx, row: typeof agreements.$inferInsert) {
  return (await db.insert(agreements).values(row).returning())[0]!;
}

export async function insertTargets(db: DbOrTx, rows: (typeof agreementTargets.$inferInsert)[]) {
  if (rows.length) await db.insert(agreementTargets).values(rows);
}

export async function targetsOf(db: DbOrTx, ids: string[]) {
  if (!ids.length) return [];
  return db
    .select()
    .from(agreementTargets)
    .where(inArray(agreementTargets.agreementId, ids))
    .orderBy(asc(agreementTargets.sort));
}

/** Where an agreement's signed files are listed (lib/files evidence). */
export const agreementEvidence: EvidenceTable = { table: agreementFiles, ownerKey: 'agreementId' };

export const filesOf = (db: DbOrTx, ids: string[]) => listByOwners(db, agreementEvidence, ids);

export const touch = (db: DbOrTx, id: string) =>
  db
    .update(agreements)
    .set({ updatedAt: new Date(), version: sql`${agreements.version} + 1` })
    .where(eq(agreements.id, id));
