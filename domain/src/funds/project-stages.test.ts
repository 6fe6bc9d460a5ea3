import { describe, expect, it } from 'vitest';
import { breaks, thresholdOf } from './fund-rules';
import { canMoveTo, HAND_STAGES, PROJECT_STAGES, PROJECT_TRANSITIONS } from './project-stages';

describe('the project stages', () => {
  it('lead from proposal to evaluation one step at a time, with no skips', () => {
    expect(canMoveTo('proposed', 'approved')).toBe(true);
    expect(canMoveTo('proposed', 'under_way')).toBe(false);
    expect(canMoveTo('approved', 'under_way')).toBe(false);
    expect(canMoveTo('received', 'under_way')).toBe(true);
    expect(canMoveTo('under_way', 'assets_transferred')).toBe(false);
    expect(canMoveTo('approved', 'cancelled')).toBe(false);
  });
  it('leave the money stages to payments and receipts', () => {
    expect(HAND_STAGES).not.toContain('allocated');
    expect(HAND_STAGES).not.toContain('received');
    for (const s of PROJECT_STAGES) expect(PROJECT_TRANSITIONS[s]).toBeDefined();
  });
});

describe('a fund rule', () => {
  it('takes its threshold from the indicator’s ratio target', () => {
    expect(thresholdOf({ target: { kind: 'ratio_min', overall: 50, perCounty: null, counties: {} } })).toBe(0.5);
    expect(thresholdOf({ target: { kind: 'none', overall: null, perCounty: null, counties: {} } })).toBeNull();
    expect(thresholdOf(undefined)).toBeNull();
  });
  it('breaks when the share falls below the threshold, not when a low share rises', () => {
    expect(breaks(0.55, 0.48, 0.5)).toBe(true);
    expect(breaks(0.45, 0.44, 0.5)).toBe(true);
    expect(breaks(0.45, 0.47, 0.5)).toBe(false);
    expect(breaks(0.55, 0.5, 0.5)).toBe(false);
    expect(breaks(null, 0, 0.5)).toBe(true);
    expect(breaks(0.6, 0.4, null)).toBe(false);
  });
});
