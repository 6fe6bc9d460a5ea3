import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { records, taskReportFiles, taskReports, units, users } from '../../db/schema';
import type { EvidenceTable } from '../../lib/files/evidence.repository';

export type ReportRow = {
  id: string;
  taskId: string;
  unitId: string;
  unitName: string;
  period: string;
  percent: number;
  text: string;
  reportedOn: string;
  createdAt: Date;
  by: string | null;
  files: number;
};

/**
 * The reports on some tasks for months up to a date's month, oldest first, with the number of evidence files of each.
 * A report is about its month as a ledger record is about its date: one written later for that month counts there.
 */
export async function reportsOf(db: DbOrTx, taskIds: string[], asOf: string): Promise<ReportRow[]> {
  if (!taskIds.length) return [];
  return db
    .select({
      id: taskReports.id,
      taskId: taskReports.taskId,
      unitId: taskReports.unitId,
      unitName: units.name,
      period: taskReports.period,
      percent: taskReports.percent,
      text: taskReports.text,
      reportedOn: taskReports.reportedOn,
      createdAt: taskReports.createdAt,
      by: users.displayName,
      files: sql<number>`(select count(*)::int from ${taskReportFiles} f where f.report_id = ${taskReports.id})`,
    })
    .from(taskReports)
    .innerJoin(units, eq(units.id, taskReports.unitId))
    .leftJoin(users, eq(users.id, taskReports.createdBy))
    .where(and(inArray(taskReports.taskId, taskIds), lte(taskReports.period, asOf.slice(0, 7))))
    .orderBy(asc(taskReports.period), asc(taskReports.createdAt));
}

export async function findReport(db: DbOrTx, tenantId: string, id: string) {
  return (
    await db
      .select()
      .from(taskReports)
      .where(and(eq(taskReports.tenantId, tenantId), eq(taskReports.id, id)))
  )[0];
}

export async function insertReport(db: DbOrTx, row: typeof taskReports.$inferInsert) {
  return (await db.insert(taskReports).values(row).returning())[0]!;
}

/** Where a report's evidence files live (the kernel's evidence service reads and writes them). */
export const reportEvidence: EvidenceTable = { table: taskReportFiles, ownerKey: 'reportId' };

/** Confirmed records of some types up to a date in a year, counted per type and eastern unit. */
export async function evidenceCounts(db: DbOrTx, tenantId: string, year: number, asOf: string, types: string[]) {
  if (!types.length) return [];
  return db
    .select({ type: records.typeCode, unitId: records.eastUnitId, n: sql<number>`count(*)::int` })
    .from(records)
    .where(
      and(
        eq(records.tenantId, tenantId),
        eq(records.year, year),
        inArray(records.typeCode, types),
        eq(records.status, 'confirmed'),
        lte(records.occurredOn, asOf),
      ),
    )
    .groupBy(records.typeCode, records.eastUnitId);
}
