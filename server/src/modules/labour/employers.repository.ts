import { and, asc, count, eq, ilike, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { labourEmployers, labourPosts } from '../../db/schema';

export type EmployerRow = typeof labourEmployers.$inferSelect;
type Paging = { page: number; pageSize: number };

export async function insert(tx: DbOrTx, row: typeof labourEmployers.$inferInsert) {
  const [r] = await tx.insert(labourEmployers).values(row).onConflictDoNothing().returning();
  return r;
}

export async function findById(db: DbOrTx, tenantId: string, id: string) {
  const [r] = await db
    .select()
    .from(labourEmployers)
    .where(and(eq(labourEmployers.tenantId, tenantId), eq(labourEmployers.id, id)));
  return r;
}

const postCount = sql<number>`(select count(*)::int from ${labourPosts} where ${labourPosts.employerId} = ${labourEmployers.id})`;

export async function list(db: DbOrTx, tenantId: string, f: { q?: string; id?: string } & Paging) {
  const where = and(
    eq(labourEmployers.tenantId, tenantId),
    f.q ? ilike(labourEmployers.name, `%${f.q}%`) : undefined,
    f.id ? eq(labourEmployers.id, f.id) : undefined,
  );
  const rows = await db
    .select({ e: labourEmployers, posts: postCount })
    .from(labourEmployers)
    .where(where)
    .orderBy(asc(labourEmployers.name))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  const [n] = await db.select({ n: count() }).from(labourEmployers).where(where);
  return { rows, total: n?.n ?? 0 };
}
