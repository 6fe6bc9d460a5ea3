import { describe, expect, it } from 'vitest';
import { formatScore, parseAssessmentFilters, toggleOpen } from './assessment-view';

const A = 'ade5f2d5-d32e-4756-83fd-fc609b0d6ab3';
const B = '9fcf10d0-7637-4653-a4a0-f5206382987f';

describe('assessment view', () => {
  it('reads year, day and open breakdowns from the URL', () => {
    expect(parseAssessmentFilters(new URLSearchParams(`year=2019&asOf=2019-09-30&open=${A},junk,${B}`))).toEqual({
      year: 2019,
      asOf: '2019-09-30',
      open: [A, B],
    });
    expect(parseAssessmentFilters(new URLSearchParams('year=x'))).toEqual({ year: null, asOf: null, open: [] });
  });

  it('toggles a breakdown open and shut', () => {
    expect(toggleOpen([], A)).toBe(A);
    expect(toggleOpen([A], B)).toBe(`${A},${B}`);
    expect(toggleOpen([A], A)).toBeNull();
  });

  it('shows a score with two decimals', () => {
    expect(formatScore(97.2911)).toBe('97.29');
    expect(formatScore(40)).toBe('40.00');
    expect(formatScore(73.2)).toBe('73.20');
  });
});
