import type { AdjustmentBody, AdjustmentDto } from '@xiezuo/domain';
import type { Actor, AppContext, RequestMeta } from '../../../http/context';
import { AppError } from '../../../http/app-error';
import { withAudit } from '../../../lib/audit-tx';
import { attachEvidence, openEvidence, type EvidenceKind } from '../../../lib/files/evidence.service';
import { EVIDENCE_TYPES_WITH_XLSX, type Upload } from '../../../lib/files/upload';
import { adjustmentAbilities, canManageAssessment, seesDetail } from './assessment.policy';
import { presentAdjustment } from './assessment.presenter';
import { detailUnitsOf, loadScheme } from './assessment.service';
import { invalid, lockOpen } from './assessment-cases.service';
import * as repo from './assessment.repository';

/** Adjustments (加分 / 扣分): points the office adds or takes off a unit, each with a reason, a reference and evidence files. */

/** The adjustments of a year whose unit the caller may see in detail, newest first, with their files. */
export async function listAdjustments(ctx: AppContext, actor: Actor, year: number): Promise<AdjustmentDto[]> {
  const scheme = await loadScheme(ctx.db, actor.tenantId, year);
  const visible = await detailUnitsOf(ctx, actor, year);
  const rows = (await repo.listAdjustments(ctx.db, actor.tenantId, year)).filter((r) =>
    seesDetail(visible, r.a.unitId),
  );
  const files = await repo.filesOfAdjustments(
    ctx.db,
    rows.map((r) => r.a.id),
  );
  const abilities = adjustmentAbilities(actor, scheme.frozenAt);
  return rows.map((r) => presentAdjustment(r, files, abilities));
}

/** One adjustment if the caller may see it; 404 otherwise. */
async function loadAdjustment(ctx: AppContext, actor: Actor, id: string): Promise<AdjustmentDto> {
  const row = await repo.findAdjustment(ctx.db, actor.tenantId, id);
  if (!row) throw new AppError('NOT_FOUND');
  const found = (await listAdjustments(ctx, actor, row.a.year)).find((a) => a.id === id);
  if (!found) throw new AppError('NOT_FOUND');
  return found;
}

/** Records a bonus or deduction for a member unit against an adjustment item of the scheme, with reason and evidence. */
export async function addAdjustment(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  year: number,
  body: AdjustmentBody,
): Promise<AdjustmentDto> {
  if (!canManageAssessment(actor)) throw new AppError('FORBIDDEN');
  const scheme = await loadScheme(ctx.db, actor.tenantId, year);
  const item = scheme.items.find((i) => i.code === body.itemCode);
  if (!item || (item.kind !== 'bonus' && item.kind !== 'deduction'))
    throw invalid('itemCode', 'not a bonus or deduction item of the scheme / 不是方案中的加分或扣分项');
  if (!(await repo.memberUnits(ctx.db, actor.tenantId)).some((u) => u.id === body.unitId))
    throw invalid('unitId', 'not a member unit / 不是成员单位');
  const id = await withAudit(ctx.db, actor, meta, async (tx) => {
    await lockOpen(tx, actor.tenantId, year);
    const row = await repo.insertAdjustment(tx, {
      tenantId: actor.tenantId,
      year,
      unitId: body.unitId,
      itemCode: item.code,
      kind: item.kind,
      points: body.points,
      reason: body.reason,
      evidence: body.evidence,
      createdBy: actor.userId,
    });
    return {
      result: row.id,
      audit: {
        action: 'assessment.adjust',
        outcome: 'success',
        objectType: 'assessment_adjustment',
        objectId: row.id,
        details: { year, ...body, kind: item.kind },
      },
    };
  });
  return loadAdjustment(ctx, actor, id);
}

/** An adjustment's evidence (PDF, PNG, JPEG, xlsx). */
export const ADJUSTMENT_EVIDENCE: EvidenceKind = {
  ...repo.adjustmentEvidence,
  types: EVIDENCE_TYPES_WITH_XLSX,
  audit: { action: 'assessment.adjust_file', objectType: 'assessment_adjustment' },
};

/** Attaches an evidence file (PDF, PNG, JPEG or xlsx up to 20 MB) to an adjustment, until the year is frozen. */
export async function attachFile(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  id: string,
  upload: Upload,
): Promise<AdjustmentDto> {
  await attachEvidence(ctx, actor, meta, ADJUSTMENT_EVIDENCE, id, upload, {
    check: async () => {
      const adjustment = await loadAdjustment(ctx, actor, id);
      if (!adjustment.abilities.attach)
        throw new AppError(canManageAssessment(actor) ? 'INVALID_TRANSITION' : 'FORBIDDEN', { reason: 'frozen' });
      return adjustment;
    },
    // the freeze takes the same lock: no file lands on a frozen year
    inTransaction: (tx, adjustment) => lockOpen(tx, actor.tenantId, adjustment.year),
  });
  return loadAdjustment(ctx, actor, id);
}

/** An evidence file of an adjustment the caller may see, for download. */
export async function openFile(ctx: AppContext, actor: Actor, id: string, fileId: string) {
  await loadAdjustment(ctx, actor, id);
  return openEvidence(ctx, actor.tenantId, ADJUSTMENT_EVIDENCE, id, fileId);
}
