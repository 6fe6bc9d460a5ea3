import { isAdjustmentKind, type AdjustmentBody, type AdjustmentDto, type AssessmentItem } from '@xiezuo/domain';

/** What the adjustment dialog holds; points may be empty while someone types. */
export type AdjustmentValues = {
  unitId: string | null;
  itemCode: string | null;
  points: number | null;
  reason: string;
  evidence: string;
};
export type AdjustmentField = keyof AdjustmentValues;
/** A problem as a message code (`asmt.adj.err.<code>`) on a field. */
export type AdjustmentProblem = { field: AdjustmentField; code: 'required' | 'pointsRange' | 'tooShort' };

/** The bonus and deduction items of a scheme: what an adjustment may be booked against. */
export const adjustmentItems = (items: readonly AssessmentItem[]) => items.filter((i) => isAdjustmentKind(i.kind));

/** Refuses what the server would: a unit, an item, 0 < points ≤ 100, a reason and a reference of two characters or more. */
export function adjustmentProblems(v: AdjustmentValues): AdjustmentProblem[] {
  const out: AdjustmentProblem[] = [];
  if (!v.unitId) out.push({ field: 'unitId', code: 'required' });
  if (!v.itemCode) out.push({ field: 'itemCode', code: 'required' });
  if (v.points === null) out.push({ field: 'points', code: 'required' });
  else if (!(v.points > 0 && v.points <= 100)) out.push({ field: 'points', code: 'pointsRange' });
  for (const field of ['reason', 'evidence'] as const) {
    const text = v[field].trim();
    if (!text) out.push({ field, code: 'required' });
    else if (text.length < 2) out.push({ field, code: 'tooShort' });
  }
  return out;
}

/** The POST body once `adjustmentProblems` found nothing. */
export function adjustmentBody(v: AdjustmentValues): AdjustmentBody {
  return {
    unitId: v.unitId!,
    itemCode: v.itemCode!,
    points: v.points!,
    reason: v.reason.trim(),
    evidence: v.evidence.trim(),
  };
}

/**
 * How much of an item's cap a unit has used: points already booked, the cap (the item's `cap`, else its weight), and
 * what more would still count. Points beyond the cap are recorded but do not change the score.
 */
export function capUse(adjustments: readonly AdjustmentDto[], item: AssessmentItem, unitId: string) {
  const booked = adjustments
    .filter((a) => a.unit.id === unitId && a.itemCode === item.code)
    .reduce((a, x) => a + x.points, 0);
  const cap = item.cap ?? item.weight;
  return { booked: Math.round(booked * 100) / 100, cap, room: Math.max(0, Math.round((cap - booked) * 100) / 100) };
}

/** Signed points as shown: +4 for a bonus, −1.5 for a deduction. */
export const signedPoints = (a: Pick<AdjustmentDto, 'kind' | 'points'>) =>
  `${a.kind === 'deduction' ? '−' : '+'}${Math.round(a.points * 100) / 100}`;

/** What the server accepts as evidence (it checks the bytes too). */
export const EVIDENCE_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
] as const;
export const EVIDENCE_MAX_BYTES = 20 * 1024 * 1024;
const EXTENSIONS = /\.(pdf|png|jpe?g|xlsx)$/i;

/** Refuses early what the server would refuse (415 type, 413 size); null when the file may be sent. */
export function checkEvidenceFile(file: { name: string; size: number; type: string }): 'type' | 'size' | null {
  const typeOk =
    (EVIDENCE_TYPES as readonly string[]).includes(file.type) || (file.type === '' && EXTENSIONS.test(file.name));
  if (!typeOk) return 'type';
  if (file.size > EVIDENCE_MAX_BYTES) return 'size';
  return null;
}

/** Adjustments of one unit when the URL names one, else all. */
export const adjustmentsOf = (all: readonly AdjustmentDto[], unitId: string | null) =>
  unitId ? all.filter((a) => a.unit.id === unitId) : [...all];
