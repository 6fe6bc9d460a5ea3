import { desc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { jobRuns, tenants } from '../../db/schema';

export async function startRun(db: DbOrTx, name: string): Promise<string> {
  return (await db.insert(jobRuns).values({ name }).returning({ id: jobRuns.id }))[0]!.id;
}

export async function finishRun(db: DbOrTx, id: string, outcome: 'ok' | 'failed', detail: string) {
  await db
    .update(jobRuns)
    .set({ outcome, detail: detail.slice(0, 500), finishedAt: new Date() })
    .where(eq(jobRuns.id, id));
}

/** The last run of each job and how many runs each has. */
export async function lastRuns(db: DbOrTx) {
  const rows = await db
    .selectDistinctOn([jobRuns.name], {
      name: jobRuns.name,
      startedAt: jobRuns.startedAt,
      outcome: jobRuns.outcome,
      detail: jobRuns.detail,
      runs: sql<number>`(count(*) over (partition by ${jobRuns.name}))::int`,
    })
    .from(jobRuns)
    .orderBy(jobRuns.name, desc(jobRuns.startedAt));
  return new Map(rows.map((r) => [r.name, r]));
}

export async function tenantIds(db: DbOrTx): Promise<string[]> {
  return (await db.select({ id: tenants.id }).from(tenants)).map((r) => r.id);
}
