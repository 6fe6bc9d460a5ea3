import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DocumentKind, DocumentStatus } from '@xiezuo/domain';
import type { DbOrTx } from '../../db/client';
import { documentEvents, documents, files, orgGroups, tasks, units } from '../../db/schema';

export type DocumentRow = typeof documents.$inferSelect;
export type DocumentWide = DocumentRow & {
  unitName: string | null;
  groupName: string | null;
  fileSize: number | null;
  fileMime: string | null;
  taskCount: number;
};

const wideColumns = {
  doc: documents,
  unitName: units.name,
  fileSize: files.size,
  fileMime: files.mime,
  taskCount: sql<number>`(select count(*)::int from ${tasks} t where t.document_id = ${documents.id})`,
  // the group's name in the document's year, else in its latest year
  groupName: sql<
    string | null
  >`(select g.name from ${orgGroups} g where g.tenant_id = ${documents.tenantId} and g.code = ${documents.groupCode} order by (g.year = ${documents.year}) desc, g.year desc limit 1)`,
};

const widen = (r: {
  doc: DocumentRow;
  unitName: string | null;
  fileSize: number | null;
  fileMime: string | null;
  taskCount: number;
  groupName: string | null;
}): DocumentWide => ({
  ...r.doc,
  unitName: r.unitName,
  groupName: r.groupName,
  fileSize: r.fileSize,
  fileMime: r.fileMime,
  taskCount: r.taskCount,
});

const wideQuery = (db: DbOrTx) =>
  db
    .select(wideColumns)
    .from(documents)
    .leftJoin(units, eq(units.id, documents.unitId))
    .leftJoin(files, eq(files.hash, documents.fileHash));

export async function findWide(db: DbOrTx, tenantId: string, id: string): Promise<DocumentWide | undefined> {
  const rows = await wideQuery(db).where(and(eq(documents.tenantId, tenantId), eq(documents.id, id)));
  return rows[0] ? widen(rows[0]) : undefined;
}

export type DocumentFilter = { year?: number; kind?: DocumentKind; group?: string; unit?: string };

export async function listWide(db: DbOrTx, tenantId: string, f: DocumentFilter): Promise<DocumentWide[]> {
  const rows = await wideQuery(db)
    .where(
      and(
        eq(documents.tenantId, tenantId),
        f.year ? eq(documents.year, f.year) : undefined,
        f.kind ? eq(documents.kind, f.kind) : undefined,
        f.group ? eq(documents.groupCode, f.group) : undefined,
        f.unit ? eq(documents.unitId, f.unit) : undefined,
      ),
    )
    .orderBy(
      desc(documents.year),
      // the leadership group's documents first, then the groups' plans, then the units'
      sql`case ${documents.kind} when 'task_division' then 0 when 'implementation_plan' then 1 when 'other' then 2 when 'group_plan' then 3 else 4 end`,
      asc(documents.issuedOn),
      asc(documents.createdAt),
    );
  return rows.map(widen);
}

export async function insert(db: DbOrTx, row: typeof documents.$inferInsert): Promise<DocumentRow> {
  return (await db.insert(documents).values(row).returning())[0]!;
}

/** Updates a document if its version still matches; undefined when someone changed it first. */
export async function updateVersioned(
  db: DbOrTx,
  tenantId: string,
  id: string,
  version: number,
  patch: Partial<typeof documents.$inferInsert>,
): Promise<DocumentRow | undefined> {
  return (
    await db
      .update(documents)
      .set({ ...patch, version: version + 1, updatedAt: new Date() })
      .where(and(eq(documents.tenantId, tenantId), eq(documents.id, id), eq(documents.version, version)))
      .returning()
  )[0];
}

/** Moves a plan from one of `from` to a new status; undefined when its status no longer allows it. */
export async function transition(
  db: DbOrTx,
  id: string,
  from: readonly DocumentStatus[],
  patch: Partial<typeof documents.$inferInsert> & { status: DocumentStatus },
): Promise<DocumentRow | undefined> {
  return (
    await db
      .update(documents)
      .set({ ...patch, version: sql`${documents.version} + 1`, updatedAt: new Date() })
      .where(and(eq(documents.id, id), inArray(documents.status, [...from])))
      .returning()
  )[0];
}

export async function insertEvent(db: DbOrTx, row: typeof documentEvents.$inferInsert) {
  await db.insert(documentEvents).values(row);
}

export async function eventsOf(db: DbOrTx, documentId: string) {
  return db.select().from(documentEvents).where(eq(documentEvents.documentId, documentId)).orderBy(documentEvents.at);
}

/** The unit plans of a year by unit. */
export async function unitPlansOf(db: DbOrTx, tenantId: string, year: number): Promise<DocumentWide[]> {
  return listWide(db, tenantId, { year, kind: 'unit_plan' });
}

/** The latest task division of a year: its plans-due date is the unit plans' deadline. */
export async function divisionOf(db: DbOrTx, tenantId: string, year: number): Promise<DocumentRow | undefined> {
  return (
    await db
      .select()
      .from(documents)
      .where(and(eq(documents.tenantId, tenantId), eq(documents.year, year), eq(documents.kind, 'task_division')))
      .orderBy(desc(documents.issuedOn), desc(documents.createdAt))
      .limit(1)
  )[0];
}

/** Member units of the east side (the ones that make plans), in the organisation's order. */
export async function memberUnits(db: DbOrTx, tenantId: string) {
  return db
    .select({ id: units.id, code: units.code, name: units.name })
    .from(units)
    .where(and(eq(units.tenantId, tenantId), eq(units.isMember, true), eq(units.side, 'east')))
    .orderBy(asc(units.sort), asc(units.code));
}
