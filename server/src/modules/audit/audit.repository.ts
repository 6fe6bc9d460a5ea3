import { and, desc, eq, gte, ilike, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { auditLog, units, users } from '../../db/schema';

const CHAIN_LOCK = 7_314_159_266;

export type AuditRow = typeof auditLog.$inferSelect;
export type AuditFilter = {
  tenantId: string | null;
  from?: Date;
  to?: Date;
  action?: string;
  outcome?: AuditRow['outcome'];
  q?: string;
};

/** Serialises appends so the chain has one order; released when the surrounding transaction ends. */
export async function lockChain(tx: DbOrTx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${CHAIN_LOCK})`);
}

export async function findLastLink(tx: DbOrTx): Promise<{ id: number; hash: string } | undefined> {
  const rows = await tx
    .select({ id: auditLog.id, hash: auditLog.hash })
    .from(auditLog)
    .orderBy(desc(auditLog.id))
    .limit(1);
  return rows[0];
}

export async function nextId(tx: DbOrTx): Promise<number> {
  const res = await tx.execute<{ id: string }>(sql`select nextval(pg_get_serial_sequence('audit_log', 'id')) as id`);
  return Number(res.rows[0]!.id);
}

export async function insertRow(tx: DbOrTx, row: typeof auditLog.$inferInsert): Promise<void> {
  await tx.insert(auditLog).values(row);
}

function filterWhere(f: AuditFilter): SQL | undefined {
  const parts: (SQL | undefined)[] = [
    // events before sign-in (unknown usernames) have no tenant; every tenant's auditors see them
    f.tenantId ? or(eq(auditLog.tenantId, f.tenantId), isNull(auditLog.tenantId)) : undefined,
    f.from ? gte(auditLog.at, f.from) : undefined,
    f.to ? lte(auditLog.at, f.to) : undefined,
    f.action ? eq(auditLog.action, f.action) : undefined,
    f.outcome ? eq(auditLog.outcome, f.outcome) : undefined,
    f.q
      ? or(
          ilike(auditLog.username, `%${f.q}%`),
          ilike(auditLog.objectId, `%${f.q}%`),
          ilike(auditLog.ip, `%${f.q}%`),
          eq(auditLog.requestId, f.q),
        )
      : undefined,
  ];
  return and(...parts.filter((p): p is SQL => p !== undefined));
}

export async function listPage(db: DbOrTx, f: AuditFilter, page: number, pageSize: number, order: 'asc' | 'desc') {
  const where = filterWhere(f);
  const [rows, total] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(order === 'asc' ? auditLog.id : desc(auditLog.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(auditLog)
      .where(where),
  ]);
  return { rows, total: total[0]?.n ?? 0 };
}

export async function listActions(db: DbOrTx, tenantId: string | null): Promise<string[]> {
  const rows = await db
    .selectDistinct({ action: auditLog.action })
    .from(auditLog)
    .where(tenantId ? or(eq(auditLog.tenantId, tenantId), isNull(auditLog.tenantId)) : undefined)
    .orderBy(auditLog.action);
  return rows.map((r) => r.action);
}

/** Reads the whole chain in id order, a batch at a time. */
export async function* readChain(db: DbOrTx, batch = 5000): AsyncGenerator<AuditRow> {
  let after = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(sql`${auditLog.id} > ${after}`)
      .orderBy(auditLog.id)
      .limit(batch);
    if (rows.length === 0) return;
    for (const r of rows) yield r;
    after = rows[rows.length - 1]!.id;
  }
}

/** The newest `n` rows of the chain, oldest first. */
export async function readTail(db: DbOrTx, n: number): Promise<AuditRow[]> {
  const rows = await db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(n);
  return rows.reverse();
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Names of the users and units a page of rows acts on, by id (the log stores only ids). */
export async function objectNames(db: DbOrTx, rows: readonly AuditRow[]): Promise<Map<string, string>> {
  const idsOf = (type: string) => [
    ...new Set(rows.filter((r) => r.objectType === type && UUID.test(r.objectId ?? '')).map((r) => r.objectId!)),
  ];
  const userIds = idsOf('user');
  const unitIds = idsOf('unit');
  const [u, n] = await Promise.all([
    userIds.length
      ? db
          .select({ id: users.id, name: users.displayName, username: users.username })
          .from(users)
          .where(inArray(users.id, userIds))
      : [],
    unitIds.length ? db.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, unitIds)) : [],
  ]);
  return new Map([
    ...u.map((r) => [r.id, `${r.name}（${r.username}）`] as const),
    ...n.map((r) => [r.id, r.name] as const),
  ]);
}
