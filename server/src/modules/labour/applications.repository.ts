import { and, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import {
  labourApplicationEvents,
  labourApplications,
  labourEmployers,
  labourPosts,
  labourWorkers,
  persons,
  records,
  units,
} from '../../db/schema';

export type ApplicationRow = typeof labourApplications.$inferSelect;
type Paging = { page: number; pageSize: number };

const wide = {
  a: labourApplications,
  postTitle: labourPosts.title,
  postStatus: labourPosts.status,
  employerId: labourPosts.employerId,
  employerName: labourEmployers.name,
  workerName: persons.name,
  phoneMasked: persons.phoneMasked,
  countyCode: labourWorkers.countyCode,
  personId: labourWorkers.personId,
  recordId: sql<
    string | null
  >`(select r.id from ${records} r where r.source_type = 'labour_application' and r.source_id = ${labourApplications.id} limit 1)`,
};
export type ApplicationWide = {
  a: ApplicationRow;
  postTitle: string;
  postStatus: string;
  employerId: string;
  employerName: string;
  workerName: string;
  phoneMasked: string | null;
  countyCode: string;
  personId: string;
  recordId: string | null;
};

const joined = (db: DbOrTx) =>
  db
    .select(wide)
    .from(labourApplications)
    .innerJoin(labourPosts, eq(labourPosts.id, labourApplications.postId))
    .innerJoin(labourEmployers, eq(labourEmployers.id, labourPosts.employerId))
    .innerJoin(labourWorkers, eq(labourWorkers.id, labourApplications.workerId))
    .innerJoin(persons, eq(persons.id, labourWorkers.personId));

export async function findWide(db: DbOrTx, tenantId: string, id: string): Promise<ApplicationWide | undefined> {
  const [r] = await joined(db).where(and(eq(labourApplications.tenantId, tenantId), eq(labourApplications.id, id)));
  return r;
}

export type ApplicationFilter = {
  status?: ApplicationRow['status'];
  postId?: string;
  employerId?: string;
  personId?: string;
  counties?: string[] | null;
};

export async function list(db: DbOrTx, tenantId: string, f: ApplicationFilter & Paging) {
  const where: SQL | undefined = and(
    eq(labourApplications.tenantId, tenantId),
    f.status ? eq(labourApplications.status, f.status) : undefined,
    f.postId ? eq(labourApplications.postId, f.postId) : undefined,
    f.employerId ? eq(labourPosts.employerId, f.employerId) : undefined,
    f.personId ? eq(labourWorkers.personId, f.personId) : undefined,
    f.counties ? inArray(labourWorkers.countyCode, f.counties.length ? f.counties : ['-']) : undefined,
  );
  const rows = await joined(db)
    .where(where)
    .orderBy(desc(labourApplications.updatedAt), desc(labourApplications.id))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  const [n] = await db
    .select({ n: count() })
    .from(labourApplications)
    .innerJoin(labourPosts, eq(labourPosts.id, labourApplications.postId))
    .innerJoin(labourWorkers, eq(labourWorkers.id, labourApplications.workerId))
    .where(where);
  return { rows, total: n?.n ?? 0 };
}

export async function insert(tx: DbOrTx, row: typeof labourApplications.$inferInsert) {
  const [r] = await tx.insert(labourApplications).values(row).onConflictDoNothing().returning();
  return r;
}

export async function updateVersioned(
  tx: DbOrTx,
  tenantId: string,
  id: string,
  version: number,
  set: Partial<typeof labourApplications.$inferInsert>,
) {
  const [r] = await tx
    .update(labourApplications)
    .set({ ...set, version: version + 1, updatedAt: new Date() })
    .where(
      and(
        eq(labourApplications.tenantId, tenantId),
        eq(labourApplications.id, id),
        eq(labourApplications.version, version),
      ),
    )
    .returning();
  return r;
}

export async function insertEvent(tx: DbOrTx, row: typeof labourApplicationEvents.$inferInsert) {
  await tx.insert(labourApplicationEvents).values(row);
}

export async function unitIdByCode(db: DbOrTx, tenantId: string, code: string) {
  const [r] = await db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.tenantId, tenantId), eq(units.code, code)));
  return r?.id;
}

/** The person's ID number (encrypted) and name, for the produced record's roster. */
export async function personOfWorker(db: DbOrTx, workerId: string) {
  const [r] = await db
    .select({ idEnc: persons.idEnc, name: persons.name, isPoor: persons.isPoor })
    .from(labourWorkers)
    .innerJoin(persons, eq(persons.id, labourWorkers.personId))
    .where(eq(labourWorkers.id, workerId));
  return r!;
}
