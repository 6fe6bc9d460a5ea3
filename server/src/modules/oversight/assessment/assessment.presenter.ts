import type { AdjustmentDto, AppealDto, AssessmentItem, AssessmentSchemeDto, UnitScoreDto } from '@xiezuo/domain';
import type { EvidenceFile } from '../../../lib/files/evidence.repository';
import { evidenceOf } from '../../../lib/files/evidence.presenter';
import type { AdjustmentWide, AppealWide } from './assessment.repository';
import type { RankedUnit } from './assessment.scoring';

/** Responses of the assessment: the caller's abilities come from assessment.policy, never from here. */

type SchemeRow = { items: AssessmentItem[]; version: number; frozenAt: Date | null; updatedAt: Date };

export function presentScheme(
  year: number,
  s: SchemeRow,
  abilities: AssessmentSchemeDto['abilities'],
): AssessmentSchemeDto {
  return {
    year,
    items: s.items,
    version: s.version,
    frozen: !!s.frozenAt,
    frozenAt: s.frozenAt?.toISOString() ?? null,
    updatedAt: s.updatedAt.toISOString(),
    abilities,
  };
}

/** A unit's ranked score; its breakdown only for a caller who sees the unit's details. */
export const presentScore = (r: RankedUnit, detail: boolean, abilities: UnitScoreDto['abilities']): UnitScoreDto =>
  detail ? { ...r, isDetailVisible: true, abilities } : { ...r, breakdown: [], isDetailVisible: false, abilities };

export function presentAppeal(r: AppealWide, abilities: AppealDto['abilities']): AppealDto {
  const p = r.p;
  return {
    id: p.id,
    year: p.year,
    unit: { id: p.unitId, name: r.unitName },
    itemCode: p.itemCode,
    reason: p.reason,
    status: p.status,
    decisionNote: p.decisionNote,
    createdAt: p.createdAt.toISOString(),
    createdBy: r.by,
    decidedAt: p.decidedAt?.toISOString() ?? null,
    decidedBy: r.decider,
    abilities,
  };
}

export function presentAdjustment(
  r: AdjustmentWide,
  files: EvidenceFile[],
  abilities: AdjustmentDto['abilities'],
): AdjustmentDto {
  const a = r.a;
  return {
    id: a.id,
    year: a.year,
    unit: { id: a.unitId, name: r.unitName },
    itemCode: a.itemCode,
    kind: a.kind === 'deduction' ? 'deduction' : 'bonus',
    points: a.points,
    reason: a.reason,
    evidence: a.evidence,
    createdAt: a.createdAt.toISOString(),
    createdBy: r.by,
    files: evidenceOf(files, a.id),
    abilities,
  };
}
