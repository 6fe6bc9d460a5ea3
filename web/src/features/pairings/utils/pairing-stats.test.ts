import { describe, expect, it } from 'vitest';
import { escapeHtml, pivotStats } from './pairing-stats';

const ROWS = [
  { kind: 'school_school', countyCode: '621022', countyName: '环县', count: 2 },
  { kind: 'district_county', countyCode: '621022', countyName: '环县', count: 1 },
  { kind: 'school_school', countyCode: '621021', countyName: '庆城县', count: 3 },
] as const;

describe('pivotStats', () => {
  it('sums by county and by kind, kinds in declared order', () => {
    const p = pivotStats(ROWS);
    expect(p.total).toBe(6);
    expect(p.kinds).toEqual(['district_county', 'school_school']);
    expect(p.byKind).toEqual({ school_school: 5, district_county: 1 });
    expect(p.counties.map((c) => [c.code, c.total])).toEqual([
      ['621021', 3],
      ['621022', 3],
    ]);
    expect(p.counties[1]!.byKind).toEqual({ school_school: 2, district_county: 1 });
  });

  it('keeps the counties in scope first, with zero when they have no pairing', () => {
    const p = pivotStats(ROWS, [
      { code: '621022', name: '环县' },
      { code: '623027', name: '夏河县' },
    ]);
    expect(p.counties.map((c) => [c.name, c.total])).toEqual([
      ['环县', 3],
      ['夏河县', 0],
      ['庆城县', 3],
    ]);
  });

  it('escapes text for HTML tooltips', () => {
    expect(escapeHtml(`<b>"x" & 'y'</b>`)).toBe('&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;');
  });
});
