import {
  identifyingIn,
  scopeOf,
  TELEMED_KIND_LABELS,
  type TelemedListDto,
  type TelemedListQuery,
  type TelemedRequestBody,
  type TelemedRequestDto,
} from '@xiezuo/domain';
import type { Actor, AppContext, RequestMeta } from '../../http/context';
import { AppError } from '../../http/app-error';
import { withAudit } from '../../lib/audit-tx';
import { ALLOWED_MIME } from '../../lib/files/file-store';
import { attachEvidence, listEvidence, openEvidence, type EvidenceKind } from '../../lib/files/evidence.service';
import { EVIDENCE_TYPES } from '../../lib/files/upload';
import type { Upload } from '../../lib/files/upload';
import { canRequestFor, canSeeRequest, mayAttach } from './telemedicine.policy';
import { factsOf, presentRequest } from './telemedicine.presenter';
import * as repo from './telemedicine.repository';

/** Attachments: images, PDF reports and DICOM files. */
export const TELEMED_FILES: EvidenceKind = {
  ...repo.telemedEvidence,
  types: [...EVIDENCE_TYPES, ALLOWED_MIME.dicom],
  audit: { action: 'telemedicine.file', objectType: 'telemed_request' },
};

/** Refuses a summary that identifies the patient, saying what was found (the text itself is never logged). */
export function checkDeidentified(summary: string) {
  const found = identifyingIn(summary);
  if (found) throw new AppError('SUMMARY_IDENTIFYING', { field: 'summary', found });
}

async function present(ctx: AppContext, actor: Actor, rows: repo.TelemedWide[]) {
  const files = await listEvidence(
    ctx.db,
    TELEMED_FILES,
    rows.map((w) => w.r.id),
  );
  const expertsOf = new Map<string, { id: string; name: string }[]>();
  for (const w of rows)
    if (!expertsOf.has(w.r.eastUnitId))
      expertsOf.set(w.r.eastUnitId, await repo.unitDoctors(ctx.db, actor.tenantId, w.r.eastUnitId));
  return rows.map((w) => presentRequest(w, actor, files, expertsOf.get(w.r.eastUnitId)!));
}

/** Requests in the caller's scope, newest first, filtered by county, status, kind, pair and year. */
export async function list(ctx: AppContext, actor: Actor, q: TelemedListQuery): Promise<TelemedListDto> {
  const { items, total } = await repo.list(ctx.db, actor.tenantId, scopeOf(actor), q);
  return { items: await present(ctx, actor, items), total };
}

/** A request the caller may see; 404 otherwise (another hospital's request is not theirs to know of). */
export async function load(ctx: AppContext, actor: Actor, id: string) {
  const w = await repo.findWide(ctx.db, actor.tenantId, id);
  if (!w || !canSeeRequest(actor, w.r)) throw new AppError('NOT_FOUND');
  return w;
}

export async function get(ctx: AppContext, actor: Actor, id: string): Promise<TelemedRequestDto> {
  return (await present(ctx, actor, [await load(ctx, actor, id)]))[0]!;
}

/**
 * Opens a request of a county hospital to its paired hospital. The summary must be de-identified (SUMMARY_IDENTIFYING
 * names what was found); the pair must be an active hospital pair; the caller a doctor of the county hospital or the
 * office.
 */
export async function create(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  body: TelemedRequestBody,
): Promise<TelemedRequestDto> {
  checkDeidentified(body.summary);
  const pair = await repo.findHospitalPair(ctx.db, actor.tenantId, body.pairingId);
  if (!pair || !pair.westUnitId || !pair.eastUnitId)
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ path: 'pairingId', message: 'not an active hospital pair / 不是有效的医院结对' }],
    });
  if (!canRequestFor(actor, pair.westUnitId)) throw new AppError('FORBIDDEN');
  const id = await withAudit(ctx.db, actor, meta, async (tx) => {
    const year = new Date().getFullYear();
    const number = await repo.nextNumber(tx, actor.tenantId, `${TELEMED_KIND_LABELS[body.kind].zh}-${year}`);
    const row = await repo.insert(tx, {
      tenantId: actor.tenantId,
      number,
      kind: body.kind,
      urgency: body.urgency,
      pairingId: pair.id,
      countyCode: pair.countyCode,
      westUnitId: pair.westUnitId!,
      eastUnitId: pair.eastUnitId!,
      department: body.department,
      summary: body.summary,
      requestedBy: actor.userId,
    });
    return {
      result: row.id,
      audit: {
        action: 'telemedicine.request',
        outcome: 'success',
        objectType: 'telemed_request',
        objectId: row.id,
        // the summary is clinical text: it stays out of the audit trail
        details: { number, kind: body.kind, pairingId: pair.id, department: body.department, urgency: body.urgency },
      },
    };
  });
  return get(ctx, actor, id);
}

/** An attachment (PNG, JPEG, PDF or DICOM, ≤ 20 MB) from either hospital while the request is open. */
export async function attachFile(ctx: AppContext, actor: Actor, meta: RequestMeta, id: string, upload: Upload) {
  await attachEvidence(ctx, actor, meta, TELEMED_FILES, id, upload, {
    check: async () => {
      const w = await load(ctx, actor, id);
      if (!mayAttach(actor, factsOf(w.r))) throw new AppError('FORBIDDEN');
    },
  });
  return get(ctx, actor, id);
}

export async function openFile(ctx: AppContext, actor: Actor, id: string, fileId: string) {
  await load(ctx, actor, id);
  return openEvidence(ctx, actor.tenantId, TELEMED_FILES, id, fileId);
}
