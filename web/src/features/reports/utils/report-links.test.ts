import { describe, expect, it } from 'vitest';
import { reportUrl, scopeOptions } from './report-links';

const counties = [
  { code: '621022', name: '环县' },
  { code: '621021', name: '庆城县' },
];
const groups = [{ code: 'labour', name: '劳务协作专项工作组' }];

describe('report scopes', () => {
  it('offers the district and every county and group to the office', () => {
    const o = scopeOptions(
      [{ role: 'office_admin', scopeType: 'tenant', scopeId: null, scopeName: null }],
      counties,
      groups,
      '全区',
    );
    expect(o.map((x) => x.value)).toEqual(['district', 'county:621022', 'county:621021', 'group:labour']);
  });
  it('offers a county officer only their county', () => {
    const o = scopeOptions(
      [{ role: 'county_officer', scopeType: 'county', scopeId: '621022', scopeName: '环县' }],
      counties,
      groups,
      '全区',
    );
    expect(o.map((x) => x.value)).toEqual(['county:621022']);
  });
  it('builds the download address', () => {
    expect(reportUrl('summary', 2018, 'county:621022', 'pdf')).toBe(
      '/api/reports/summary?year=2018&scope=county%3A621022&format=pdf',
    );
  });
});
