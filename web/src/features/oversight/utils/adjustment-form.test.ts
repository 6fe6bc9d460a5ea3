import { describe, expect, it } from 'vitest';
import type { AdjustmentDto, AssessmentItem } from '@xiezuo/domain';
import {
  adjustmentBody,
  adjustmentItems,
  adjustmentProblems,
  adjustmentsOf,
  capUse,
  checkEvidenceFile,
  signedPoints,
} from './adjustment-form';

const UNIT = '1b4e28ba-2fa1-11d2-883f-0016d3cca427';
const OTHER = '2c5f39cb-3fb2-12e3-994f-1127e4ddb538';
const BONUS: AssessmentItem = {
  code: 'bonus',
  name: { zh: '加分项', en: 'Bonus' },
  kind: 'bonus',
  weight: 5,
  cap: null,
  days: null,
};
const adj = (over: Partial<AdjustmentDto>): AdjustmentDto => ({
  id: 'a',
  year: 2019,
  unit: { id: UNIT, name: '区人社局' },
  itemCode: 'bonus',
  kind: 'bonus',
  points: 1,
  reason: '市级通报表扬',
  evidence: '津协作办〔2019〕12号',
  createdAt: '2019-10-01T00:00:00Z',
  createdBy: '区合作交流办',
  files: [],
  abilities: { attach: true },
  ...over,
});

describe('adjustments', () => {
  it('refuses what the server would, field by field', () => {
    expect(adjustmentProblems({ unitId: null, itemCode: null, points: null, reason: ' ', evidence: 'x' })).toEqual([
      { field: 'unitId', code: 'required' },
      { field: 'itemCode', code: 'required' },
      { field: 'points', code: 'required' },
      { field: 'reason', code: 'required' },
      { field: 'evidence', code: 'tooShort' },
    ]);
    expect(
      adjustmentProblems({ unitId: UNIT, itemCode: 'bonus', points: 0, reason: '表扬', evidence: '文号' }),
    ).toEqual([{ field: 'points', code: 'pointsRange' }]);
    const ok = {
      unitId: UNIT,
      itemCode: 'bonus',
      points: 2.5,
      reason: ' 市级通报表扬 ',
      evidence: '津协作办〔2019〕12号',
    };
    expect(adjustmentProblems(ok)).toEqual([]);
    expect(adjustmentBody(ok)).toEqual({
      unitId: UNIT,
      itemCode: 'bonus',
      points: 2.5,
      reason: '市级通报表扬',
      evidence: '津协作办〔2019〕12号',
    });
  });

  it('offers only bonus and deduction items, and shows how much of the cap a unit has used', () => {
    expect(adjustmentItems([BONUS, { ...BONUS, code: 'pace', kind: 'pace' }]).map((i) => i.code)).toEqual(['bonus']);
    const list = [adj({ points: 4 }), adj({ points: 3 }), adj({ unit: { id: OTHER, name: '区科协' }, points: 1 })];
    expect(capUse(list, BONUS, UNIT)).toEqual({ booked: 7, cap: 5, room: 0 });
    expect(capUse(list, { ...BONUS, cap: 10 }, OTHER)).toEqual({ booked: 1, cap: 10, room: 9 });
    expect(adjustmentsOf(list, OTHER)).toHaveLength(1);
    expect(adjustmentsOf(list, null)).toHaveLength(3);
    expect(signedPoints({ kind: 'deduction', points: 1.5 })).toBe('−1.5');
    expect(signedPoints({ kind: 'bonus', points: 4 })).toBe('+4');
  });

  it('checks an evidence file before sending it', () => {
    expect(checkEvidenceFile({ name: '表扬通报.pdf', size: 1000, type: 'application/pdf' })).toBeNull();
    expect(checkEvidenceFile({ name: '会议纪要.xlsx', size: 1000, type: '' })).toBeNull();
    expect(checkEvidenceFile({ name: 'notes.txt', size: 10, type: 'text/plain' })).toBe('type');
    expect(checkEvidenceFile({ name: 'scan.png', size: 20 * 1024 * 1024 + 1, type: 'image/png' })).toBe('size');
  });
});
