import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { recordEvents, records } from '../../db/schema';

/**
 * Batch reads and writes of the records module rows produced (e.g. receipts matched to payments), kept apart from
 * records.repository so each stays one use case.
 */

/** Confirms the submitted records the sources produced, in chunks of one statement each; returns the ids confirmed. */
export async function confirmSubmittedBySources(
  tx: DbOrTx,
  tenantId: string,
  userId: string | null,
  sources: { type: string; id: string }[],
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < sources.length; i += 5000) {
    const chunk = sources.slice(i, i + 5000);
    const res = await tx.execute<{ id: string }>(sql`
      update ${records} r set status = 'confirmed', confirmed_at = now(), confirmed_by = ${userId},
        updated_at = now(), version = r.version + 1
      from unnest(${`{${chunk.map((s) => s.type).join(',')}}`}::text[], ${`{${chunk.map((s) => s.id).join(',')}}`}::uuid[])
        as s(source_type, source_id)
      where r.tenant_id = ${tenantId} and r.source_type = s.source_type and r.source_id = s.source_id
        and r.status = 'submitted'
      returning r.id`);
    ids.push(...res.rows.map((r) => r.id));
  }
  return ids;
}

/** One event row per record, written in chunks. */
export async function insertEvents(tx: DbOrTx, rows: (typeof recordEvents.$inferInsert)[]) {
  for (let i = 0; i < rows.length; i += 2000) await tx.insert(recordEvents).values(rows.slice(i, i + 2000));
}

/** The records some module rows of one source type produced: id, status, amount and type, keyed by source id. */
export async function bySources(db: DbOrTx, tenantId: string, type: string, ids: string[]) {
  if (!ids.length) return new Map<string, { id: string; status: string; amountFen: number; type: string }>();
  const rows = await db
    .select({
      id: records.id,
      sourceId: records.sourceId,
      status: records.status,
      amountFen: records.amountFen,
      type: records.typeCode,
    })
    .from(records)
    .where(and(eq(records.tenantId, tenantId), eq(records.sourceType, type), inArray(records.sourceId, ids)));
  return new Map(
    rows.map((r) => [r.sourceId!, { id: r.id, status: r.status, amountFen: r.amountFen ?? 0, type: r.type }]),
  );
}
