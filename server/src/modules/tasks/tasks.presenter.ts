import type { DocumentDto, StoredFileDto, TaskDto, TaskReportDto } from '@xiezuo/domain';
import type { Actor } from '../../http/context';
import type { EvidenceFile } from '../../lib/files/evidence.service';
import type { Judged } from './tasks.status';
import { taskAbilities } from './tasks.policy';
import type * as repo from './tasks.repository';
import type * as reports from './task-reports.repository';

export type GroupNames = Map<string, string>;

/** A task as its rows show it: where it stands on the as-of date and what the caller may do with it. */
export function presentTask(
  t: repo.TaskWide,
  j: Judged,
  actor: Actor,
  docAbilities: DocumentDto['abilities'],
  groups: GroupNames,
): TaskDto {
  const last = j.lastReport;
  return {
    id: t.id,
    year: t.year,
    document: { id: t.doc.id, kind: t.doc.kind, title: t.doc.title },
    clauseNo: t.clauseNo,
    text: t.text,
    leadUnit: { id: t.leadUnitId, name: t.leadUnitName },
    coUnits: t.coUnits,
    group: t.groupCode ? { code: t.groupCode, name: groups.get(t.groupCode) ?? t.groupCode } : null,
    cadence: t.cadence,
    deadline: t.deadline,
    dueDate: j.dueDate,
    startOn: j.startOn,
    deliverable: t.deliverable,
    indicatorCodes: t.indicatorCodes,
    recordTypes: t.recordTypes,
    basis: j.state.basis,
    status: j.state.status,
    percent: j.state.percent,
    needsEvidence: j.state.needsEvidence,
    evidence: j.evidence,
    lastReport: last
      ? {
          period: last.period,
          reportedOn: last.reportedOn,
          unit: { id: last.unitId, name: last.unitName },
          percent: last.percent,
          text: last.text,
        }
      : null,
    reportsMissing: j.reportsMissing,
    version: t.version,
    abilities: taskAbilities(
      actor,
      { leadUnitId: t.leadUnitId, coUnitIds: t.coUnits.map((u) => u.id), docStatus: t.doc.status },
      docAbilities.edit,
    ),
  };
}

export type ReportFile = EvidenceFile;

export const presentFile = (f: {
  id: string;
  filename: string;
  size: number;
  mime: string;
  createdAt: Date;
}): StoredFileDto => ({
  id: f.id,
  filename: f.filename,
  size: f.size,
  mime: f.mime,
  createdAt: f.createdAt.toISOString(),
});

/** A report with its files; the unit that made it may add evidence. */
export function presentReport(
  r: reports.ReportRow,
  t: repo.TaskWide,
  files: ReportFile[],
  attachUnits: readonly string[],
): TaskReportDto {
  return {
    id: r.id,
    period: r.period,
    unit: { id: r.unitId, name: r.unitName },
    isLead: r.unitId === t.leadUnitId,
    percent: r.percent,
    text: r.text,
    reportedOn: r.reportedOn,
    by: r.by,
    files: files.filter((f) => f.ownerId === r.id).map(presentFile),
    abilities: { attach: attachUnits.includes(r.unitId) },
  };
}
