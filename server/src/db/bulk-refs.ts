import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from './client';

/**
 * Foreign keys checked once per batch instead of once per row, for bulk inserts (the ledger import).
 *
 * PostgreSQL checks a foreign key with one query per inserted row and key: an imported record with its event and
 * roster line takes twelve such queries, about half the database's work in an import. But a 1,000-row batch refers to
 * few distinct rows: its tenant, user and import, a few units, regions and pairings, and its people. So a batch
 * takes the same KEY SHARE locks the per-row checks would take, once per distinct referenced row, checks that every
 * one exists, and then inserts with `session_replication_role = replica`, which skips the foreign-key triggers (as
 * pg_restore and logical replication do). Unique keys, NOT NULL and CHECK constraints still apply, and the roll-up
 * triggers are ENABLE ALWAYS, so they fire as before.
 *
 * The batch path is taken only when (a) the database role may set that parameter (a superuser, or PostgreSQL 15+'s
 * `GRANT SET ON PARAMETER session_replication_role`), (b) every foreign key the catalog has on the tables written is
 * one the caller declared and checks, and (c) every other trigger on them fires ALWAYS (the parameter silences the
 * others). A foreign key added later without being declared here, or a trigger someone adds, sends imports back to
 * PostgreSQL's own per-row checks, never past them.
 */

/** One foreign key as `child.column>parent.column`, e.g. `records.east_unit_id>units.id`. */
export type ForeignKey = `${string}.${string}>${string}.${string}`;

/** Referenced rows a batch needs, by parent table: the key column, its PostgreSQL type and the values. */
export type Reference = {
  table: string;
  column: string;
  type: 'uuid' | 'text';
  values: Iterable<string | null | undefined>;
};

export type BulkChecks =
  | { batched: true }
  | { batched: false; reason: 'privilege' | 'undeclared' | 'triggers'; undeclared?: string[]; triggers?: string[] };

/** The single-column foreign keys the catalog has on the given tables. */
export async function foreignKeysOn(db: DbOrTx, tables: string[]): Promise<{ key: ForeignKey; columns: number }[]> {
  const res = await db.execute<{ child: string; col: string; parent: string; pcol: string; columns: number }>(sql`
    select c.conrelid::regclass::text as child, a.attname as col, c.confrelid::regclass::text as parent, p.attname as pcol,
           cardinality(c.conkey) as columns
    from pg_constraint c
    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
    join pg_attribute p on p.attrelid = c.confrelid and p.attnum = c.confkey[1]
    where c.contype = 'f' and c.conrelid = any(${sql.param(tables)}::regclass[])
    order by 1, 2`);
  return res.rows.map((r) => ({ key: `${r.child}.${r.col}>${r.parent}.${r.pcol}` as ForeignKey, columns: r.columns }));
}

/** Whether batches writing `tables` may check their foreign keys per batch: they must all be declared, and the role able to skip the per-row checks. */
export async function bulkChecks(db: DbOrTx, tables: string[], declared: readonly ForeignKey[]): Promise<BulkChecks> {
  const known = new Set(declared);
  const undeclared = (await foreignKeysOn(db, tables))
    .filter((fk) => fk.columns !== 1 || !known.has(fk.key))
    .map((fk) => fk.key);
  if (undeclared.length) return { batched: false, reason: 'undeclared', undeclared };
  const quiet = await db.execute<{ name: string }>(
    sql`select tgrelid::regclass::text || '.' || tgname as name from pg_trigger where tgrelid = any(${sql.param(tables)}::regclass[]) and not tgisinternal and tgenabled not in ('A', 'D') order by 1`,
  );
  if (quiet.rows.length) return { batched: false, reason: 'triggers', triggers: quiet.rows.map((r) => r.name) };
  const res = await db.execute<{ ok: boolean }>(
    sql`select coalesce((select rolsuper from pg_roles where rolname = current_user), false) or has_parameter_privilege('session_replication_role', 'SET') as ok`,
  );
  return res.rows[0]!.ok ? { batched: true } : { batched: false, reason: 'privilege' };
}

const ident = (name: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain identifier: ${name}`);
  return sql.raw(`"${name}"`);
};

/**
 * Locks every referenced row FOR KEY SHARE (so none can be deleted or have its key changed until the batch commits)
 * and throws if any is missing, naming the table and the missing values, as a foreign-key violation would.
 */
export async function lockReferences(db: DbOrTx, refs: Reference[]): Promise<void> {
  const wanted = refs
    .map((r) => ({
      ...r,
      values: [...new Set([...r.values].filter((v): v is string => v !== null && v !== undefined))],
    }))
    .filter((r) => r.values.length);
  if (!wanted.length) return;
  const ctes: SQL[] = wanted.map(
    (r, i) =>
      sql`${sql.raw(`r${i}`)} as (select ${ident(r.column)} as k from ${ident(r.table)} where ${ident(r.column)} = any(${sql.param(r.values)}::${sql.raw(r.type)}[]) for key share)`,
  );
  const found = sql.join(
    wanted.map((_, i) => sql.raw(`array(select k::text from r${i}) as r${i}`)),
    sql`, `,
  );
  const res = await db.execute<Record<string, string[]>>(sql`with ${sql.join(ctes, sql`, `)} select ${found}`);
  const row = res.rows[0]!;
  for (const [i, r] of wanted.entries()) {
    const present = new Set(row[`r${i}`]);
    const missing = r.values.filter((v) => !present.has(v));
    if (missing.length) throw new ReferenceMissing(r.table, r.column, missing);
  }
}

/** A referenced row that is not there (deleted meanwhile, or never existed): the batch is refused. */
export class ReferenceMissing extends Error {
  constructor(
    readonly table: string,
    readonly column: string,
    readonly missing: string[],
  ) {
    super(`${missing.length} referenced row(s) missing in ${table}.${column}: ${missing.slice(0, 3).join(', ')}`);
    this.name = 'ReferenceMissing';
  }
}

/**
 * Runs `fn` (the bulk inserts) with the per-row foreign-key triggers skipped, after locking and checking `refs`; the
 * parameter goes back to its usual value afterwards, so the rest of the transaction is checked as always. Without the
 * batch path, just runs `fn` under PostgreSQL's own checks. Must run inside a transaction.
 */
export async function withBatchedReferences<T>(
  tx: DbOrTx,
  mode: BulkChecks,
  refs: () => Reference[],
  fn: () => Promise<T>,
): Promise<T> {
  if (!mode.batched) return fn();
  await lockReferences(tx, refs());
  await tx.execute(sql`set local session_replication_role = replica`);
  const result = await fn();
  await tx.execute(sql`set local session_replication_role = origin`);
  return result;
}
