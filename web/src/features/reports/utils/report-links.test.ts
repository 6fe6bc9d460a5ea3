import { describe, expect, it } from 'vitest';
import { chosenScope, reportUrl, scopeOptions } from './report-links';

const U1 = '0b6f3a52-1c1e-4a7e-9a55-6f7c2d1e0a01';
const U2 = '0b6f3a52-1c1e-4a7e-9a55-6f7c2d1e0a02';
const choices = {
  counties: [
    { code: '621022', name: '环县' },
    { code: '621021', name: '庆城县' },
  ],
  groups: [{ code: 'labour', name: '劳务协作专项工作组' }],
  units: [
    { id: U1, name: '区委组织部', side: 'east' },
    { id: U2, name: '区人社局', side: 'east' },
  ],
};

describe('report scopes', () => {
  it('offers the district and every county, group and unit to the office', () => {
    const o = scopeOptions(
      [{ role: 'office_admin', scopeType: 'tenant', scopeId: null, scopeName: null }],
      choices,
      '全区',
    );
    expect(o.map((x) => x.value)).toEqual([
      'district',
      'county:621022',
      'county:621021',
      'group:labour',
      `unit:${U1}`,
      `unit:${U2}`,
    ]);
  });
  it('offers a county officer only their county', () => {
    const o = scopeOptions(
      [{ role: 'county_officer', scopeType: 'county', scopeId: '621022', scopeName: '环县' }],
      choices,
      '全区',
    );
    expect(o.map((x) => x.value)).toEqual(['county:621022']);
  });
  it('offers a unit reporter their own unit by name, never the district', () => {
    const o = scopeOptions(
      [{ role: 'unit_reporter', scopeType: 'unit', scopeId: U1, scopeName: '区委组织部' }],
      choices,
      '全区',
    );
    expect(o).toEqual([{ value: `unit:${U1}`, label: '区委组织部' }]);
    expect(chosenScope(o, 'district')).toBe(`unit:${U1}`); // a scope the caller may not have is not shown
    expect(chosenScope([], null)).toBeNull();
  });
  it('builds the download address', () => {
    expect(reportUrl('summary', 2018, 'county:621022', 'pdf')).toBe(
      '/api/reports/summary?year=2018&scope=county%3A621022&format=pdf',
    );
  });
});
