import { and, asc, count, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { labourWorkers, persons, tenantCounties } from '../../db/schema';

export type WorkerRow = typeof labourWorkers.$inferSelect;
export type WorkerWide = {
  w: WorkerRow;
  name: string;
  idMasked: string;
  phoneMasked: string | null;
  isPoor: boolean;
};
type Paging = { page: number; pageSize: number };

export async function tenantCountyCodes(db: DbOrTx, tenantId: string): Promise<string[]> {
  const rows = await db
    .select({ code: tenantCounties.regionCode })
    .from(tenantCounties)
    .where(eq(tenantCounties.tenantId, tenantId));
  return rows.map((r) => r.code);
}

const wide = {
  w: labourWorkers,
  name: persons.name,
  idMasked: persons.idMasked,
  phoneMasked: persons.phoneMasked,
  isPoor: persons.isPoor,
};

export type WorkerFilter = {
  counties: string[] | null;
  county?: string;
  wish?: WorkerRow['wish'];
  status?: WorkerRow['status'];
  personId?: string;
};

function whereOf(tenantId: string, f: WorkerFilter): SQL | undefined {
  return and(
    eq(labourWorkers.tenantId, tenantId),
    f.counties ? inArray(labourWorkers.countyCode, f.counties.length ? f.counties : ['-']) : undefined,
    f.county ? eq(labourWorkers.countyCode, f.county) : undefined,
    f.wish ? eq(labourWorkers.wish, f.wish) : undefined,
    f.status ? eq(labourWorkers.status, f.status) : undefined,
    f.personId ? eq(labourWorkers.personId, f.personId) : undefined,
  );
}

export async function list(db: DbOrTx, tenantId: string, f: WorkerFilter & Paging) {
  const where = whereOf(tenantId, f);
  const rows = await db
    .select(wide)
    .from(labourWorkers)
    .innerJoin(persons, eq(persons.id, labourWorkers.personId))
    .where(where)
    .orderBy(asc(labourWorkers.countyCode), asc(labourWorkers.id))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  const [n] = await db.select({ n: count() }).from(labourWorkers).where(where);
  return { rows: rows as WorkerWide[], total: n?.n ?? 0 };
}

export async function findWide(db: DbOrTx, tenantId: string, id: string): Promise<WorkerWide | undefined> {
  const [r] = await db
    .select(wide)
    .from(labourWorkers)
    .innerJoin(persons, eq(persons.id, labourWorkers.personId))
    .where(and(eq(labourWorkers.tenantId, tenantId), eq(labourWorkers.id, id)));
  return r as WorkerWide | undefined;
}

export async function findByPerson(db: DbOrTx, tenantId: string, personId: string) {
  const [r] = await db
    .select()
    .from(labourWorkers)
    .where(and(eq(labourWorkers.tenantId, tenantId), eq(labourWorkers.personId, personId)));
  return r;
}

/** The workers of a push with what deciding it needs: county, consent, account and phone. */
export async function pushFacts(db: DbOrTx, tenantId: string, ids: string[]) {
  return db
    .select({
      id: labourWorkers.id,
      countyCode: labourWorkers.countyCode,
      hasConsent: labourWorkers.hasConsent,
      accountId: labourWorkers.accountId,
      personId: labourWorkers.personId,
      phoneEnc: persons.phoneEnc,
    })
    .from(labourWorkers)
    .innerJoin(persons, eq(persons.id, labourWorkers.personId))
    .where(and(eq(labourWorkers.tenantId, tenantId), inArray(labourWorkers.id, ids)));
}

export async function setAccounts(tx: DbOrTx, pairs: { id: string; accountId: string }[]) {
  if (!pairs.length) return;
  const values = sql.join(
    pairs.map((p) => sql`(${p.id}::uuid, ${p.accountId}::uuid)`),
    sql`, `,
  );
  await tx.execute(
    sql`update ${labourWorkers} w set account_id = v.a from (values ${values}) as v(id, a) where w.id = v.id`,
  );
}

export async function updateVersioned(
  tx: DbOrTx,
  tenantId: string,
  id: string,
  version: number,
  set: Partial<typeof labourWorkers.$inferInsert>,
) {
  const [r] = await tx
    .update(labourWorkers)
    .set({ ...set, version: version + 1, updatedAt: new Date() })
    .where(and(eq(labourWorkers.tenantId, tenantId), eq(labourWorkers.id, id), eq(labourWorkers.version, version)))
    .returning();
  return r;
}

export async function setStatus(tx: DbOrTx, id: string, status: WorkerRow['status']) {
  await tx
    .update(labourWorkers)
    .set({ status, version: sql`${labourWorkers.version} + 1`, updatedAt: new Date() })
    .where(eq(labourWorkers.id, id));
}

export async function birthDateOf(db: DbOrTx, personId: string) {
  const [r] = await db.select({ b: persons.birthDate }).from(persons).where(eq(persons.id, personId));
  return r?.b ?? null;
}
