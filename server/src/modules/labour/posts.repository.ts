import { and, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { labourApplications, labourEmployers, labourPosts } from '../../db/schema';

export type PostRow = typeof labourPosts.$inferSelect;
export type PostWide = { p: PostRow; employerName: string; hired: number };
type Paging = { page: number; pageSize: number };

/** Hired or confirmed applications: the openings they take. */
export const hiredOf = sql<number>`(select count(*)::int from ${labourApplications} a where a.post_id = ${labourPosts.id} and a.status in ('hired', 'confirmed'))`;

export async function insert(tx: DbOrTx, row: typeof labourPosts.$inferInsert) {
  const [r] = await tx.insert(labourPosts).values(row).returning();
  return r!;
}

export async function findWide(db: DbOrTx, tenantId: string, id: string): Promise<PostWide | undefined> {
  const [r] = await db
    .select({ p: labourPosts, employerName: labourEmployers.name, hired: hiredOf })
    .from(labourPosts)
    .innerJoin(labourEmployers, eq(labourEmployers.id, labourPosts.employerId))
    .where(and(eq(labourPosts.tenantId, tenantId), eq(labourPosts.id, id)));
  return r;
}

/** Locks a post's row so that two hires cannot both take its last opening. */
export async function lockForHire(tx: DbOrTx, id: string) {
  await tx.execute(sql`select 1 from ${labourPosts} where ${labourPosts.id} = ${id} for update`);
}

export async function setStatus(tx: DbOrTx, id: string, status: PostRow['status']) {
  await tx
    .update(labourPosts)
    .set({ status, version: sql`${labourPosts.version} + 1`, updatedAt: new Date() })
    .where(eq(labourPosts.id, id));
}

export type PostFilter = { status?: PostRow['status']; employerId?: string; statuses?: PostRow['status'][] };

export async function list(db: DbOrTx, tenantId: string, f: PostFilter & Paging) {
  const where = and(
    eq(labourPosts.tenantId, tenantId),
    f.status ? eq(labourPosts.status, f.status) : undefined,
    f.statuses ? inArray(labourPosts.status, f.statuses) : undefined,
    f.employerId ? eq(labourPosts.employerId, f.employerId) : undefined,
  );
  const rows = await db
    .select({ p: labourPosts, employerName: labourEmployers.name, hired: hiredOf })
    .from(labourPosts)
    .innerJoin(labourEmployers, eq(labourEmployers.id, labourPosts.employerId))
    .where(where)
    .orderBy(desc(labourPosts.createdAt), desc(labourPosts.id))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  const [n] = await db.select({ n: count() }).from(labourPosts).where(where);
  return { rows, total: n?.n ?? 0 };
}
