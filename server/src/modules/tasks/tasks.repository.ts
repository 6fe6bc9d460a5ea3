import { and, asc, eq, ilike, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import type { DocumentKind, DocumentStatus } from '@xiezuo/domain';
import type { DbOrTx } from '../../db/client';
import { documents, orgGroupMembers, orgGroups, tasks, taskUnits, units } from '../../db/schema';

export type TaskRow = typeof tasks.$inferSelect;
export type TaskWide = TaskRow & {
  doc: {
    id: string;
    kind: DocumentKind;
    title: string;
    issuedOn: string | null;
    status: DocumentStatus;
    submittedOn: string | null;
    unitId: string | null;
    groupCode: string | null;
  };
  leadUnitName: string;
  coUnits: { id: string; name: string }[];
};

export type TaskFilter = {
  year: number;
  group?: string;
  unit?: string;
  document?: string;
  kind?: DocumentKind;
  q?: string;
  id?: string;
};

const involves = (unitId: string) =>
  or(
    eq(tasks.leadUnitId, unitId),
    sql`exists (select 1 from ${taskUnits} tu where tu.task_id = ${tasks.id} and tu.unit_id = ${unitId}::uuid)`,
  );

function where(tenantId: string, f: TaskFilter): SQL {
  return and(
    eq(tasks.tenantId, tenantId),
    eq(tasks.year, f.year),
    f.id ? eq(tasks.id, f.id) : undefined,
    f.group ? eq(tasks.groupCode, f.group) : undefined,
    f.unit ? involves(f.unit) : undefined,
    f.document ? eq(tasks.documentId, f.document) : undefined,
    f.kind ? eq(documents.kind, f.kind) : undefined,
    f.q ? or(ilike(tasks.text, `%${f.q}%`), ilike(tasks.clauseNo, `%${f.q}%`)) : undefined,
  )!;
}

/** Tasks of a year matching a filter, in document and clause order, with their document, lead unit and co-units. */
export async function listWide(db: DbOrTx, tenantId: string, f: TaskFilter): Promise<TaskWide[]> {
  const rows = await db
    .select({
      task: tasks,
      leadUnitName: units.name,
      doc: {
        id: documents.id,
        kind: documents.kind,
        title: documents.title,
        issuedOn: documents.issuedOn,
        status: documents.status,
        submittedOn: documents.submittedOn,
        unitId: documents.unitId,
        groupCode: documents.groupCode,
      },
    })
    .from(tasks)
    .innerJoin(documents, eq(documents.id, tasks.documentId))
    .innerJoin(units, eq(units.id, tasks.leadUnitId))
    .where(where(tenantId, f))
    .orderBy(
      asc(documents.kind),
      asc(documents.issuedOn),
      asc(documents.createdAt),
      asc(tasks.sort),
      asc(tasks.clauseNo),
    );
  if (!rows.length) return [];
  const co = await db
    .select({ taskId: taskUnits.taskId, id: units.id, name: units.name })
    .from(taskUnits)
    .innerJoin(units, eq(units.id, taskUnits.unitId))
    .where(
      inArray(
        taskUnits.taskId,
        rows.map((r) => r.task.id),
      ),
    )
    .orderBy(asc(taskUnits.sort));
  const byTask = new Map<string, { id: string; name: string }[]>();
  for (const c of co) byTask.set(c.taskId, [...(byTask.get(c.taskId) ?? []), { id: c.id, name: c.name }]);
  return rows.map((r) => ({
    ...r.task,
    doc: r.doc,
    leadUnitName: r.leadUnitName,
    coUnits: byTask.get(r.task.id) ?? [],
  }));
}

export async function findWide(db: DbOrTx, tenantId: string, id: string): Promise<TaskWide | undefined> {
  const row = (
    await db
      .select({ year: tasks.year })
      .from(tasks)
      .where(and(eq(tasks.tenantId, tenantId), eq(tasks.id, id)))
  )[0];
  if (!row) return undefined;
  return (await listWide(db, tenantId, { year: row.year, id }))[0];
}

export async function insert(db: DbOrTx, row: typeof tasks.$inferInsert, coUnitIds: string[]): Promise<TaskRow> {
  const t = (await db.insert(tasks).values(row).returning())[0]!;
  await replaceCoUnits(db, row.tenantId, t.id, coUnitIds);
  return t;
}

export async function updateVersioned(
  db: DbOrTx,
  tenantId: string,
  id: string,
  version: number,
  patch: Partial<typeof tasks.$inferInsert>,
): Promise<TaskRow | undefined> {
  return (
    await db
      .update(tasks)
      .set({ ...patch, version: version + 1, updatedAt: new Date() })
      .where(and(eq(tasks.tenantId, tenantId), eq(tasks.id, id), eq(tasks.version, version)))
      .returning()
  )[0];
}

export async function replaceCoUnits(db: DbOrTx, tenantId: string, taskId: string, unitIds: string[]) {
  await db.delete(taskUnits).where(eq(taskUnits.taskId, taskId));
  if (unitIds.length)
    await db.insert(taskUnits).values(unitIds.map((unitId, sort) => ({ taskId, unitId, tenantId, sort })));
}

/** The next free sort position in a document. */
export async function nextSort(db: DbOrTx, documentId: string): Promise<number> {
  const r = await db
    .select({ n: sql<number>`coalesce(max(${tasks.sort}), -1)::int + 1` })
    .from(tasks)
    .where(eq(tasks.documentId, documentId));
  return r[0]?.n ?? 0;
}

/** Tasks of a document by clause number (an import updates these). */
export async function byClause(
  db: DbOrTx,
  documentId: string,
): Promise<Map<string, TaskRow & { coUnitIds: string[] }>> {
  const rows = await db.select().from(tasks).where(eq(tasks.documentId, documentId));
  const co = rows.length
    ? await db
        .select({ taskId: taskUnits.taskId, unitId: taskUnits.unitId })
        .from(taskUnits)
        .where(
          inArray(
            taskUnits.taskId,
            rows.map((r) => r.id),
          ),
        )
        .orderBy(asc(taskUnits.sort))
    : [];
  return new Map(
    rows.map((r) => [r.clauseNo, { ...r, coUnitIds: co.filter((c) => c.taskId === r.id).map((c) => c.unitId) }]),
  );
}

/** The tenant's eastern units (a task's lead and co-units are eastern units of any type). */
export async function eastUnits(db: DbOrTx, tenantId: string) {
  return db
    .select({ id: units.id, code: units.code, name: units.name, isMember: units.isMember })
    .from(units)
    .where(and(eq(units.tenantId, tenantId), eq(units.side, 'east')))
    .orderBy(asc(units.sort), asc(units.code));
}

/** The working groups of a year (else of the latest year): code, name and lead unit. */
export async function groupsOf(db: DbOrTx, tenantId: string, year: number) {
  const rows = await db
    .select({ code: orgGroups.code, name: orgGroups.name, leadUnitId: orgGroups.leadUnitId, year: orgGroups.year })
    .from(orgGroups)
    .where(and(eq(orgGroups.tenantId, tenantId), eq(orgGroups.kind, 'working'), lte(orgGroups.year, year)))
    .orderBy(sql`${orgGroups.year} desc`, asc(orgGroups.sort));
  const latest = rows[0]?.year;
  const found = rows.filter((r) => r.year === latest);
  if (found.length) return found;
  return db
    .select({ code: orgGroups.code, name: orgGroups.name, leadUnitId: orgGroups.leadUnitId, year: orgGroups.year })
    .from(orgGroups)
    .where(and(eq(orgGroups.tenantId, tenantId), eq(orgGroups.kind, 'working')))
    .orderBy(asc(orgGroups.year), asc(orgGroups.sort));
}

/** Units of some working groups in a year (leads and members). */
export async function groupMemberIds(db: DbOrTx, tenantId: string, year: number, codes: string[]): Promise<string[]> {
  if (!codes.length) return [];
  const rows = await db
    .select({ id: orgGroupMembers.unitId })
    .from(orgGroupMembers)
    .innerJoin(orgGroups, eq(orgGroups.id, orgGroupMembers.groupId))
    .where(
      and(
        eq(orgGroups.tenantId, tenantId),
        eq(orgGroups.year, year),
        eq(orgGroups.kind, 'working'),
        inArray(orgGroups.code, codes),
      ),
    );
  return [...new Set(rows.map((r) => r.id))];
}

/** How many tasks of documents of some kinds in a year each unit leads or co-leads. */
export async function taskCountsByUnit(
  db: DbOrTx,
  tenantId: string,
  year: number,
  kinds: DocumentKind[],
): Promise<Map<string, number>> {
  const rows = await db.execute<{ unit_id: string; n: number }>(sql`
    select u.unit_id, count(distinct u.task_id)::int as n
    from (
      select t.id as task_id, t.lead_unit_id as unit_id, t.document_id from ${tasks} t
        where t.tenant_id = ${tenantId} and t.year = ${year}
      union all
      select t.id, tu.unit_id, t.document_id from ${tasks} t join ${taskUnits} tu on tu.task_id = t.id
        where t.tenant_id = ${tenantId} and t.year = ${year}
    ) u
    join ${documents} d on d.id = u.document_id
    where d.kind in (${sql.join(
      kinds.map((k) => sql`${k}`),
      sql`, `,
    )})
    group by u.unit_id`);
  return new Map(rows.rows.map((r) => [r.unit_id, r.n]));
}
