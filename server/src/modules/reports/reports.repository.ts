import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { reports, reportTemplates } from '../../db/schema';

export type ReportRow = typeof reports.$inferSelect;
export type TemplateRow = typeof reportTemplates.$inferSelect;

// ---- reports ----

export async function insertReport(db: DbOrTx, row: typeof reports.$inferInsert): Promise<ReportRow> {
  return (await db.insert(reports).values(row).returning())[0]!;
}

export async function findReport(db: DbOrTx, tenantId: string, id: string): Promise<ReportRow | undefined> {
  return (
    await db
      .select()
      .from(reports)
      .where(and(eq(reports.tenantId, tenantId), eq(reports.id, id)))
  )[0];
}

export async function updateReport(db: DbOrTx, id: string, patch: Partial<typeof reports.$inferInsert>): Promise<void> {
  await db.update(reports).set(patch).where(eq(reports.id, id));
}

/** The tenant's latest reports, newest first (the caller filters by what it may see). */
export async function listRecentReports(db: DbOrTx, tenantId: string, limit: number): Promise<ReportRow[]> {
  return db.select().from(reports).where(eq(reports.tenantId, tenantId)).orderBy(desc(reports.createdAt)).limit(limit);
}

// ---- templates ----

export async function findTemplate(db: DbOrTx, tenantId: string, kind: string): Promise<TemplateRow | undefined> {
  return (
    await db
      .select()
      .from(reportTemplates)
      .where(and(eq(reportTemplates.tenantId, tenantId), eq(reportTemplates.kind, kind)))
  )[0];
}

export async function insertTemplate(
  db: DbOrTx,
  row: typeof reportTemplates.$inferInsert,
): Promise<TemplateRow | undefined> {
  return (await db.insert(reportTemplates).values(row).onConflictDoNothing().returning())[0];
}

/** Replaces a template's body if its version is still `version`; undefined on a concurrent change. */
export async function updateTemplate(
  db: DbOrTx,
  id: string,
  version: number,
  body: Record<string, unknown>,
  userId: string,
): Promise<TemplateRow | undefined> {
  return (
    await db
      .update(reportTemplates)
      .set({ body, version: sql`${reportTemplates.version} + 1`, updatedBy: userId, updatedAt: new Date() })
      .where(and(eq(reportTemplates.id, id), eq(reportTemplates.version, version)))
      .returning()
  )[0];
}

// ---- notable records: the names a summary cites beside its figures ----

export type NotableScope = {
  tenantId: string;
  year: number;
  asOf: string;
  county?: string;
  /** A member unit's own records (its report). */
  unit?: string;
  types: string[];
};

function where(s: NotableScope, types: string[]): SQL {
  const conds = [
    sql`r.tenant_id = ${s.tenantId}`,
    sql`r.year = ${s.year}`,
    sql`r.occurred_on <= ${s.asOf}::date`,
    sql`r.status = 'confirmed'`,
    sql`r.type_code in ${types}`,
  ];
  if (s.county) conds.push(sql`r.county_code = ${s.county}`);
  if (s.unit) conds.push(sql`r.east_unit_id = ${s.unit}`);
  return sql.join(conds, sql` and `);
}

export type LargestRow = {
  type_code: string;
  kind: string;
  attrs: Record<string, unknown>;
  county_name: string | null;
  school_name: string | null;
};

/** The largest confirmed record of each type (and facility kind): by amount, then area, quantity, persons. */
export async function largestRecords(db: DbOrTx, s: NotableScope): Promise<LargestRow[]> {
  const types = s.types.filter((t) =>
    ['industry_base', 'facility', 'consumption_purchase', 'student_programme'].includes(t),
  );
  if (!types.length) return [];
  const res = await db.execute<LargestRow>(sql`
    select distinct on (r.type_code, coalesce(r.attrs->>'facilityKind', ''))
      r.type_code, coalesce(r.attrs->>'facilityKind', '') as kind, r.attrs, g.name as county_name, su.name as school_name
    from records r
    left join regions g on g.code = r.county_code
    left join units su on su.tenant_id = r.tenant_id and su.id::text = r.attrs->>'school'
    where ${where(s, types)}
    order by r.type_code, coalesce(r.attrs->>'facilityKind', ''), coalesce(r.amount_fen, 0) desc, coalesce(r.area_mu, 0) desc,
      coalesce(r.quantity, 0) desc, coalesce(r.persons, 0) desc, r.occurred_on, r.id`);
  return res.rows;
}

/** Titles of the biggest promotion events (by enterprises attending). */
export async function promotionTitles(db: DbOrTx, s: NotableScope, limit: number): Promise<string[]> {
  if (!s.types.includes('promotion_event')) return [];
  const res = await db.execute<{ title: string }>(
    sql`select r.attrs->>'title' as title from records r where ${where(s, ['promotion_event'])} order by coalesce(r.enterprises, 0) desc, r.occurred_on limit ${limit}`,
  );
  return res.rows.map((r) => r.title).filter(Boolean);
}

export type Publicity = { newspaper: { title: string; outlet: string | null } | null; units: string[] };

/** The first article of the year placed in a newspaper (and the paper's name), and the units that published most. */
export async function publicity(db: DbOrTx, s: NotableScope): Promise<Publicity> {
  if (!s.types.includes('article')) return { newspaper: null, units: [] };
  const paper = await db.execute<{ title: string; outlet: string | null }>(
    sql`select r.attrs->>'title' as title, r.attrs->>'outlet' as outlet from records r where ${where(s, ['article'])} and r.attrs->>'medium' = 'newspaper' order by r.occurred_on, r.id limit 1`,
  );
  const units = await db.execute<{ name: string }>(
    sql`select u.name from records r join units u on u.id = r.east_unit_id where ${where(s, ['article'])} group by u.name order by count(*) desc, u.name limit 3`,
  );
  return { newspaper: paper.rows[0] ?? null, units: units.rows.map((r) => r.name) };
}

/** Donors by their total given in the year, largest first. */
export async function topDonors(db: DbOrTx, s: NotableScope, limit: number): Promise<string[]> {
  if (!s.types.includes('donation')) return [];
  const res = await db.execute<{ donor: string }>(
    sql`select r.attrs->>'donor' as donor from records r where ${where(s, ['donation'])} group by r.attrs->>'donor' order by sum(coalesce(r.amount_fen, 0)) desc, 1 limit ${limit}`,
  );
  return res.rows.map((r) => r.donor).filter(Boolean);
}

/** Cadres sent who hold a county leadership post (县委常委、副县长). */
export async function countyLeadersSent(db: DbOrTx, s: NotableScope): Promise<number> {
  if (!s.types.includes('secondment')) return 0;
  const res = await db.execute<{ n: string }>(
    sql`select coalesce(sum(coalesce(r.persons, 1)), 0) as n from records r where ${where(s, ['secondment'])} and r.attrs->>'personKind' = 'cadre' and r.attrs->>'direction' = 'east_to_west' and r.attrs->>'isCountyLeader' = 'true'`,
  );
  return Number(res.rows[0]?.n ?? 0);
}

export type LedgerStatusCounts = { submitted: number; disputed: number };

/** Records of the year still waiting for the other side's confirmation, and those disputed, on the report's date. */
export async function openRecordCounts(
  db: DbOrTx,
  s: Omit<NotableScope, 'types'> & { types?: string[] },
): Promise<LedgerStatusCounts> {
  const conds = [sql`r.tenant_id = ${s.tenantId}`, sql`r.year = ${s.year}`, sql`r.occurred_on <= ${s.asOf}::date`];
  if (s.county) conds.push(sql`r.county_code = ${s.county}`);
  if (s.unit) conds.push(sql`r.east_unit_id = ${s.unit}`);
  if (s.types) conds.push(s.types.length ? sql`r.type_code in ${s.types}` : sql`false`);
  const res = await db.execute<{ submitted: string; disputed: string }>(sql`
    select count(*) filter (where r.status = 'submitted') as submitted, count(*) filter (where r.status = 'disputed') as disputed
    from records r where ${sql.join(conds, sql` and `)}`);
  return { submitted: Number(res.rows[0]?.submitted ?? 0), disputed: Number(res.rows[0]?.disputed ?? 0) };
}

export type EvidenceRow = { task: string; subject: string; county_name: string | null };

/** Confirmed evidence of qualitative tasks (task_evidence records), by task, in county order. */
export async function taskEvidence(db: DbOrTx, s: NotableScope, tasks: string[]): Promise<EvidenceRow[]> {
  if (!tasks.length) return [];
  const res = await db.execute<EvidenceRow>(sql`
    select r.attrs->>'task' as task, r.attrs->>'subject' as subject, g.name as county_name
    from records r left join regions g on g.code = r.county_code
    where ${where(s, ['task_evidence'])} and r.attrs->>'task' in ${tasks}
    order by r.attrs->>'task', r.county_code, r.occurred_on, r.id`);
  return res.rows;
}
