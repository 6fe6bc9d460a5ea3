import { and, eq, isNull, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { labourApplications, labourFollowups, labourPosts, labourWorkers } from '../../db/schema';

export type FollowupRow = typeof labourFollowups.$inferSelect;

export async function insertFollowups(tx: DbOrTx, rows: (typeof labourFollowups.$inferInsert)[]) {
  if (rows.length) await tx.insert(labourFollowups).values(rows).onConflictDoNothing();
}

/** Follow-ups due by a date and not sent, of hires still confirmed, with what the message needs. */
export async function dueUnsent(db: DbOrTx, tenantId: string, asOf: string) {
  return db
    .select({
      f: labourFollowups,
      title: labourPosts.title,
      employerId: labourPosts.employerId,
      workerAccountId: labourWorkers.accountId,
      personId: labourWorkers.personId,
    })
    .from(labourFollowups)
    .innerJoin(labourApplications, eq(labourApplications.id, labourFollowups.applicationId))
    .innerJoin(labourPosts, eq(labourPosts.id, labourApplications.postId))
    .innerJoin(labourWorkers, eq(labourWorkers.id, labourApplications.workerId))
    .where(
      and(
        eq(labourFollowups.tenantId, tenantId),
        isNull(labourFollowups.sentAt),
        lte(labourFollowups.dueOn, asOf),
        eq(labourApplications.status, 'confirmed'),
      ),
    )
    .limit(5000);
}

export async function markSent(tx: DbOrTx, id: string) {
  await tx.update(labourFollowups).set({ sentAt: new Date() }).where(eq(labourFollowups.id, id));
}

/** Sent follow-ups nobody answered within `days` of their due date are recorded as silence. */
export async function markSilent(db: DbOrTx, tenantId: string, asOf: string, days: number) {
  const res = await db
    .update(labourFollowups)
    .set({ answer: 'silent' })
    .where(
      and(
        eq(labourFollowups.tenantId, tenantId),
        isNull(labourFollowups.answer),
        sql`${labourFollowups.sentAt} is not null`,
        sql`${labourFollowups.dueOn} + ${days}::int <= ${asOf}::date`,
      ),
    )
    .returning({ id: labourFollowups.id });
  return res.length;
}

export async function findById(db: DbOrTx, tenantId: string, id: string) {
  const [r] = await db
    .select()
    .from(labourFollowups)
    .where(and(eq(labourFollowups.tenantId, tenantId), eq(labourFollowups.id, id)));
  return r;
}

export async function answer(tx: DbOrTx, id: string, answer: 'employed' | 'left') {
  await tx.update(labourFollowups).set({ answer, answeredAt: new Date() }).where(eq(labourFollowups.id, id));
}

/** A leaver's later follow-ups are not sent: they are closed with the answer given. */
export async function closeLater(tx: DbOrTx, applicationId: string, month: number) {
  await tx
    .update(labourFollowups)
    .set({ answer: 'left', answeredAt: new Date() })
    .where(
      and(
        eq(labourFollowups.applicationId, applicationId),
        sql`${labourFollowups.month} > ${month}`,
        isNull(labourFollowups.sentAt),
      ),
    );
}

export async function listByApplication(db: DbOrTx, applicationId: string) {
  return db
    .select()
    .from(labourFollowups)
    .where(eq(labourFollowups.applicationId, applicationId))
    .orderBy(labourFollowups.month);
}
