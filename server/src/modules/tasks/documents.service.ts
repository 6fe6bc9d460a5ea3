import {
  actingOf,
  isReviewedKind,
  PLAN_TRANSITIONS,
  type DocumentBody,
  type DocumentDto,
  type DocumentListQuery,
  type PlanTransitionBody,
} from '@xiezuo/domain';
import type { Actor, AppContext, RequestMeta } from '../../http/context';
import { AppError } from '../../http/app-error';
import { withAudit } from '../../lib/audit-tx';
import { storedDownload, type Download } from '../../lib/files/download';
import { ALLOWED_MIME } from '../../lib/files/file-store';
import { upsertFile } from '../../lib/files/files.repository';
import { guard, storeUpload, type Upload } from '../../lib/files/upload';
import { documentAbilities, isAuthor, isOffice, visiblePlanUnits, type DocumentFacts } from './tasks.policy';
import * as repo from './documents.repository';
import * as tasksRepo from './tasks.repository';
import { workingDateOf } from './working-date';

export const invalid = (path: string, zh: string, en: string) =>
  new AppError('VALIDATION_FAILED', { fields: [{ path, message: `${en} / ${zh}`, zh, en }] });
const isUniqueViolation = (e: unknown) => {
  const x = e as { code?: string; cause?: { code?: string } };
  return x?.code === '23505' || x?.cause?.code === '23505';
};

/** The lead unit of each working group (by code) in a year: a group plan's authors include its reporters. */
export async function groupLeads(ctx: AppContext, tenantId: string, year: number) {
  const groups = await tasksRepo.groupsOf(ctx.db, tenantId, year);
  return {
    names: new Map(groups.map((g) => [g.code, g.name])),
    leads: new Map(groups.map((g) => [g.code, g.leadUnitId])),
  };
}

export const factsOf = (d: repo.DocumentRow, leads: Map<string, string | null>): DocumentFacts => ({
  kind: d.kind,
  status: d.status,
  unitId: d.unitId,
  groupCode: d.groupCode,
  groupLeadUnitId: d.groupCode ? (leads.get(d.groupCode) ?? null) : null,
});

export function presentDocument(d: repo.DocumentWide, actor: Actor, leads: Map<string, string | null>): DocumentDto {
  return {
    id: d.id,
    year: d.year,
    kind: d.kind,
    title: d.title,
    docNo: d.docNo,
    issuedOn: d.issuedOn,
    adoptedBy: d.adoptedBy,
    group: d.groupCode ? { code: d.groupCode, name: d.groupName ?? d.groupCode } : null,
    unit: d.unitId ? { id: d.unitId, name: d.unitName ?? '' } : null,
    plansDueOn: d.plansDueOn,
    status: d.status,
    submittedAt: d.submittedAt?.toISOString() ?? null,
    reviewedAt: d.reviewedAt?.toISOString() ?? null,
    reviewNote: d.reviewNote,
    file:
      d.fileHash && d.filename
        ? {
            id: d.fileHash,
            filename: d.filename,
            size: d.fileSize ?? 0,
            mime: d.fileMime ?? 'application/octet-stream',
            createdAt: (d.fileAt ?? d.updatedAt).toISOString(),
          }
        : null,
    taskCount: d.taskCount,
    version: d.version,
    abilities: documentAbilities(actor, factsOf(d, leads)),
  };
}

/** A unit plan is visible to the district's roles, its unit and the working groups the unit belongs to. */
async function canSee(ctx: AppContext, actor: Actor, d: repo.DocumentRow): Promise<boolean> {
  if (d.kind !== 'unit_plan') return true;
  const groupUnits = await groupMemberUnits(ctx, actor, d.year);
  const v = visiblePlanUnits(actor, groupUnits);
  return v === 'all' || (d.unitId !== null && v.includes(d.unitId));
}

/** Units in the working groups the caller leads, in a year. */
export async function groupMemberUnits(ctx: AppContext, actor: Actor, year: number): Promise<string[]> {
  const groups = actingOf(actor).groups;
  return groups.length ? tasksRepo.groupMemberIds(ctx.db, actor.tenantId, year, groups) : [];
}

/** The document if the caller may see it; 404 otherwise. */
export async function load(ctx: AppContext, actor: Actor, id: string): Promise<repo.DocumentWide> {
  const d = await repo.findWide(ctx.db, actor.tenantId, id);
  if (!d || !(await canSee(ctx, actor, d))) throw new AppError('NOT_FOUND');
  return d;
}

export async function get(ctx: AppContext, actor: Actor, id: string): Promise<DocumentDto> {
  const d = await load(ctx, actor, id);
  return presentDocument(d, actor, (await groupLeads(ctx, actor.tenantId, d.year)).leads);
}

export async function list(ctx: AppContext, actor: Actor, q: DocumentListQuery) {
  const rows = await repo.listWide(ctx.db, actor.tenantId, q);
  const years = [...new Set(rows.map((r) => r.year))];
  const byYear = new Map(
    await Promise.all(years.map(async (y) => [y, await groupLeads(ctx, actor.tenantId, y)] as const)),
  );
  const visibleByYear = new Map(
    await Promise.all(
      years.map(async (y) => [y, visiblePlanUnits(actor, await groupMemberUnits(ctx, actor, y))] as const),
    ),
  );
  const items = rows
    .filter((d) => {
      if (d.kind !== 'unit_plan') return true;
      const v = visibleByYear.get(d.year)!;
      return v === 'all' || (d.unitId !== null && v.includes(d.unitId));
    })
    .map((d) => presentDocument(d, actor, byYear.get(d.year)!.leads));
  return { items, total: items.length };
}

/** Who may create which document: the office any; a group's author its group plan; a unit's reporter its unit plan. */
async function authorship(ctx: AppContext, actor: Actor, body: DocumentBody) {
  const { leads } = await groupLeads(ctx, actor.tenantId, body.year);
  if (body.kind === 'group_plan' && !leads.has(body.groupCode!))
    throw invalid('groupCode', '未知的专项工作组', 'unknown working group');
  let unitId: string | null = null;
  if (body.kind === 'unit_plan') {
    const mine = actingOf(actor).units;
    unitId = body.unitId ?? (mine.length === 1 ? mine[0]! : null);
    if (!unitId) throw invalid('unitId', '请指定单位', 'name the unit');
    const members = await repo.memberUnits(ctx.db, actor.tenantId);
    if (!members.some((u) => u.id === unitId)) throw invalid('unitId', '不是成员单位', 'not a member unit');
  }
  const facts: DocumentFacts = {
    kind: body.kind,
    status: 'draft',
    unitId,
    groupCode: body.kind === 'group_plan' ? body.groupCode : null,
    groupLeadUnitId: body.groupCode ? (leads.get(body.groupCode) ?? null) : null,
  };
  if (!isOffice(actor) && !(isReviewedKind(body.kind) && isAuthor(actor, facts))) throw new AppError('FORBIDDEN');
  return facts;
}

/** Records a document: the office issues adopted ones; a group or unit starts its plan as a draft. */
export async function create(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  body: DocumentBody,
): Promise<DocumentDto> {
  const facts = await authorship(ctx, actor, body);
  if (body.issuedOn && body.issuedOn.slice(0, 4) !== String(body.year))
    throw invalid('issuedOn', '印发日期不在该年度内', 'the issue date is outside the year');
  const reviewed = isReviewedKind(body.kind);
  const row = await withAudit(ctx.db, actor, meta, async (tx) => {
    const d = await repo
      .insert(tx, {
        tenantId: actor.tenantId,
        year: body.year,
        kind: body.kind,
        title: body.title,
        docNo: body.docNo,
        issuedOn: body.issuedOn,
        adoptedBy: body.adoptedBy,
        groupCode: facts.groupCode,
        unitId: facts.unitId,
        plansDueOn: body.kind === 'task_division' ? body.plansDueOn : null,
        status: reviewed ? 'draft' : 'adopted',
        createdBy: actor.userId,
      })
      .catch((e: unknown) => {
        if (isUniqueViolation(e)) throw new AppError('DUPLICATE', { kind: body.kind, year: body.year });
        throw e;
      });
    await repo.insertEvent(tx, {
      tenantId: actor.tenantId,
      documentId: d.id,
      action: 'create',
      toStatus: d.status,
      userId: actor.userId,
    });
    return {
      result: d,
      audit: { action: 'document.create', outcome: 'success', objectType: 'document', objectId: d.id, details: body },
    };
  });
  return get(ctx, actor, row.id);
}

/** Submits a plan for review (its author), or accepts or returns it (the office), in one transaction with its event. */
export async function transition(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  id: string,
  body: PlanTransitionBody,
): Promise<DocumentDto> {
  const d = await load(ctx, actor, id);
  const { leads } = await groupLeads(ctx, actor.tenantId, d.year);
  const can = documentAbilities(actor, factsOf(d, leads));
  if (!can[body.action]) {
    const mayInSomeStatus =
      isReviewedKind(d.kind) &&
      (PLAN_TRANSITIONS[body.action].by === 'office' ? isOffice(actor) : isAuthor(actor, factsOf(d, leads)));
    throw new AppError(mayInSomeStatus ? 'INVALID_TRANSITION' : 'FORBIDDEN', { status: d.status, action: body.action });
  }
  const t = PLAN_TRANSITIONS[body.action];
  const today = await workingDateOf(ctx.db, actor.tenantId);
  const now = new Date();
  const patch =
    body.action === 'submit'
      ? { status: t.to, submittedAt: now, submittedOn: d.submittedOn ?? today }
      : { status: t.to, reviewedAt: now, reviewedBy: actor.userId, reviewNote: body.note ?? null };
  await withAudit(ctx.db, actor, meta, async (tx) => {
    const updated = await repo.transition(tx, id, t.from, patch);
    if (!updated) throw new AppError('INVALID_TRANSITION', { status: d.status, action: body.action });
    await repo.insertEvent(tx, {
      tenantId: actor.tenantId,
      documentId: id,
      action: body.action,
      fromStatus: d.status,
      toStatus: t.to,
      userId: actor.userId,
      note: body.note ?? null,
    });
    return {
      result: undefined,
      audit: {
        action: `document.${body.action}`,
        outcome: 'success',
        objectType: 'document',
        objectId: id,
        details: { from: d.status, to: t.to, note: body.note ?? null },
      },
    };
  });
  return get(ctx, actor, id);
}

/** The document itself (PDF or Word, ≤ 20 MB), stored by content hash; replaces an earlier upload. */
export async function attachFile(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  id: string,
  upload: Upload,
): Promise<DocumentDto> {
  const d = await guard(upload, async () => {
    const doc = await load(ctx, actor, id);
    const { leads } = await groupLeads(ctx, actor.tenantId, doc.year);
    if (!documentAbilities(actor, factsOf(doc, leads)).edit) throw new AppError('FORBIDDEN');
    return doc;
  });
  const stored = await storeUpload(ctx.config.dataDir, upload, [ALLOWED_MIME.pdf, ALLOWED_MIME.docx]);
  await withAudit(ctx.db, actor, meta, async (tx) => {
    await upsertFile(tx, stored);
    const after = await repo.updateVersioned(tx, actor.tenantId, id, d.version, {
      fileHash: stored.hash,
      filename: upload.filename.slice(0, 200),
      fileAt: new Date(),
    });
    if (!after) throw new AppError('CONFLICT', { currentVersion: d.version });
    return {
      result: undefined,
      audit: {
        action: 'document.file_attach',
        outcome: 'success',
        objectType: 'document',
        objectId: id,
        details: { filename: upload.filename, hash: stored.hash, size: stored.size, mime: stored.mime },
      },
    };
  });
  return get(ctx, actor, id);
}

/** The document's file as a download; 404 when none was uploaded. */
export async function openFile(ctx: AppContext, actor: Actor, id: string): Promise<Download> {
  const d = await load(ctx, actor, id);
  if (!d.fileHash || !d.filename || !d.fileMime) throw new AppError('NOT_FOUND');
  return storedDownload(ctx.config.dataDir, { hash: d.fileHash, mime: d.fileMime, filename: d.filename });
}
